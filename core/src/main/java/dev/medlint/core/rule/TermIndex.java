package dev.medlint.core.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A rule's terms looked up by their first word, so that a word is tried only against the terms it may begin. A
 * Korean term matches words that start with it (부작용 in 부작용이), so trying every term on every word had cost a
 * Korean article most of its phrase-rule time; here a word's prefixes, of the lengths the forms have, are looked up
 * instead. Also finds the one-word Korean terms that occur inside a word (강남최고리프팅), for
 * {@link PhraseRule}.
 */
final class TermIndex {
    private static final int[] NONE = new int[0];
    /** Positions inside a word, and form numbers, fit in these many bits of a packed candidate. */
    private static final int AT_BITS = 24;
    private static final int FORM_BITS = 19;

    private final List<Term> terms;
    /** First form, of any term, to the terms (ascending) that have it. */
    private final Map<String, int[]> byForm;
    private final WordLookup<int[]> formLookup;
    /** First form of a term that matches word starts, to those terms. */
    private final Map<String, int[]> byPrefix;
    private final int[] prefixLengths;
    /**
     * Form of a one-word term that matches word starts, to {term, form number} pairs packed as
     * {@code term << FORM_BITS | form}: the order {@link #inner} keeps is the terms', then each term's forms'.
     */
    private final Map<String, int[]> byInnerForm;
    private final int[] innerLengths;

    TermIndex(List<Term> terms) {
        this.terms = List.copyOf(terms);
        Map<String, List<Integer>> forms = new HashMap<>();
        Map<String, List<Integer>> prefixes = new HashMap<>();
        Map<String, List<Integer>> inner = new HashMap<>();
        for (int t = 0; t < terms.size(); t++) {
            Term term = terms.get(t);
            int form = 0;
            for (String f : term.firstForms()) {
                forms.computeIfAbsent(f, k -> new ArrayList<>()).add(t);
                if (term.matchesWordStarts()) {
                    prefixes.computeIfAbsent(f, k -> new ArrayList<>()).add(t);
                    if (term.length() == 1 && form < 1 << FORM_BITS) {
                        inner.computeIfAbsent(f, k -> new ArrayList<>()).add(t << FORM_BITS | form);
                    }
                }
                form++;
            }
        }
        this.byForm = frozen(forms);
        this.formLookup = new WordLookup<>(byForm);
        this.byPrefix = frozen(prefixes);
        this.prefixLengths = lengths(byPrefix);
        this.byInnerForm = frozen(inner);
        this.innerLengths = lengths(byInnerForm);
    }

    /** The first forms of the terms, which {@link #candidatesByWord} asks documents about. */
    java.util.Set<String> firstForms() {
        return byForm.keySet();
    }

    /** Whether some term matches word starts. */
    boolean matchesWordStarts() {
        return prefixLengths.length > 0;
    }

    /**
     * The numbers, ascending, of the terms whose first word matches word {@code w} (lower case): the terms that
     * list {@code w} as a form, and those matching word starts that list a prefix of it.
     */
    int[] candidates(String w) {
        int[] found = byForm.getOrDefault(w, NONE);
        for (int length : prefixLengths) {
            if (length >= w.length()) {
                break;
            }
            int[] more = byPrefix.get(w.substring(0, length));
            if (more != null) {
                found = union(found, more);
            }
        }
        return found;
    }

    /**
     * {@link #candidates} of each distinct word of the document, by {@link dev.medlint.core.lang.Word#id} (null for
     * none), asked once per distinct word; without word-start terms, from the index's forms when they are fewer.
     */
    int[][] candidatesByWord(dev.medlint.core.lang.AnnotatedText doc) {
        if (prefixLengths.length == 0) {
            return WordAnswers.of(doc, formLookup);
        }
        int[][] out = new int[doc.distinctWordCount()][];
        for (int id = 0; id < out.length; id++) {
            int[] c = candidates(doc.distinctWord(id));
            out[id] = c.length == 0 ? null : c;
        }
        return out;
    }

    /**
     * Where one-word terms that match word starts occur inside word {@code w} (lower case), past its first character:
     * each {@code {term, start in w, length}}, in the order of the terms, then of each term's forms, then of the
     * places; that is the order in which they are to be tried.
     */
    List<int[]> inner(String w) {
        if (innerLengths.length == 0 || w.length() < 2 || w.length() >= 1 << AT_BITS) {
            return List.of();
        }
        long[] packed = new long[8];
        int[] lengthOf = new int[8];
        int n = 0;
        for (int at = 1; at < w.length(); at++) {
            for (int length : innerLengths) {
                if (at + length > w.length()) {
                    break;
                }
                int[] pairs = byInnerForm.get(w.substring(at, at + length));
                if (pairs == null) {
                    continue;
                }
                for (int pair : pairs) {
                    if (n == packed.length) {
                        packed = Arrays.copyOf(packed, n * 2);
                        lengthOf = Arrays.copyOf(lengthOf, n * 2);
                    }
                    lengthOf[n] = length;
                    packed[n++] = (long) pair << AT_BITS | at;
                }
            }
        }
        if (n == 0) {
            return List.of();
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        long[] keys = packed;
        Arrays.sort(order, (x, y) -> Long.compare(keys[x], keys[y]));
        List<int[]> out = new ArrayList<>(n);
        for (int i : order) {
            out.add(new int[] {(int) (packed[i] >>> (AT_BITS + FORM_BITS)), (int) (packed[i] & ((1 << AT_BITS) - 1)),
                lengthOf[i]});
        }
        return out;
    }

    Term term(int number) {
        return terms.get(number);
    }

    private static Map<String, int[]> frozen(Map<String, List<Integer>> lists) {
        Map<String, int[]> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).distinct().sorted().toArray()));
        return out;
    }

    private static int[] lengths(Map<String, int[]> byKey) {
        TreeSet<Integer> lengths = new TreeSet<>();
        byKey.keySet().forEach(k -> lengths.add(k.length()));
        return lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] union(int[] a, int[] b) {
        if (a.length == 0) {
            return b;
        }
        return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().sorted().toArray();
    }
}

package dev.medlint.core.rule;

import dev.medlint.core.lang.LanguageProfile;
import dev.medlint.core.lang.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sequence of token constraints, in the spirit of LanguageTool's token patterns: each constraint tests a token's
 * word form, lemma, regex, part-of-speech tag or word class, may be optional, may be negated, and may let up to a
 * few tokens stand before it (a bounded gap that never crosses a clause boundary). Immutable.
 */
public final class TokenPattern {
    /** One token constraint; every given test must hold (or, with {@code not}, not all of them). */
    public record Constraint(Set<String> words, Set<String> lemmas, Set<String> lemmaForms, Pattern regex,
            Set<String> tags, String wordClass, boolean not, boolean optional, int skip) {
        public Constraint {
            words = Set.copyOf(words);
            lemmas = Set.copyOf(lemmas);
            lemmaForms = Set.copyOf(lemmaForms);
            tags = Set.copyOf(tags);
        }

        /** Whether the constraint names words (forms, lemmas or a class), so the word scan can find it cheaply. */
        boolean lexical() {
            return !not && (!words.isEmpty() || !lemmas.isEmpty());
        }

        boolean needsTags() {
            return !tags.isEmpty();
        }

        boolean needsLemmas() {
            return !lemmas.isEmpty();
        }

        boolean test(Token t) {
            String lower = t.lower();
            boolean ok = (words.isEmpty() || words.contains(lower))
                    && (lemmas.isEmpty() || lemmaForms.contains(lower) || (t.lemma() != null
                            && lemmas.contains(t.lemma())))
                    && (regex == null || regex.matcher(t.text()).matches())
                    && (tags.isEmpty() || (t.tag() != null && tags.contains(t.tag())));
            return not != ok;
        }

        /** The constraint as written, for {@code rules explain}. */
        String describe() {
            List<String> parts = new ArrayList<>();
            if (wordClass != null) {
                parts.add("class " + wordClass);
            } else if (!words.isEmpty()) {
                parts.add("word " + String.join("|", new java.util.TreeSet<>(words)));
            }
            if (!lemmas.isEmpty()) {
                parts.add("lemma " + String.join("|", new java.util.TreeSet<>(lemmas)));
            }
            if (regex != null) {
                parts.add("regex " + regex.pattern());
            }
            if (!tags.isEmpty()) {
                parts.add("pos " + String.join("|", new java.util.TreeSet<>(tags)));
            }
            String body = String.join(" ", parts);
            return (skip > 0 ? "(up to " + skip + " words) " : "") + (not ? "not " : "") + "[" + body + "]"
                    + (optional ? "?" : "");
        }
    }

    private final List<Constraint> constraints;

    public TokenPattern(List<Constraint> constraints) {
        if (constraints.isEmpty() || constraints.stream().allMatch(Constraint::optional)) {
            throw new IllegalArgumentException("a pattern needs at least one token that is not optional");
        }
        this.constraints = List.copyOf(constraints);
    }

    public List<Constraint> constraints() {
        return constraints;
    }

    /** The word forms (lower case) one of which every match contains, or empty when no constraint is lexical. */
    Set<String> anchors(LanguageProfile profile) {
        for (Constraint c : constraints) {
            if (!c.optional() && c.lexical()) {
                Set<String> forms = new java.util.HashSet<>(c.words());
                forms.addAll(c.lemmaForms());
                return Set.copyOf(forms);
            }
        }
        return Set.of();
    }

    /**
     * For each required lexical token whose forms are all plain words (letters and digits, as the cheap word scan
     * finds them), those forms: a sentence can hold a match only if it holds a form of every one. Tokens such as
     * "won't", "-" or "%" are left out, because the word scan never yields them.
     */
    List<Set<String>> requiredWords() {
        List<Set<String>> out = new ArrayList<>();
        for (Constraint c : constraints) {
            // A lemma also matches irregular forms its inflection list lacks ("is", "had"), so it filters nothing.
            if (c.optional() || !c.lexical() || !c.lemmas().isEmpty()) {
                continue;
            }
            if (c.words().stream().allMatch(f -> PLAIN_WORD.matcher(f).matches())) {
                out.add(Set.copyOf(c.words()));
            }
        }
        return out;
    }

    private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * A regex that every match's first required token satisfies and that can be tried on the cheap scan's words
     * (runs of letters and digits) instead of tokens, or null: the token's regex when it is written only with
     * letters, digits, classes and quantifiers (so it cannot need punctuation, such as the comma of
     * "25,000", that a scanned word lacks) and the pattern
     * has no lexical anchor. It is tried case-insensitively on whole words: a token it matches is a run of letters
     * and digits, which the word scan finds too.
     */
    Pattern wordAnchor() {
        for (Constraint c : constraints) {
            if (c.optional()) {
                continue;
            }
            if (c.lexical() || c.not() || c.regex() == null
                    || !WORD_REGEX.matcher(c.regex().pattern()).matches()) {
                return null;
            }
            return Pattern.compile(c.regex().pattern(), c.regex().flags() | Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE);
        }
        return null;
    }

    private static final Pattern WORD_REGEX = Pattern.compile(
            "(?:[A-Za-z0-9\\[\\]()|?*+^-]|\\\\[dw]|\\{\\d+(?:,\\d*)?\\})+");

    boolean needsTags() {
        return constraints.stream().anyMatch(Constraint::needsTags);
    }

    boolean needsLemmas() {
        return constraints.stream().anyMatch(Constraint::needsLemmas);
    }

    /**
     * The first match starting at or after token {@code from}: the indexes [first, last] of the tokens it covers, or
     * null. {@code boundary} tells which tokens end a clause; no match and no gap crosses one.
     */
    int[] find(List<Token> tokens, int from, java.util.function.Predicate<Token> boundary) {
        for (int start = from; start < tokens.size(); start++) {
            int end = matchFrom(tokens, 0, start, boundary, -1);
            if (end >= 0) {
                return new int[] {firstMatched(tokens, start, boundary), end};
            }
        }
        return null;
    }

    /** The index of the first token the match starting at {@code start} really covers (gaps are not covered). */
    private int firstMatched(List<Token> tokens, int start, java.util.function.Predicate<Token> boundary) {
        Constraint first = constraints.get(0);
        for (int k = start; k <= start + first.skip() && k < tokens.size(); k++) {
            if (first.test(tokens.get(k))) {
                return k;
            }
        }
        return start;
    }

    /** Matches constraints[c..] at token i; the index of the last token matched, or -1 (last is before i). */
    private int matchFrom(List<Token> tokens, int c, int i, java.util.function.Predicate<Token> boundary, int last) {
        if (c == constraints.size()) {
            return last;
        }
        Constraint k = constraints.get(c);
        for (int j = i; j <= i + k.skip() && j < tokens.size(); j++) {
            if (j > i && boundary.test(tokens.get(j - 1))) {
                break;
            }
            Token t = tokens.get(j);
            if (c > 0 && boundary.test(t) && !k.test(t)) {
                break;
            }
            if (k.test(t)) {
                int end = matchFrom(tokens, c + 1, j + 1, boundary, j);
                if (end >= 0) {
                    return end;
                }
            }
        }
        if (k.optional()) {
            return matchFrom(tokens, c + 1, i, boundary, last);
        }
        return -1;
    }

    /** How many of the constraints, from the first, the best start in the tokens satisfies (for diagnosis). */
    int longestPrefix(List<Token> tokens, java.util.function.Predicate<Token> boundary) {
        int best = 0;
        for (int n = constraints.size(); n > 0; n--) {
            TokenPattern prefix = constraints.subList(0, n).stream().allMatch(Constraint::optional) ? null
                    : new TokenPattern(constraints.subList(0, n));
            if (prefix != null && prefix.find(tokens, 0, boundary) != null) {
                return n;
            }
        }
        return best;
    }

    String describe() {
        return String.join(" ", constraints.stream().map(Constraint::describe).toList());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

package dev.medlint.core.rule;

import dev.medlint.core.lang.LanguageProfile;
import dev.medlint.core.lang.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A term of one or more words, matched against the word scan of a block. Written as plain text in a rule file; each
 * word matches its inflected forms unless the term is exact, and {@code *} stands for any one word. Hyphens and
 * spaces are interchangeable ("pain-free" = "pain free").
 */
public final class Term {
    private final String source;
    private final List<Set<String>> words;
    private final boolean prefix;

    private Term(String source, List<Set<String>> words, boolean prefix) {
        this.source = source;
        this.words = words;
        this.prefix = prefix;
    }

    /** @throws IllegalArgumentException when the term has no word in it */
    public static Term parse(String text, boolean inflect, LanguageProfile profile) {
        List<Set<String>> words = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}*]+")) {
            if (raw.isEmpty()) {
                continue;
            }
            if (raw.equals("*")) {
                words.add(Set.of());
            } else if (raw.contains("*")) {
                throw new IllegalArgumentException("'*' must stand alone as a word in '" + text + "'");
            } else {
                words.add(inflect ? profile.inflections(raw) : Set.of(raw));
            }
        }
        if (words.isEmpty() || words.get(0).isEmpty()) {
            throw new IllegalArgumentException("term '" + text + "' must start with a word");
        }
        return new Term(text, List.copyOf(words), profile != null && profile.negationFollows() && inflect);
    }

    public String source() {
        return source;
    }

    public Set<String> firstForms() {
        return words.get(0);
    }

    /**
     * Whether the term's words may start longer words (Korean: 부작용 matches 부작용이, 부작용은); the scan then
     * cannot look a word up in {@link #firstForms()} alone.
     */
    public boolean matchesWordStarts() {
        return prefix;
    }

    /** Whether word {@code w} (lower case) is one of the forms, or, for a word-start term, begins with one. */
    boolean formMatches(Set<String> forms, String w) {
        if (forms.contains(w)) {
            return true;
        }
        if (prefix) {
            for (String f : forms) {
                if (w.startsWith(f)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the term's first word matches word {@code w} (lower case). */
    public boolean startsWith(String w) {
        return formMatches(words.get(0), w);
    }

    public int length() {
        return words.size();
    }

    /**
     * Whether the term matches the block's words starting at word {@code i}; {@code text} is the view text, used to
     * make sure no clause punctuation stands between two words of the term.
     */
    public boolean matchesAt(List<Word> blockWords, int i, String text) {
        if (i + words.size() > blockWords.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            Word w = blockWords.get(i + k);
            Set<String> forms = words.get(k);
            if (!forms.isEmpty() && !formMatches(forms, w.lower())) {
                return false;
            }
            if (k > 0 && !joined(text, blockWords.get(i + k - 1).end(), w.start())) {
                return false;
            }
        }
        return true;
    }

    private static boolean joined(String text, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (",;:!?()[]\"“”".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}

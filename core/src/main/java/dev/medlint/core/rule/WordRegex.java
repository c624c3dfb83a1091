package dev.medlint.core.rule;

import dev.medlint.core.lang.RequiredLiterals;
import com.google.re2j.Pattern;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A regex that a pattern rule's prefilter tries on whole scanned words, with each word form's answer remembered: an
 * article repeats its vocabulary, and an RE2/J match costs a matcher and NFA steps even on a short word. The memo
 * belongs to one rule of one engine (shared by its threads, lock-free on reads) and holds at most {@link #MAX} forms
 * (an article uses a few thousand; a huge file with many more must not fill the heap with them);
 * past that, forms are matched afresh. It is keyed on single word forms, never on longer text.
 */
final class WordRegex {
    static final int MAX = 8_192;
    private final Pattern pattern;
    private final ConcurrentHashMap<String, Boolean> answers = new ConcurrentHashMap<>();

    /** What every match holds: most words lack it, which a search of the word tells sooner than the memo. */
    private final RequiredLiterals literals;

    WordRegex(Pattern pattern) {
        this.pattern = pattern;
        this.literals = RequiredLiterals.of(pattern.pattern());
    }

    Pattern pattern() {
        return pattern;
    }

    /** Whether the whole word matches the regex. */
    boolean matches(String word) {
        // a word of ASCII without capitals is its own CaseFold folding, which is what the literals are sought in
        if (!literals.isEmpty() && foldsToItself(word) && !literals.admits(word)) {
            return false;
        }
        Boolean known = answers.get(word);
        if (known != null) {
            return known;
        }
        boolean answer = pattern.matcher(word).matches();
        if (answers.size() < MAX) {
            answers.put(word, answer);
        }
        return answer;
    }

    private static boolean foldsToItself(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 128 || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }
}

package dev.medlint.core.rule;

import dev.medlint.core.lang.RequiredLiterals;
import com.google.re2j.Pattern;
import dev.medlint.core.lang.Sentence;
import java.util.List;

/**
 * A rule's {@code exceptions}, tested on the sentence of a match. Each regex is searched only in a sentence that
 * holds the literals it cannot match without ({@link RequiredLiterals}): RE2/J steps through every character of a
 * sentence, and most sentences lack the words of every exception.
 */
record SentenceExceptions(List<Pattern> patterns, List<RequiredLiterals> literals) {
    static final SentenceExceptions NONE = new SentenceExceptions(List.of(), List.of());

    static SentenceExceptions of(List<Pattern> patterns) {
        return patterns.isEmpty() ? NONE
                : new SentenceExceptions(List.copyOf(patterns),
                        patterns.stream().map(p -> RequiredLiterals.of(p.pattern())).toList());
    }

    /** Whether one of the regexes matches in the sentence's text. */
    boolean matchIn(Sentence sentence) {
        for (int i = 0; i < patterns.size(); i++) {
            RequiredLiterals l = literals.get(i);
            if ((l.isEmpty() || l.admits(sentence.folded())) && patterns.get(i).matcher(sentence.text()).find()) {
                return true;
            }
        }
        return false;
    }
}

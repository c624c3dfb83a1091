package dev.medlint.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.medlint.core.lang.CharPairs;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The prefilter for two required words in a row gives the same answer whichever side it searches from, and with or
 * without the character pairs of the text.
 */
class AdjacentWordsTest {
    @Test
    void aFormOfTheFirstThenOnlyPunctuationThenAFormOfTheSecond() {
        TokenPattern.AdjacentWords shortFirst = new TokenPattern.AdjacentWords(Set.of("a", "an"), Set.of("authority"));
        TokenPattern.AdjacentWords longFirst = new TokenPattern.AdjacentWords(Set.of("authority"), Set.of("in", "on"));
        for (String text : List.of("dr han is an authority on lifts", "dr han is a recognised authority",
                "an -- authority", "authority", "a", "anauthority", "data authority", "authority, in short")) {
            boolean expected = text.matches(".*(?:a|an)[^a-z0-9]*authority.*");
            assertEquals(expected, shortFirst.occursIn(text), text);
            // the character pairs of the text, or of a longer text holding it, rule out only forms that are absent
            assertEquals(expected, shortFirst.occursIn(text, CharPairs.of(text)), text);
            assertEquals(expected, shortFirst.occursIn(text, CharPairs.of("zz " + text + " qq")), text);
            boolean expected2 = text.matches(".*authority[^a-z0-9]*(?:in|on).*");
            assertEquals(expected2, longFirst.occursIn(text), text);
            assertEquals(expected2, longFirst.occursIn(text, CharPairs.of(text)), text);
        }
    }
}

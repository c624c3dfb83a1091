package dev.medlint.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.lang.CaseFold;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two consecutive word tokens of a pattern must stand next to each other in a sentence's text for the pattern to
 * match there, which rules sentences out before the tokenizer runs; a gap, an optional token or a form the check
 * cannot read makes no pair.
 */
class AdjacentWordsTest {
    private static TokenPattern.Constraint word(boolean optional, int skip, String... forms) {
        return new TokenPattern.Constraint(Set.of(forms), Set.of(), Set.of(), true, null, Set.of(), null, false,
                optional, skip);
    }

    @Test
    void consecutiveWordTokensMakeAPair() {
        TokenPattern p = new TokenPattern(List.of(word(false, 0, "so", "that"), word(false, 0, "easy", "quick")));
        List<TokenPattern.AdjacentWords> pairs = p.requiredAdjacentWords();
        assertEquals(1, pairs.size());
        TokenPattern.AdjacentWords pair = pairs.get(0);
        assertTrue(pair.occursIn(CaseFold.fold("It was SO  easy.")));
        assertTrue(pair.occursIn(CaseFold.fold("that's that quick")));
        assertFalse(pair.occursIn(CaseFold.fold("So it is easy, and quick.")));
    }

    @Test
    void aGapAnOptionalTokenOrAnUnreadableFormMakesNoPair() {
        assertEquals(List.of(), new TokenPattern(List.of(word(false, 0, "so"), word(false, 2, "easy")))
                .requiredAdjacentWords());
        assertEquals(List.of(), new TokenPattern(List.of(word(true, 0, "so"), word(false, 0, "easy")))
                .requiredAdjacentWords());
        assertEquals(List.of(), new TokenPattern(List.of(word(false, 0, "pain-free"), word(false, 0, "lift")))
                .requiredAdjacentWords());
        assertEquals(List.of(), new TokenPattern(List.of(word(false, 0, "café"), word(false, 0, "lift")))
                .requiredAdjacentWords());
    }
}

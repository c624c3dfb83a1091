package dev.medlint.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The anchor words derived from a regex let a block without them be skipped, so a derived list must name a word
 * that starts every possible match, or be empty.
 */
class RegexMatchAnchorsTest {
    @Test
    void aPatternAtAWordBoundaryIsAnchoredByItsLeadingWords() {
        assertEquals(List.of("free"), RegexMatch.derive("\\bfree\\s+consultations?"));
        assertEquals(List.of("free", "gift"), RegexMatch.derive("(?i)\\b(?:free|gift)\\s+\\w+"));
        assertEquals(List.of("zero"), RegexMatch.derive("\\b(?i)zero\\s+down\\s*time"));
    }

    @Test
    void anAlternativeOutsideTheFirstGroupLeavesThePatternUnanchored() {
        assertEquals(List.of(), RegexMatch.derive("\\bfree|discount"));
        assertEquals(List.of(), RegexMatch.derive("\\b(?:free|gift)\\s+offer|\\d+% off"));
    }

    @Test
    void aPatternThatNeedNotStartAWordIsUnanchored() {
        // "carefree consultations" matches "free consultations" and has no word starting with "free"
        assertEquals(List.of(), RegexMatch.derive("free\\s+consultations?"));
        assertEquals(List.of(), RegexMatch.derive("(?i)free"));
    }

    @Test
    void bracketsInAClassAreNoGroup() {
        assertEquals(List.of("price", "cost"), RegexMatch.derive("\\b(?:price[|(]|cost)s?"));
        assertEquals(List.of(), RegexMatch.derive("\\b(?:free)?[(|]"));
    }

    @Test
    void aSkippedBlockNeverHidesAMatch() {
        for (String text : List.of("Big discount today", "carefree consultations", "Now 20% off")) {
            for (String regex : List.of("\\bfree|discount", "free\\s+consultations?", "\\b(?:free|gift)\\s+x|\\d+% off")) {
                RegexMatch m = RegexMatch.of(com.google.re2j.Pattern.compile(regex), List.of());
                boolean found = com.google.re2j.Pattern.compile(regex).matcher(text).find();
                boolean anchored = m.anchors().isEmpty() || m.anchors().stream()
                        .anyMatch(a -> List.of(text.toLowerCase().split("\\W+")).stream().anyMatch(w -> w.startsWith(a)));
                assertEquals(true, !found || anchored, regex + " on " + text);
            }
        }
    }
}

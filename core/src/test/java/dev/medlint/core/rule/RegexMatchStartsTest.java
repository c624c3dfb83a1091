package dev.medlint.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.re2j.Pattern;
import dev.medlint.core.lang.CaseFold;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trying a pattern only where its start words begin finds exactly the matches of a search of the whole block. */
class RegexMatchStartsTest {
    private static final List<String> REGEXES = List.of(
            "\\b(?:lift(?:ing)?|filler|eye)\\s+(?:expert|guru)s?\\b",
            "\\b(?:gone|fixed)\\b[^.!?]{0,20}\\b(?:overnight|instantly)\\b",
            "\\b(?i)zero\\s+down\\s*time",
            "\\bskin\\b");
    private static final List<String> TEXTS = List.of(
            "Our Filler Experts and eye gurus. Lifting experts! refiller experts",
            "Wrinkles gone overnight, fixed instantly; gone. overnight",
            "ZERO downtime, zero down time, nozero downtime",
            "ſkin and skin, Skin-care, askin skin_ skin",
            "");

    private static List<String> spans(RegexMatch m, String text, String folded) {
        return m.spans(text, 3, folded).stream().map(s -> s[0] + "-" + s[1]).toList();
    }

    @Test
    void startsFindTheSameMatchesAsAWholeSearch() {
        for (String regex : REGEXES) {
            for (String text : TEXTS) {
                RegexMatch m = RegexMatch.of(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), List.of(), null,
                        Pattern.compile("-care"));
                assertEquals(spans(m, text, null), spans(m, text, CaseFold.fold(text)), regex + " on " + text);
            }
        }
    }

    @Test
    void onlyAsciiDerivedWordsAreStarts() {
        assertEquals(List.of("lift", "filler", "eye"), RegexMatch.of(Pattern.compile(REGEXES.get(0)),
                List.of("expert")).starts());
        assertEquals(List.of(), RegexMatch.of(Pattern.compile("\\b(?:café|spa)\\s+x"), List.of()).starts());
        assertEquals(List.of(), RegexMatch.of(Pattern.compile("free\\s+x"), List.of()).starts());
    }

    @Test
    void aMatchRefusedByItsContextGivesWayToTheNextStart() {
        RegexMatch m = RegexMatch.of(Pattern.compile("\\bskin\\b", Pattern.CASE_INSENSITIVE), List.of(), null,
                Pattern.compile("-care"));
        String text = "Skin-care for skin";
        assertEquals(List.of("17-21"), spans(m, text, CaseFold.fold(text)));
    }
}

package dev.medlint.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.re2j.Pattern;
import dev.medlint.core.lang.CaseFold;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trying a pattern only where its starts begin finds exactly the matches of a search of the whole block. */
class RegexMatchStartsTest {
    private static final List<String> REGEXES = List.of(
            "\\b(?:lift(?:ing)?|filler|eye)\\s+(?:expert|guru)s?\\b",
            "\\b(?:gone|fixed)\\b[^.!?]{0,20}\\b(?:overnight|instantly)\\b",
            "\\b(?i)zero\\s+down\\s*time",
            "\\bskin\\b",
            "\\b(?:\\d{1,2}|one|two)\\s+in\\s+(?:\\d{1,3}|ten)\\s+(?:patients|clients)\\b",
            "(?-i:\\b(?:I|I'm))\\b[^.!?]{0,20}\\b(?:had|loved)\\b",
            "(?-i:\\b(?:my|My))\\s+new\\b|(?-i:\\bour)\\s+new\\b",
            "(?:부작용|통증|붓기)(?:이|가|은|는)?\\s*(?:전혀\\s*)?없",
            "(?:[\\d,]+|백)\\s*(?:명|분)\\s*중\\s*\\d+\\s*명",
            "타\\s?(?:병원|의원)|\\d+\\s*%\\s*할인|TOP\\s*\\d*",
            "(?i)(?:다른|타)\\s*곳(?:보다|에\\s*비해)");
    private static final List<String> TEXTS = List.of(
            "Our Filler Experts and eye gurus. Lifting experts! refiller experts",
            "Wrinkles gone overnight, fixed instantly; gone. overnight",
            "ZERO downtime, zero down time, nozero downtime",
            "ſkin and skin, Skin-care, askin skin_ skin",
            "9 in 10 patients, a19 in 10 clients, two in ten clients; 100 in 10 patients, one in 5 clients",
            "In the end I had it. i had one. I'm sure I loved it, Hi I had, I'd had",
            "My new nose, my new look, MY new, our new clinic, Our new",
            "부작용이 전혀 없고 통증없이, 붓기는 없어요. 부작용부작용이없 통증은\n없",
            "1,000명 중 998명, 백 분 중 3명, 10명중10명 만족, 명 중 1명",
            "타병원, 타 의원, 타  병원보다 30% 할인, 30 %할인 top 10 Top TOP",
            "다른 곳보다, 다른곳에 비해, 타 곳보다 다른 곳은",
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
    void startsAreAsciiWordsAfterABoundaryElseLiteralsOfAnyScript() {
        assertEquals(List.of("lift", "filler", "eye"), RegexMatch.of(Pattern.compile(REGEXES.get(0)),
                List.of("expert")).starts());
        assertEquals(List.of(), RegexMatch.of(Pattern.compile("\\b(?:café|spa)\\s+x"), List.of()).starts());
        assertEquals(List.of("free"), RegexMatch.of(Pattern.compile("free\\s+x"), List.of()).starts());
        assertEquals(false, RegexMatch.of(Pattern.compile("free\\s+x"), List.of()).startsAreWords());
        assertEquals(true, RegexMatch.of(Pattern.compile("\\bfree\\s+x"), List.of()).startsAreWords());
        assertEquals(List.of("통증", "부작용"), RegexMatch.of(Pattern.compile("(?:통증|부작용)(?:이|가)?\\s*없"),
                List.of()).starts());
        assertEquals(List.of(), RegexMatch.of(Pattern.compile("\\s*(?:통증|부작용)"), List.of()).starts(),
                "a match may start with a space");
        assertEquals(List.of(), RegexMatch.of(Pattern.compile("(?:통증|부작용)?"), List.of()).starts(),
                "a pattern that matches the empty string has no starts");
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "one"),
                RegexMatch.of(Pattern.compile("\\b(?:\\d+|one)\\s+x"), List.of()).starts());
        assertEquals(List.of("i"), RegexMatch.of(Pattern.compile("(?-i:\\b(?:I|I'm))\\s+x"), List.of()).starts());
        assertEquals(List.of(), RegexMatch.of(Pattern.compile("(?-i:\\b(?:my))\\s+x|\\d+"), List.of()).starts(),
                "an alternative to the whole regex starts anywhere");
        assertEquals(List.of(), RegexMatch.of(Pattern.compile("(?-i:\\bmy)?\\s+x"), List.of()).starts());
    }

    @Test
    void aMatchRefusedByItsContextGivesWayToTheNextStart() {
        RegexMatch m = RegexMatch.of(Pattern.compile("\\bskin\\b", Pattern.CASE_INSENSITIVE), List.of(), null,
                Pattern.compile("-care"));
        String text = "Skin-care for skin";
        assertEquals(List.of("17-21"), spans(m, text, CaseFold.fold(text)));
    }
}

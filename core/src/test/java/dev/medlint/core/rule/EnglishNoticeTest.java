package dev.medlint.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.medlint.core.analysis.Linter;
import dev.medlint.core.report.Finding;
import dev.medlint.core.source.Format;
import dev.medlint.core.testing.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The English side-effect notice in documents: a risk table whose rows say how often each complication happens,
 * a procedure word inside a clinic's name, and "side effects may occur" without naming any (a weak notice).
 */
class EnglishNoticeTest {
    private static final Linter LINTER = Linter.of(TestRules.load("""
            pack: test-en-notice
            rules:
              - id: notice
                title: Notice
                category: missing-side-effect-notice
                severity: error
                law: Art. 56(2)7
                type: conditional
                if:
                  mentions: [hifu, laser, procedure]
                  institutions: [clinic, centre]
                then:
                  mentions: [swelling, bruising, redness, blistering]
                  markers: [may, occur, common, rare, occasional]
                  generic: [side effect, risk]
                message: "'{match}'"
                messages:
                  generic: "generic '{match}'"
                suggestion: Add a notice.
                examples:
                  flag: ["HIFU lifts the jaw.", "Laser toning evens the skin.", "HIFU is safe. Side effects may occur."]
                  pass: ["HIFU lifts the jaw. Swelling may occur.", "Open on Monday.", "Laser Clinic, open daily."]
            """));

    private static List<String> messages(Format format, String text) {
        return LINTER.checkText("t", format, text).stream().map(Finding::message).toList();
    }

    @Test
    void aRiskTableWithAFrequencyColumnIsANotice() {
        String table = """
                # HIFU
                HIFU tightens the jawline.

                | Effect | How often | Course |
                |---|---|---|
                | Redness of the skin | Common | Hours |
                | Bruising along the lines | Occasional | Two weeks |
                """;
        assertEquals(List.of(), messages(Format.MARKDOWN, table));
        String html = "<p>HIFU tightens the jawline.</p><table><tr><td>Swelling and tenderness</td><td>Common</td>"
                + "<td>Several days</td></tr></table>";
        assertEquals(List.of(), messages(Format.HTML, html));
    }

    @Test
    void aCellWithoutAFrequencyOrALongNextCellIsNoNotice() {
        String table = """
                HIFU tightens the jawline.

                | Area | Price |
                |---|---|
                | Swelling-prone cheeks | 300,000 won per session for the whole lower face |
                """;
        assertEquals(List.of("'HIFU'"), messages(Format.MARKDOWN, table));
    }

    @Test
    void aProcedureWordInAClinicsNameIntroducesNoProcedure() {
        assertEquals(List.of(), messages(Format.TEXT, "Seorae Dermatology & Laser Clinic is closed on Monday."));
        assertEquals(List.of("'laser'"), messages(Format.TEXT,
                "Seorae Laser Clinic offers laser toning for melasma."));
    }

    @Test
    void sideEffectsWithoutNamingAnyAreAWeakNotice() {
        assertEquals(List.of("generic 'Side effects'"), messages(Format.TEXT,
                "HIFU tightens the jawline. Side effects may occur depending on the individual."));
        assertEquals(List.of(), messages(Format.TEXT,
                "HIFU tightens the jawline. Side effects such as redness and swelling may occur."));
    }
}

package dev.medlint.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Severity;
import dev.medlint.core.source.Format;
import dev.medlint.core.testing.TestPacks;
import dev.medlint.core.testing.TestRules;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Inline suppressions in Markdown, HTML and plain text: next line, ranges, reasons, and the ones that rot. */
class SuppressionsTest {
    static final Linter LINTER = Linter.of(TestRules.load(TestPacks.THREE_RULES)).withThreads(1);

    private static List<Finding> check(Format format, String text) {
        return LINTER.checkText("a", format, text);
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + "@" + f.line()).toList();
    }

    @Test
    void nextLineSilencesOnlyTheNextLineWithAReason() {
        String md = """
                We comply.

                <!-- medlint-disable-next-line guarantee -- quoting a patient's question in the FAQ -->
                We guarantee a result.

                We guarantee a result.
                """;
        assertEquals(List.of("guarantee@6"), ids(check(Format.MARKDOWN, md)));
    }

    @Test
    void nextLineWithoutIdsSilencesEveryRuleOnThatLine() {
        String md = "We comply.\n\n<!-- medlint-disable-next-line -->\nA miracle we guarantee.\n";
        assertEquals(List.of(), ids(check(Format.MARKDOWN, md)));
    }

    @Test
    void disableAndEnableMarkARange() {
        String md = """
                We comply.

                <!-- medlint-disable guarantee, miracle -- a quoted testimonial -->
                We guarantee a miracle.

                <!-- medlint-enable miracle -->
                We guarantee a miracle.

                <!-- medlint-enable -->
                We guarantee a miracle.
                """;
        assertEquals(List.of("miracle@7", "guarantee@10", "miracle@10"), ids(check(Format.MARKDOWN, md)));
    }

    @Test
    void disableAllThenEnableOneRule() {
        String md = "We comply.\n\n<!-- medlint-disable -->\nA miracle.\n\n<!-- medlint-enable guarantee -->\n"
                + "We guarantee a miracle.\n";
        assertEquals(List.of("guarantee@7"), ids(check(Format.MARKDOWN, md)));
    }

    @Test
    void inlineCommentsCountFromWhereTheyStand() {
        String md = "We comply. We guarantee it. <!-- medlint-disable guarantee --> We guarantee it.\n";
        List<Finding> f = check(Format.MARKDOWN, md);
        assertEquals(1, f.size(), f::toString);
        assertEquals(15, f.get(0).column());
    }

    @Test
    void htmlComments() {
        String html = """
                <p>We comply.</p>
                <!-- medlint-disable-next-line guarantee -- the patient's own words -->
                <p>We guarantee a result.</p>
                <p>We guarantee a result.</p>
                """;
        assertEquals(List.of("guarantee@4"), ids(check(Format.HTML, html)));
    }

    @Test
    void plainTextDirectiveLinesAreNotProse() {
        String txt = """
                We comply.
                # medlint-disable-next-line guarantee -- quoting the question
                We guarantee a result.
                We guarantee a result.
                """;
        List<Finding> f = check(Format.TEXT, txt);
        assertEquals(List.of("guarantee@4"), ids(f));
        // The directive's own words ("guarantee") are not prose: nothing is reported on line 2.
        String range = "We comply.\n#medlint-disable miracle\nA miracle.\n<!-- medlint-enable miracle -->\nA miracle.\n";
        assertEquals(List.of("miracle@5"), ids(check(Format.TEXT, range)));
    }

    @Test
    void documentLevelFindingsNeedTheirIdNamed() {
        String named = "<!-- medlint-disable statement -- a short FAQ answer -->\nNothing to see.\n";
        assertEquals(List.of(), ids(check(Format.MARKDOWN, named)));
        String all = "<!-- medlint-disable -->\nNothing to see.\n";
        List<Finding> f = check(Format.MARKDOWN, all);
        assertEquals(List.of("statement@1", "unused-suppression@1"), ids(f));
    }

    @Test
    void aSuppressionThatSilencesNothingIsReportedAsInfo() {
        String md = "We comply.\n\n<!-- medlint-disable-next-line guarantee -->\nResults vary.\n";
        List<Finding> f = check(Format.MARKDOWN, md);
        assertEquals(1, f.size(), f::toString);
        Finding u = f.get(0);
        assertEquals(Suppressions.UNUSED, u.ruleId());
        assertEquals(Severity.INFO, u.severity());
        assertEquals("medlint", u.category());
        assertEquals(3, u.line());
        assertEquals(1, u.column());
        assertEquals("<!-- medlint-disable-next-line guarantee -->", u.match());
        assertTrue(u.message().contains("'guarantee' silences nothing on line 4"), u.message());
    }

    @Test
    void partlyUsedDirectivesNameTheIdleIds() {
        String md = "We comply.\n\n<!-- medlint-disable-next-line guarantee miracle -->\nWe guarantee it.\n";
        List<Finding> f = check(Format.MARKDOWN, md);
        assertEquals(List.of("unused-suppression@3"), ids(f));
        assertTrue(f.get(0).message().startsWith("'miracle' in this medlint-disable-next-line silences nothing"),
                f.get(0).message());
    }

    @Test
    void anEnableWithoutDisableIsReported() {
        List<Finding> f = check(Format.MARKDOWN, "We comply.\n\n<!-- medlint-enable guarantee -->\nText.\n");
        assertEquals(List.of("unused-suppression@3"), ids(f));
        assertTrue(f.get(0).message().contains("ends nothing"), f.get(0).message());
    }

    @Test
    void unknownIdsAndMisspeltDirectivesAreWarningsWithSuggestions() {
        String md = "We comply.\n\n<!-- medlint-disable-next-line guarante -->\nWe guarantee it.\n\n"
                + "<!-- medlint-disabel-next-line guarantee -->\nWe guarantee it.\n";
        List<Finding> f = check(Format.MARKDOWN, md);
        // A directive whose ids are all wrong silences nothing (it does not fall back to every rule).
        assertEquals(List.of("invalid-suppression@3", "guarantee@4", "invalid-suppression@6", "guarantee@7"), ids(f));
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("unknown rule id 'guarante' in medlint-disable-next-line (did you "
                + "mean 'guarantee'?)"), f.get(0).message());
        assertTrue(f.get(2).message().contains("(did you mean 'medlint-disable-next-line'?)"), f.get(2).message());
    }

    @Test
    void aSingleDashBeforeTheReasonIsExplained() {
        String md = "We comply.\n\n<!-- medlint-disable-next-line guarantee - quoting -->\nWe guarantee it.\n";
        List<Finding> f = check(Format.MARKDOWN, md);
        // 'guarantee' still silences line 4; '-' and 'quoting' are reported.
        assertEquals(List.of("invalid-suppression@3", "invalid-suppression@3"), ids(f));
        assertTrue(f.stream().anyMatch(x -> x.message().contains("'-' in medlint-disable-next-line is not a rule id")),
                f::toString);
    }

    @Test
    void ruleIdsTurnedOffAreKnownAndTheirSuppressionsSayWhyTheyAreIdle() {
        Linter onlyGuarantee = Linter.of(TestRules.load(TestPacks.THREE_RULES).subList(0, 1)).withThreads(1)
                .withSuppressions(new Suppressions.Settings(Set.of("guarantee", "miracle", "statement"),
                        Severity.INFO, Severity.WARNING));
        List<Finding> f = onlyGuarantee.checkText("a", Format.MARKDOWN,
                "<!-- medlint-disable-next-line miracle -->\nA miracle.\n");
        assertEquals(1, f.size(), f::toString);
        assertTrue(f.get(0).message().contains("turned off in the configuration"), f.get(0).message());
    }

    @Test
    void engineFindingsCanBeTurnedOff() {
        Linter quiet = LINTER.withSuppressions(new Suppressions.Settings(Set.of("guarantee", "miracle", "statement"),
                null, null));
        String md = "We comply.\n\n<!-- medlint-disable-next-line miracle -->\nText.\n<!-- medlint-disabel -->\n";
        assertEquals(List.of(), ids(quiet.checkText("a", Format.MARKDOWN, md)));
    }

    @Test
    void ordinaryCommentsAreIgnored() {
        assertEquals(List.of("guarantee@3"), ids(check(Format.MARKDOWN,
                "We comply.\n<!-- editor: check the photo -->\nWe guarantee it.\n")));
    }
}

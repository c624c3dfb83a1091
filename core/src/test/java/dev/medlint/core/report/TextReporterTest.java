package dev.medlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.medlint.core.report.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pieces front ends use (one finding, the summary) add up to the whole text report. */
class TextReporterTest {
    static final Finding IN_TEXT = new Finding("post.md", "guarantee", "certainty", Severity.ERROR, 3, 17, 3, 27,
            "'guarantees' presents the outcome as certain.", "Art. 56", "guarantees", "");
    static final Finding DOCUMENT = new Finding("post.md", "statement", "notice", Severity.WARNING, 1, 1, 1, 1,
            "No compliance statement.", "Art. 56", "", "");
    static final Report REPORT = report(2, List.of(IN_TEXT, DOCUMENT),
            Map.of("post.md", Map.of(3, "Our thread lift guarantees a younger look.")));

    /** A report of {@code files} articles (post.md and others) with these findings and quoted lines. */
    static Report report(int files, List<Finding> findings, Map<String, Map<Integer, String>> excerpts) {
        List<CheckedFile> checked = new java.util.ArrayList<>();
        for (int i = 0; i < files; i++) {
            checked.add(new CheckedFile(i == 0 ? "post.md" : "other-" + i + ".md", "markdown", "", FailLevel.ERROR));
        }
        return new Report(checked, findings, List.of(), excerpts, List.of());
    }

    @Test
    void aFindingWithItsExcerpt() {
        assertEquals("""
                post.md:3:17: error [guarantee] 'guarantees' presents the outcome as certain.
                  3 | Our thread lift guarantees a younger look.
                    |                 ^^^^^^^^^^
                """, TextReporter.finding(REPORT, IN_TEXT));
        assertEquals("post.md:1:1: warning [statement] No compliance statement.\n",
                TextReporter.finding(REPORT, DOCUMENT));
        assertEquals("post.md:3:17: ", TextReporter.location(IN_TEXT));
    }

    @Test
    void theReportIsItsFindingsThenTheSummary() throws IOException {
        StringBuilder whole = new StringBuilder();
        new TextReporter().write(REPORT, ReportSettings.PLAIN, whole);
        assertEquals(TextReporter.finding(REPORT, DOCUMENT) + TextReporter.finding(REPORT, IN_TEXT)
                + "1 error, 1 warning in 1 of 2 articles.\n", whole.toString());
        assertEquals("1 error, 1 warning in 1 of 2 articles.", TextReporter.summary(REPORT));
        assertEquals("No problems found in 1 article.", TextReporter.summary(report(1, List.of(),
                Map.of())));
    }

    @Test
    void mergeAddsUpAndKeepsTheQuotedLinesOfBothParts() {
        Report a = report(1, List.of(IN_TEXT), Map.of("post.md", Map.of(3, "line three")));
        Report b = new Report(List.of(new CheckedFile("post-b.md", "markdown", "", FailLevel.ERROR)), List.of(),
                List.of(), Map.of("post.md", Map.of(5, "line five")), List.of());
        Report both = Report.merge(List.of(a, b));
        assertEquals(2, both.filesChecked());
        assertEquals(List.of(IN_TEXT), both.findings());
        assertEquals("line three", both.excerpt("post.md", 3));
        assertEquals("line five", both.excerpt("post.md", 5));
    }

    @Test
    void aLongLineIsQuotedAsAWindowAroundTheSpan() {
        String line = "a".repeat(5000) + "guarantees" + "b".repeat(5000);
        Finding f = new Finding("post.md", "guarantee", "certainty", Severity.ERROR, 3, 5001, 3, 5011,
                "'guarantees' presents the outcome as certain.", "Art. 56", "guarantees", "");
        String text = TextReporter.finding(report(1, List.of(f), Map.of("post.md", Map.of(3, line))), f);
        String[] lines = text.split("\n");
        assertEquals("  3 | ..." + "a".repeat(100) + "guarantees" + "b".repeat(100) + "...", lines[1]);
        assertEquals("    |    " + " ".repeat(100) + "^".repeat(10), lines[2]);
    }

    @Test
    void aLineOfFiveHundredCharactersIsStillQuotedWhole() {
        String line = "c".repeat(490) + "guarantees";
        Finding f = new Finding("post.md", "guarantee", "certainty", Severity.ERROR, 3, 491, 3, 501,
                "'guarantees' presents the outcome as certain.", "Art. 56", "guarantees", "");
        String text = TextReporter.finding(report(1, List.of(f), Map.of("post.md", Map.of(3, line))), f);
        assertEquals("  3 | " + line, text.split("\n")[1]);
    }

    @Test
    void aFindingAcrossALineBreakIsMarkedToTheEndOfItsFirstLineAndSaysWhereItEnds() {
        Finding across = new Finding("post.md", "guarantee", "certainty", Severity.ERROR, 3, 17, 4, 6,
                "'guarantees a younger look' presents the outcome as certain.", "Art. 56", "guarantees", "");
        Report report = report(1, List.of(across), Map.of("post.md", Map.of(3, "Our thread lift guarantees")));
        assertEquals("""
                post.md:3:17: error [guarantee] 'guarantees a younger look' presents the outcome as certain.
                  3 | Our thread lift guarantees
                    |                 ^^^^^^^^^^... (continues to line 4)
                """, TextReporter.finding(report, across));
    }

    @Test
    void theSummaryNeverSaysNoProblemsWhenAnInputCouldNotBeChecked() {
        List<CheckedFile> three = List.of(new CheckedFile("a.md", "markdown", "", FailLevel.ERROR),
                new CheckedFile("b.md", "markdown", "", FailLevel.ERROR),
                new CheckedFile("c.md", "markdown", "", FailLevel.ERROR));
        List<Problem> two = List.of(new Problem("d.md", "invalid UTF-8"), new Problem("e.md", "binary"));
        Report clean = new Report(three, List.of(), two, Map.of(), List.of());
        assertEquals("No findings in 3 articles; 2 files could not be checked.", TextReporter.summary(clean));
        Report withFinding = new Report(three, List.of(IN_TEXT), two.subList(0, 1), Map.of(), List.of());
        assertEquals("1 error in 1 of 3 articles; 1 file could not be checked.", TextReporter.summary(withFinding));
    }
}

package dev.medlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The details each format's consumer is strict about: escaping, byte columns, XML-illegal characters. */
class FormatDetailsTest {
    @TempDir
    Path dir;

    private static final Finding KOREAN = new Finding("글/post.md", "guarantee", "guarantee", Severity.ERROR, 2, 4, 2,
            9, "50% off, guaranteed:\nreally", "Art. 56", "보장합니다", "Hedge it.");

    @Test
    void githubEscapesDataAndProperties() {
        assertEquals("a%25b%0Dc%0Ad", GithubReporter.data("a%b\rc\nd"));
        assertEquals("a%3Ab%2Cc%25", GithubReporter.property("a:b,c%"));
        assertEquals("::error file=글/post.md,line=2,endLine=2,col=4,endColumn=9,title=medlint guarantee (Art. 56)"
                + "::50%25 off, guaranteed:%0Areally%0AHedge it.", GithubReporter.command(KOREAN));
    }

    @Test
    void githubGroupsPerFileAndAppendsTheStepSummaryOnlyWhenSet() throws IOException {
        Report report = new Report(List.of(new CheckedFile("글/post.md", "markdown", "", FailLevel.ERROR)),
                List.of(KOREAN), List.of(), Map.of(), List.of());
        Path summary = Files.writeString(dir.resolve("summary.md"), "before\n");
        String out = new GithubReporter(Map.of("GITHUB_STEP_SUMMARY", summary.toString())::get)
                .render(report, ReportSettings.PLAIN);
        assertTrue(out.startsWith("::group::글/post.md\n::error "), out);
        assertTrue(out.contains("::endgroup::\n"), out);
        String md = Files.readString(summary);
        assertTrue(md.startsWith("before\n### medlint"), md);
        assertTrue(md.contains("| 글/post.md | 1 | 0 | 0 |"), md);
        new GithubReporter(Map.<String, String>of()::get).render(report, ReportSettings.PLAIN);
        assertEquals(md, Files.readString(summary), "no variable, no summary");
    }

    @Test
    void rdjsonlCountsUtf8Bytes() {
        // "이 시술은 보장" : each Hangul syllable is three bytes in UTF-8.
        assertEquals(1, RdjsonlReporter.byteColumn("이 시술", 1));
        assertEquals(5, RdjsonlReporter.byteColumn("이 시술", 3));
        assertEquals(3, RdjsonlReporter.byteColumn("ab", 3));
        assertEquals(7, RdjsonlReporter.byteColumn(null, 7));
    }

    @Test
    void xmlLosesOnlyWhatXml10CannotHold() {
        assertEquals("a\tb\nc한😀", Xml.clean("a\u0000\tb\u0001\nc\u000B한😀\uFFFE\uD800"));
    }

    @Test
    void sarifUrisAreRelativeAndEscaped() {
        assertEquals("posts/my%20post.md", SarifReporter.uri("posts/my post.md"));
        assertEquals("%EA%B8%80/a.md", SarifReporter.uri("글/a.md"));
    }
}

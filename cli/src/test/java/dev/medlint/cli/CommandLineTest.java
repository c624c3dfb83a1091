package dev.medlint.cli;

import static dev.medlint.cli.Cli.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --version, --help, usage errors, --output and colour. */
class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void version() {
        String expected = System.getProperty("medlint.expectedVersion", "0.1.0-SNAPSHOT");
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.code(), r::toString);
        assertEquals("medlint " + expected + "\n", r.out());
        assertEquals("medlint " + expected + "\n", Cli.run("check", "--version").out());
        assertEquals(expected, VersionProvider.version());
    }

    @Test
    void help() {
        Cli.Result top = Cli.run("--help");
        assertEquals(0, top.code(), top::toString);
        assertTrue(top.out().startsWith("Usage: medlint "), top::toString);
        assertTrue(top.out().contains("check"), top::toString);
        assertEquals("", top.err());

        Cli.Result sub = Cli.run("check", "--help");
        assertEquals(0, sub.code(), sub::toString);
        for (String option : List.of("--format", "--output", "--fail-on", "--rules", "--no-builtin", "--quiet",
                "--threads", "--stdin-filename", "Exit status")) {
            assertTrue(sub.out().contains(option), () -> option + " missing from:\n" + sub.out());
        }
        assertEquals(sub.out(), Cli.run("help", "check").out());
    }

    private static void assertUsageError(Cli.Result r, String... fragments) {
        assertEquals(2, r.code(), r::toString);
        String line = r.oneErrorLine();
        assertTrue(line.startsWith("medlint: "), line);
        for (String f : fragments) {
            assertTrue(line.contains(f), () -> "'" + f + "' missing from: " + line);
        }
        assertEquals("", r.out());
    }

    @Test
    void usageErrors() {
        assertUsageError(Cli.run(), "missing command", "medlint --help");
        assertUsageError(Cli.run("chek"), "'chek'", "did you mean 'check'");
        assertUsageError(Cli.run("check", "--formt", "json", "x.md"), "--formt", "did you mean '--format'",
                "medlint check --help");
        assertUsageError(Cli.run("check", "--format", "xml", "x.md"), "--format", "text or json", "'xml'");
        assertUsageError(Cli.run("check", "--fail-on", "fatal", "x.md"), "--fail-on", "'fatal'");
        assertUsageError(Cli.run("check", "--threads", "many", "x.md"), "--threads");
        assertUsageError(Cli.run("check", "--threads", "0", "x.md"), "--threads must be at least 1");
        assertUsageError(Cli.run("check", "--output"), "--output");
        assertUsageError(Cli.run("check"), "no input");
        assertUsageError(Cli.run("check", "--no-builtin", "x.md"), "--no-builtin needs at least one --rules");
        assertUsageError(Cli.run(check("--stdin-filename", "a.md", "x.md")), "--stdin-filename", "'-'");
        assertUsageError(Cli.run(check("-", "-")), "only once");
    }

    @Test
    void atSignIsAPathNotAnArgumentFile() throws IOException {
        Files.writeString(dir.resolve("args"), "--help\n");
        Cli.Result r = Cli.run(check("@" + dir.resolve("args")));
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.oneErrorLine().contains("no such file or directory"), r::toString);
    }

    @Test
    void outputWritesTheReportToAFile() throws IOException {
        Path article = Files.writeString(dir.resolve("post.md"), "We guarantee a natural result.\n");
        Path out = dir.resolve("reports").resolve("medlint.txt");
        Files.createDirectories(out.getParent());
        Cli.Result toStdout = Cli.run(check(article.toString()));
        Cli.Result r = Cli.run(check("--output", out.toString(), article.toString()));
        assertEquals(1, r.code(), r::toString);
        assertEquals("", r.out());
        assertEquals("", r.err());
        assertEquals(toStdout.out(), Files.readString(out, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList(), "no temporary file is left behind");
        }

        // Replacing an existing report, in JSON this time.
        Cli.Result json = Cli.run(check("-o", out.toString(), "--format", "json", article.toString()));
        assertEquals(1, json.code(), json::toString);
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals("test-guarantee",
                Json.object(Json.array(Json.object(Json.parse(written)).get("findings")).get(0))
                        .get("ruleId"));
    }

    @Test
    void outputIsWrittenEvenWhenNothingCouldBeChecked() throws IOException {
        Path out = dir.resolve("report.txt");
        Cli.Result r = Cli.run(check("--output", out.toString(), dir.resolve("missing.md").toString()));
        assertEquals(2, r.code(), r::toString);
        r.oneErrorLine();
        assertTrue(Files.exists(out));
    }

    @Test
    void outputIntoAMissingFolderCreatesIt() throws IOException {
        Path article = Files.writeString(dir.resolve("post.md"), "Results vary.\n");
        Path out = dir.resolve("no-such-dir").resolve("deeper").resolve("report.json");
        Cli.Result r = Cli.run(check("--output", out.toString(), article.toString()));
        assertEquals(0, r.code(), r::toString);
        assertTrue(Files.readString(out).contains("No problems found in 1 article."), () -> out.toString());
    }

    @Test
    void outputUnderAFileIsOneLine() throws IOException {
        Path article = Files.writeString(dir.resolve("post.md"), "Results vary.\n");
        Path out = article.resolve("report.json");
        Cli.Result r = Cli.run(check("--output", out.toString(), article.toString()));
        assertEquals(2, r.code(), r::toString);
        String line = r.oneErrorLine();
        assertTrue(line.startsWith("medlint: " + out.toString().replace('\\', '/') + ": cannot write the report"),
                line);
    }

    @Test
    void outputOntoAFolder() throws IOException {
        Path article = Files.writeString(dir.resolve("post.md"), "Results vary.\n");
        Cli.Result r = Cli.run(check("--output", dir.toString(), article.toString()));
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.oneErrorLine().contains("is a folder"), r::toString);
    }

    @Test
    void colourOnlyOnTheSeverityWordAndOnlyOnATerminal() throws IOException {
        Path article = Files.writeString(dir.resolve("post.md"),
                "We guarantee a miracle.\n\nAsk about discounts today.\n");
        byte[] none = new byte[0];
        Cli.Result coloured = Cli.run(true, none, check(article.toString()));
        assertEquals(1, coloured.code(), coloured::toString);
        assertTrue(coloured.out().contains(": \u001B[31merror\u001B[0m [test-guarantee] "), coloured::toString);
        assertTrue(coloured.out().contains(": \u001B[33mwarning\u001B[0m [test-miracle] "), coloured::toString);
        assertTrue(coloured.out().contains(": \u001B[36minfo\u001B[0m [test-discount] "), coloured::toString);
        assertEquals(3, coloured.out().split("\u001B\\[0m", -1).length - 1, "only the three severity words");

        // Without a terminal, and never in JSON or in --output files.
        assertFalse(Cli.run(false, none, check(article.toString())).out().contains("\u001B"));
        assertFalse(Cli.run(true, none, check("--format", "json", article.toString())).out().contains("\u001B"));
        Path out = dir.resolve("report.txt");
        Cli.run(true, none, check("--output", out.toString(), article.toString()));
        assertFalse(Files.readString(out).contains("\u001B"));
        // Removing the colour gives exactly the plain report.
        assertEquals(Cli.run(check(article.toString())).out(),
                coloured.out().replaceAll("\u001B\\[[0-9;]*m", ""));
    }

    @Test
    void koreanTextSurvivesAndCaretsStayAligned() throws IOException {
        Path article = Files.writeString(dir.resolve("ko.txt"), "미니거상 guarantee 결과.\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run(check(article.toString()));
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("ko.txt:1:6: error [test-guarantee]"), r::toString);
        assertTrue(r.out().contains("  1 | 미니거상 guarantee 결과.\n    |          ^^^^^^^^^\n"), r::toString);
    }

    @Test
    void internalErrorsAreOneLineWithoutStackTrace() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Main.internalError(new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
                new IllegalStateException("while checking", new IllegalArgumentException("bad\nthing")));
        assertEquals(2, code);
        assertEquals("medlint: internal error: java.lang.IllegalArgumentException: bad thing\n",
                err.toString(StandardCharsets.UTF_8));
    }
}

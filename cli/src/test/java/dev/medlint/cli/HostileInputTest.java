package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and careless input, as issue 12 lists it. Every case asserts the exit status, the one-line message naming
 * the file, that the other files of the run were still checked (ok.md's finding is in the report), and a time bound;
 * the heavy ones run in a forked JVM with a small heap, so a regression fails instead of swapping.
 */
class HostileInputTest {
    /** A file the test rules flag once (test-guarantee), so the report shows it was checked. */
    static final String OK = "# Lifting\n\nWe guarantee a natural result.\n";
    static final Duration IN_PROCESS = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    Path ok;

    @BeforeEach
    void setUp() throws IOException {
        ok = write("ok.md", OK);
    }

    private Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private static Cli.Result run(String... args) {
        return assertTimeoutPreemptively(IN_PROCESS, () -> Cli.run(Cli.check(args)));
    }

    private String p(Path file) {
        return file.toString().replace('\\', '/');
    }

    private void assertOkChecked(Cli.Result r) {
        assertTrue(r.out().contains("ok.md:3:4: error [test-guarantee]"), r::toString);
    }

    private static void mkfifo(Path p) throws Exception {
        assumeTrue(new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0, "mkfifo is not available");
    }

    // --- 1. The output can destroy an article

    @Test
    void outputOverAnInputIsRefusedAndTheArticleKept() throws IOException {
        Cli.Result r = run(p(ok), "-o", p(ok));
        assertEquals(2, r.code(), r::toString);
        assertEquals("medlint: " + p(ok) + ": is an article, not a medlint report; medlint never replaces an article "
                + "with a report: choose another report file", r.oneErrorLine());
        assertEquals(OK, Files.readString(ok));
    }

    @Test
    void outputOverAnInputOfAnyNameIsRefused() throws IOException {
        Path notes = write("notes.log", "my notes\n");
        Cli.Result r = run(p(ok), p(notes), "-o", p(notes));
        assertEquals(2, r.code(), r::toString);
        assertEquals("medlint: " + p(notes) + ": is also an input of this run; medlint never writes a report over an "
                + "article: choose another report file", r.oneErrorLine());
        assertEquals("my notes\n", Files.readString(notes));
    }

    @Test
    void aReportOverALinkToAnArticleIsRefusedAndTheLinkKept() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), ok);
        Cli.Result r = run(p(ok), "--report", "json=" + p(link));
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.oneErrorLine().startsWith("medlint: " + p(link) + ": is an article"), r::toString);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(OK, Files.readString(ok));
    }

    @Test
    void aLinkToAnEarlierReportIsFollowedAndStaysALink() throws IOException {
        Path old = write("reports/last.txt", "No problems found in 1 article.\n");
        Path link = Files.createSymbolicLink(dir.resolve("latest.txt"), old);
        Cli.Result r = run(p(ok), "-o", p(link));
        assertEquals(1, r.code(), r::toString);
        assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
        assertTrue(Files.readString(old).endsWith("1 error in 1 of 1 article.\n"), () -> Files.exists(old) + "");
    }

    @Test
    void aFifoAsOutputIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("out.txt");
        mkfifo(fifo);
        Cli.Result r = run(p(ok), "-o", p(fifo));
        assertEquals(2, r.code(), r::toString);
        assertEquals("medlint: " + p(fifo) + ": is a named pipe (FIFO); medlint writes reports only to regular files "
                + "(leave out the option to write to standard output)", r.oneErrorLine());
        assertFalse(Files.isRegularFile(fifo), "the FIFO was replaced by a file");
    }

    @Test
    void aDeviceIsWrittenThroughNeverReplaced() {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        Cli.Result r = run(p(ok), "-o", "/dev/null");
        assertEquals(1, r.code(), r::toString);
        assertEquals("", r.err());
        assertFalse(Files.isRegularFile(Path.of("/dev/null")));
        if (Files.exists(Path.of("/dev/full"))) {
            Cli.Result full = run(p(ok), "-o", "/dev/full");
            assertEquals(2, full.code(), full::toString);
            assertEquals("medlint: /dev/full: cannot write the report: No space left on device", full.oneErrorLine());
        }
    }

    @Test
    void aReportWrittenIntoACheckedFolderIsNeverCheckedItself() throws IOException {
        Path report = dir.resolve("reports/deep/medlint.txt");
        Cli.Result first = run(p(dir), "-o", p(report));
        assertEquals(1, first.code(), first::toString);
        assertTrue(Files.readString(report).endsWith("1 error in 1 of 1 article.\n"), "missing folders created");
        Cli.Result second = run(p(dir), "-o", p(report), "--report", "html=" + p(dir.resolve("r.html")));
        assertEquals(1, second.code(), second::toString);
        Cli.Result third = run(p(dir), "-o", p(report), "--report", "html=" + p(dir.resolve("r.html")));
        assertEquals(1, third.code(), third::toString);
        assertTrue(Files.readString(report).endsWith("1 error in 1 of 1 article.\n"), () -> report.toString());
    }

    @Test
    void aReportOfEveryFormatIsRecognisedAndReplacedByTheNextRun() throws IOException {
        for (String format : dev.medlint.core.report.Reporters.builtIn().names()) {
            // .txt is an article extension: only a file medlint recognises as its own report may be replaced.
            Path report = dir.resolve("out/" + format + ".txt");
            Files.createDirectories(report.getParent());
            Files.writeString(report, "");
            for (int run = 0; run < 2; run++) {
                Cli.Result r = run("-f", format, p(ok), "-o", p(report));
                assertEquals(1, r.code(), () -> format + ": " + r);
                assertEquals("", r.err(), () -> format + ": " + r);
            }
        }
    }

    // --- 2, 4, 6. Deep nesting, FIFOs and endless files: one forked JVM with a small heap

    @Test
    void nestingFifosAndUtf16AreProblemsOfTheirFilesInABoundedRun() throws Exception {
        Path quotes = write("quotes.md", ">".repeat(10_000) + " text\n");
        Path lists = write("lists.md", "- ".repeat(4_000) + "text\n");
        Path stars = write("stars.md", "*".repeat(50_000) + "a" + "*".repeat(50_000) + "\n");
        Path tags = write("tags.html", "<div>".repeat(50_000) + "text\n");
        Path fifo = dir.resolve("pipe.md");
        mkfifo(fifo);
        Path utf16 = dir.resolve("utf16.md");
        Files.write(utf16, "# Lifting\n\nWe guarantee it.\n".getBytes(StandardCharsets.UTF_16));
        Forked r = Forked.run(Cli.check(p(quotes), p(lists), p(stars), p(tags), p(fifo), p(utf16), p(ok)));
        assertEquals(2, r.code(), r::toString);
        assertOkChecked(r.result());
        List<String> errors = r.result().errLines();
        // (problems are listed by path)
        assertEquals(List.of(
                "medlint: " + p(fifo) + ": is a named pipe (FIFO), not a regular file; medlint reads only regular "
                        + "files",
                "medlint: " + p(stars) + ": Markdown nested too deeply to read (emphasis, links or brackets inside "
                        + "each other thousands of times); not an article",
                "medlint: " + p(utf16) + ": UTF-16 text (big-endian), not UTF-8; convert it, e.g. 'iconv -f UTF-16 -t "
                        + "UTF-8 FILE > FILE.new' or save it as UTF-8 in the editor"), errors, r::toString);
        // The deeply nested quotes, lists and tags are read: their text is checked like any other.
        assertTrue(r.result().out().contains("in 1 of 4 articles; 3 files could not be checked."), r::toString);
        r.result().assertNoStackTrace();
    }

    @Test
    void rulesFromDevZeroOrAFifoAreRefusedAtOnce() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path fifo = dir.resolve("rules.yaml");
        mkfifo(fifo);
        for (String rules : List.of("/dev/zero", p(fifo))) {
            Forked r = Forked.run("check", "--rules", rules, p(ok));
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.result().oneErrorLine().startsWith("medlint: " + rules + ": cannot read the rule file: is a "),
                    r::toString);
            assertTrue(r.result().err().contains("not a regular file; medlint reads only regular files"), r::toString);
        }
    }

    @Test
    void aConfigurationFromDevZeroOrAFifoIsRefusedAtOnce() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path fifo = dir.resolve("config.yaml");
        mkfifo(fifo);
        for (String config : List.of("/dev/zero", p(fifo))) {
            Forked r = Forked.run("check", "--config", config, p(ok));
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.result().oneErrorLine().startsWith("medlint: " + config + ": cannot read the configuration "
                    + "file: is a "), r::toString);
        }
    }

    @Test
    void aNamedPipeAsIgnoreFileOrCacheIsNeverOpened() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("site"));
        Files.copy(ok, folder.resolve("ok.md"));
        mkfifo(folder.resolve(".medlintignore"));
        Path cache = Files.createDirectories(dir.resolve("cache"));
        mkfifo(cache.resolve("cache.json"));
        Forked r = Forked.run(Cli.check("--cache", "--cache-location", p(cache), p(folder)));
        // Neither pipe is opened (that would block for ever): the ignore file counts only as a regular file, the
        // cache is one warning and the run goes on.
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.result().err().contains("cache.json cannot be read (is a named pipe (FIFO), not a regular "
                + "file"), r::toString);
        assertOkChecked(r.result());
    }

    @Test
    void anOversizedRuleFileIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.yaml");
        try (var out = Files.newOutputStream(big)) {
            byte[] line = ("# " + "x".repeat(1000) + "\n").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 5 * 1024; i++) {
                out.write(line);
            }
        }
        Cli.Result r = run("--rules", p(big), p(ok));
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.oneErrorLine().startsWith("medlint: " + p(big) + ": cannot read the rule file: the rule file is "
                + "too large ("), r::toString);
    }

    // --- 7. The smaller ones

    @Test
    void aLinkedFolderIsChecked() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("linked"), dir);
        Cli.Result r = run(p(link));
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("linked/ok.md:3:4: error [test-guarantee]"), r::toString);
    }

    @Test
    void specialFilesInFoldersAreNotedAndLinkLoopsWalkedOnce() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), dir);
        Files.createSymbolicLink(dir.resolve("dangling.md"), dir.resolve("nowhere.md"));
        Files.createSymbolicLink(dir.resolve("again.md"), ok);
        mkfifo(dir.resolve("pipe.md"));
        Cli.Result r = run(p(dir));
        assertEquals(1, r.code(), r::toString);
        assertEquals(List.of(
                "medlint: info: " + p(dir) + "/dangling.md: not checked: a dangling symbolic link, not a regular file",
                "medlint: info: " + p(dir) + "/pipe.md: not checked: a named pipe (FIFO), not a regular file",
                "medlint: info: " + p(dir) + "/sub/loop: not walked again: the link leads back into a folder above it"),
                r.errLines(), r::toString);
        // ok.md and the link to it are one file: checked once.
        assertTrue(r.out().endsWith("1 error in 1 of 1 article.\n"), r::toString);
    }

    @Test
    void theSameFileNamedTwiceIsCheckedOnce() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("alias.md"), ok);
        Cli.Result r = run(p(ok), p(dir) + "/./ok.md", p(link), p(dir));
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().endsWith("1 error in 1 of 1 article.\n"), r::toString);
    }

    @Test
    void aBadGlobInTheConfigurationNamesFileLineAndColumn() throws IOException {
        write(".medlint.yaml", "include:\n  - \"posts/[z-a].md\"\n");
        Cli.Result r = run(p(dir));
        assertEquals(2, r.code(), r::toString);
        assertEquals("medlint: " + p(dir) + "/.medlint.yaml:2:13: invalid file pattern 'posts/[z-a].md' in 'include': "
                + "Invalid range (at character 8)", r.oneErrorLine());
    }

    @Test
    void threadsAreCappedWithAMessage() {
        Cli.Result r = run("--threads", "100000", p(ok));
        assertEquals(1, r.code(), r::toString);
        assertEquals("medlint: --threads 100000 is more than 8 per processor; using " + CheckCommand.maxThreads(),
                r.oneErrorLine());
        assertOkChecked(r);
    }

    @Test
    void controlCharactersInNamesAndTextNeverReachTheTerminal() throws IOException {
        Path evil = write("e\u001b[31mvil\nname.md", "We guarantee \u001b[2J\u001b]0;owned\u0007 results.\n");
        Cli.Result r = run(p(evil), p(ok));
        assertEquals(1, r.code(), r::toString);
        assertFalse(r.out().contains("\u001b"), r::toString);
        assertFalse(r.out().contains("\u0007"), r::toString);
        assertTrue(r.out().contains("e\u241b[31mvil\u240aname.md:1:4: error [test-guarantee]"), r::toString);
        assertTrue(r.out().contains("  1 | We guarantee \u241b[2J\u241b]0;owned\u2407 results.\n"
                + "    |    ^^^^^^^^^\n"), r::toString);
        assertOkChecked(r);
    }

    @Test
    void controlCharactersInProblemLinesAreShown() throws IOException {
        Path evil = write("bad\u001b[2Jname.md", "");
        Cli.Result r = run(p(evil), p(ok));
        assertEquals(2, r.code(), r::toString);
        assertEquals("medlint: " + p(dir) + "/bad\u241b[2Jname.md: empty file: there is no text to check",
                r.oneErrorLine());
        assertOkChecked(r);
    }

    @Test
    void cannotReadGivesTheReason() throws IOException {
        Path locked = write("locked.md", OK);
        assumeTrue(locked.toFile().setReadable(false, false) && !Files.isReadable(locked),
                "running as root: permissions are not enforced");
        Cli.Result r = run(p(locked), p(ok));
        assertEquals(2, r.code(), r::toString);
        assertEquals("medlint: " + p(locked) + ": cannot read file: cannot read: permission denied",
                r.oneErrorLine());
        assertOkChecked(r);
    }

    @Test
    void koreanFileNamesSurviveALocaleThatCannotEncodeThem() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"));
        Path korean = write("글/리프팅-후기.md", OK);
        Forked r = Forked.run(java.util.Map.of("LANG", "C", "LC_ALL", "C"), Cli.check(p(korean), p(dir)));
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.result().out().contains(p(korean) + ":3:4: error [test-guarantee]"), r::toString);
        assertTrue(r.result().out().endsWith("2 errors in 2 of 2 articles.\n"), r::toString);
    }

    /** A run of {@link Main} in a JVM of its own, with a small heap and a time limit. */
    record Forked(int code, Cli.Result result, long millis) {
        static final Duration LIMIT = Duration.ofSeconds(60);

        static Forked run(String... args) throws Exception {
            return run(java.util.Map.of(), args);
        }

        static Forked run(java.util.Map<String, String> env, String... args) throws Exception {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx160m", "-Xss512k", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            command.addAll(List.of(args));
            Path out = Files.createTempFile("medlint-forked", ".out");
            Path err = Files.createTempFile("medlint-forked", ".err");
            try {
                long start = System.nanoTime();
                ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                pb.environment().putAll(env);
                Process p = pb.start();
                if (!p.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                    throw new AssertionError("medlint " + String.join(" ", args) + " ran over " + LIMIT);
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                return new Forked(p.exitValue(), new Cli.Result(p.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8)),
                        ms);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        }

        @Override
        public String toString() {
            return result + "--- " + millis + " ms";
        }
    }
}

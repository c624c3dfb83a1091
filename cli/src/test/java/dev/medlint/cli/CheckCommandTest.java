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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings, exit codes, --fail-on, --quiet, JSON, stdin and folders, with the small test rule pack. */
class CheckCommandTest {
    static final String CLEAN = "Results vary from person to person.\n\nSwelling may occur after the procedure.\n";
    static final String WITH_ERROR = "A calm introduction.\n\nWe guarantee a natural result.\n";
    static final String WITH_WARNING = "A miracle for your jawline.\n";
    static final String WITH_INFO = "Ask about discounts this month.\n";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void cleanArticleExitsZero() throws IOException {
        Path f = write("clean.md", CLEAN);
        Cli.Result r = Cli.run(check(f.toString()));
        assertEquals(0, r.code(), r::toString);
        assertEquals("No problems found in 1 article.\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void errorFindingExitsOneWithCompilerStyleLineAndExcerpt() throws IOException {
        Path f = write("post.md", WITH_ERROR);
        Cli.Result r = Cli.run(check(f.toString()));
        assertEquals(1, r.code(), r::toString);
        String path = f.toString().replace('\\', '/');
        assertTrue(r.out().startsWith(path + ":3:4: error [test-guarantee] Do not promise a guaranteed result.\n"),
                r::toString);
        assertTrue(r.out().contains("  3 | We guarantee a natural result.\n"), r::toString);
        assertTrue(r.out().contains("    |    ^^^^^^^^^\n"), r::toString);
        assertTrue(r.out().endsWith("1 error in 1 of 1 article.\n"), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void failOnLevels() throws IOException {
        Path warning = write("w.txt", WITH_WARNING);
        Path info = write("i.txt", WITH_INFO);
        Path error = write("e.txt", WITH_ERROR);
        // default: error
        assertEquals(0, Cli.run(check(warning.toString())).code());
        assertEquals(1, Cli.run(check(error.toString())).code());
        assertEquals(1, Cli.run(check("--fail-on", "error", error.toString())).code());
        // warning
        assertEquals(1, Cli.run(check("--fail-on", "warning", warning.toString())).code());
        assertEquals(0, Cli.run(check("--fail-on", "warning", info.toString())).code());
        assertEquals(1, Cli.run(check("--fail-on", "warning", error.toString())).code());
        // info
        assertEquals(1, Cli.run(check("--fail-on", "info", info.toString())).code());
        assertEquals(1, Cli.run(check("--fail-on", "info", warning.toString())).code());
        // never: findings are still reported
        Cli.Result never = Cli.run(check("--fail-on", "never", error.toString(), warning.toString()));
        assertEquals(0, never.code(), never::toString);
        assertTrue(never.out().contains("[test-guarantee]"), never::toString);
        assertTrue(never.out().contains("[test-miracle]"), never::toString);
    }

    @Test
    void quietListsOnlyFindingsAtTheFailLevelButCountsAll() throws IOException {
        Path f = write("all.md", "We guarantee a miracle.\n\nAsk about discounts today.\n");
        Cli.Result r = Cli.run(check("--quiet", f.toString()));
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("[test-guarantee]"), r::toString);
        assertFalse(r.out().contains("[test-miracle]"), r::toString);
        assertFalse(r.out().contains("[test-discount]"), r::toString);
        assertFalse(r.out().contains("discounts today"), "the hidden finding's excerpt is hidden too");
        assertTrue(r.out().endsWith("1 error, 1 warning, 1 info in 1 of 1 article.\n"), r::toString);

        Cli.Result warn = Cli.run(check("-q", "--fail-on", "warning", f.toString()));
        assertTrue(warn.out().contains("[test-miracle]"), warn::toString);
        assertFalse(warn.out().contains("[test-discount]"), warn::toString);

        Cli.Result never = Cli.run(check("-q", "--fail-on", "never", f.toString()));
        assertEquals(0, never.code());
        assertEquals("1 error, 1 warning, 1 info in 1 of 1 article.\n", never.out());
    }

    @Test
    void jsonReportIsValidJsonWithTheKeyFields() throws IOException {
        Path f = write("post.md", "We guarantee a \"natural\" result.\n\nA miracle.\n");
        write("clean.txt", CLEAN);
        Cli.Result r = Cli.run(check("--format", "json", dir.toString()));
        assertEquals(1, r.code(), r::toString);
        Map<String, Object> root = Json.object(Json.parse(r.out()));
        assertEquals(2L, root.get("files"));
        Map<String, Object> summary = Json.object(root.get("summary"));
        assertEquals(1L, summary.get("error"));
        assertEquals(1L, summary.get("warning"));
        assertEquals(0L, summary.get("info"));
        List<Object> findings = Json.array(root.get("findings"));
        assertEquals(2, findings.size());
        Map<String, Object> first = Json.object(findings.get(0));
        assertEquals(f.toString().replace('\\', '/'), first.get("path"));
        assertEquals("test-guarantee", first.get("ruleId"));
        assertEquals("error", first.get("severity"));
        assertEquals("guarantee", first.get("category"));
        assertEquals(1L, first.get("line"));
        assertEquals(4L, first.get("column"));
        assertEquals("guarantee", first.get("match"));
        assertEquals("Medical Service Act Art. 56(2)2", first.get("law"));
        assertEquals("warning", Json.object(findings.get(1)).get("severity"));
        assertEquals(List.of(), root.get("errors"));
        assertEquals("", r.err());
    }

    @Test
    void stdinWithStdinFilenameUsesItsNameAndFormat() {
        String md = "---\ntitle: We guarantee nothing here\n---\n\n# Lifting\n\nWe **guarantee** it.\n";
        Cli.Result r = Cli.runWithStdin(md, check("--stdin-filename", "x.md", "-"));
        assertEquals(1, r.code(), r::toString);
        // Front matter is not article text in Markdown, so only the body's "guarantee" is found.
        assertTrue(r.out().startsWith("x.md:7:6: error [test-guarantee]"), r::toString);
        assertTrue(r.out().endsWith("1 error in 1 of 1 article.\n"), r::toString);
    }

    @Test
    void stdinDefaultsToPlainTextNamedStdin() {
        Cli.Result r = Cli.runWithStdin("We guarantee it.\n", check("-"));
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().startsWith("<stdin>:1:4: error [test-guarantee]"), r::toString);
    }

    @Test
    void stdinAndFilesMergeIntoOneReport() throws IOException {
        Path f = write("a.txt", WITH_WARNING);
        Cli.Result r = Cli.runWithStdin(WITH_ERROR, check("--format", "json", "-", f.toString()));
        assertEquals(1, r.code(), r::toString);
        Map<String, Object> root = Json.object(Json.parse(r.out()));
        assertEquals(2L, root.get("files"));
        assertEquals(2, Json.array(root.get("findings")).size());
    }

    @Test
    void foldersAreWalkedRecursively() throws IOException {
        write("a/b/c/deep.html", "<html><body><p>We guarantee it.</p></body></html>\n");
        write("a/top.txt", CLEAN);
        write("a/notes.docx", "not an article, skipped while walking");
        Cli.Result r = Cli.run(check("--threads", "1", dir.resolve("a").toString()));
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("deep.html:1:19: error [test-guarantee]"), r::toString);
        assertTrue(r.out().endsWith("in 1 of 2 articles.\n"), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void builtinPackLoadsAndChecks() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                dev.medlint.core.pack.BuiltinPacks.names().contains(dev.medlint.core.pack.BuiltinPacks.DEFAULT),
                "the built-in pack is not bundled in this build yet");
        Path clean = write("clean.txt", "Book a consultation to talk about your options with a doctor.\n");
        Path bad = write("bad.txt", "We guarantee perfect results with no side effects.\n");
        Cli.Result r1 = Cli.run("check", clean.toString());
        Cli.Result r2 = Cli.run("check", bad.toString());
        assertTrue(r1.code() == 0 || r1.code() == 1, r1::toString);
        assertTrue(r2.code() == 0 || r2.code() == 1, r2::toString);
        assertEquals("", r1.err());
        assertEquals("", r2.err());
    }

    @Test
    void extraRulesAddToTheBuiltinPack() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                dev.medlint.core.pack.BuiltinPacks.names().contains(dev.medlint.core.pack.BuiltinPacks.DEFAULT),
                "the built-in pack is not bundled in this build yet");
        // A term no built-in rule knows: the findings of one category on one span are merged, so the test pack's
        // own words ("miracle") could be reported under a built-in rule instead.
        String pack = Files.readString(Cli.testRules()).replace("      - miracle\n", "      - zanzibar\n");
        Path rules = write("extra.yaml", pack);
        Path f = write("m.txt", "Our Zanzibar lift.\n");
        Cli.Result r = Cli.run("check", "--rules", rules.toString(), "--fail-on", "never", f.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("m.txt:1:5: warning [test-miracle]"), r::toString);
    }
}

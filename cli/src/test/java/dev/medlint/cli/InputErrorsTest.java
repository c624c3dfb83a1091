package dev.medlint.cli;

import static dev.medlint.cli.Cli.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that cannot be checked: one line each on stderr, the rest still checked, exit 2. */
class InputErrorsTest {
    @TempDir
    Path dir;

    private String display(Path p) {
        return p.toString().replace('\\', '/');
    }

    @Test
    void unknownExtensionNamedExplicitly() throws IOException {
        Path f = Files.writeString(dir.resolve("notes.docx"), "We guarantee it.");
        Cli.Result r = Cli.run(check(f.toString()));
        assertEquals(2, r.code(), r::toString);
        String line = r.oneErrorLine();
        assertTrue(line.startsWith("medlint: " + display(f) + ": unknown file type"), line);
        assertEquals("", r.out(), "nothing was checked, so no misleading 'No problems found'");
    }

    @Test
    void fileAboveMaxFileSizeIsOneLineAndTheOthersAreChecked() throws IOException {
        Path big = Files.writeString(dir.resolve("big.md"), "Results vary from person to person. ".repeat(100));
        Path small = Files.writeString(dir.resolve("small.md"), "We guarantee the result.\n");
        Cli.Result r = Cli.run(new String[] {"check", "--max-file-size", "2k", big.toString(), small.toString()});
        assertEquals(2, r.code(), r::toString);
        assertEquals("medlint: " + display(big) + ": file is too large (3600 bytes; the limit is 2048 bytes = 2 KB, "
                + "set by max-file-size)", r.oneErrorLine());
        assertTrue(r.out().contains("small.md:1:4: error [guarantee]"), r::toString);
        Cli.Result raised = Cli.run(new String[] {"check", "--max-file-size", "1m", big.toString()});
        assertEquals(0, raised.code(), raised::toString);
    }

    @Test
    void maxFileSizeThatIsNotASizeIsAUsageError() throws IOException {
        Path f = Files.writeString(dir.resolve("a.md"), "Results vary.\n");
        Cli.Result r = Cli.run(new String[] {"check", "--max-file-size", "lots", f.toString()});
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--max-file-size: 'lots' is not a size"), r::toString);
    }

    @Test
    void missingPath() {
        Path f = dir.resolve("nope.md");
        Cli.Result r = Cli.run(check(f.toString()));
        assertEquals(2, r.code(), r::toString);
        assertEquals("medlint: " + display(f) + ": no such file or directory", r.oneErrorLine());
    }

    @Test
    void emptyFile() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.md"), "");
        Cli.Result r = Cli.run(check(f.toString()));
        assertEquals(2, r.code(), r::toString);
        String line = r.oneErrorLine();
        assertTrue(line.startsWith("medlint: " + display(f) + ": empty file"), line);
    }

    @Test
    void blankFileCountsAsEmpty() throws IOException {
        Path f = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        Cli.Result r = Cli.run(check(f.toString()));
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.oneErrorLine().contains("empty file"), r::toString);
    }

    @Test
    void binaryFile() throws IOException {
        Path f = Files.write(dir.resolve("image.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2, 3});
        Cli.Result r = Cli.run(check(f.toString()));
        assertEquals(2, r.code(), r::toString);
        String line = r.oneErrorLine();
        assertTrue(line.startsWith("medlint: " + display(f) + ":1:7: binary file"), line);
    }

    @Test
    void invalidUtf8NamesLineAndColumn() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("First line is fine.\nabcd".getBytes(StandardCharsets.UTF_8));
        b.write(0xFF);
        b.writeBytes(" rest\n".getBytes(StandardCharsets.UTF_8));
        Path f = Files.write(dir.resolve("latin1.md"), b.toByteArray());
        Cli.Result r = Cli.run(check(f.toString()));
        assertEquals(2, r.code(), r::toString);
        String line = r.oneErrorLine();
        assertTrue(line.startsWith("medlint: " + display(f) + ":2:5: invalid UTF-8"), line);
    }

    @Test
    void folderWithNoArticles() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("assets"));
        Files.writeString(sub.resolve("logo.svg"), "<svg/>");
        Cli.Result r = Cli.run(check(sub.toString()));
        assertEquals(2, r.code(), r::toString);
        String line = r.oneErrorLine();
        assertTrue(line.startsWith("medlint: " + display(sub) + ": no articles found"), line);
    }

    @Test
    void emptyFolder() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("empty"));
        Cli.Result r = Cli.run(check(sub.toString()));
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.oneErrorLine().contains("no articles found"), r::toString);
    }

    @Test
    void oneBadFileAmongGoodOnesIsReportedAndTheOthersAreStillChecked() throws IOException {
        Files.writeString(dir.resolve("a-good.md"), "We guarantee a natural result.\n");
        Files.writeString(dir.resolve("c-clean.txt"), "Results vary from person to person.\n");
        Path bad = Files.write(dir.resolve("b-bad.txt"), new byte[] {'o', 'k', 0});
        Cli.Result r = Cli.run(check(dir.toString()));
        assertEquals(2, r.code(), "an input error wins over findings: " + r);
        String line = r.oneErrorLine();
        assertTrue(line.startsWith("medlint: " + display(bad) + ":1:3: binary file"), line);
        assertTrue(r.out().contains("a-good.md:1:4: error [test-guarantee]"), r::toString);
        assertTrue(r.out().endsWith("1 error in 1 of 2 articles; 1 file could not be checked.\n"), r::toString);
    }

    @Test
    void aCleanRunWithAnUnreadableFileNeverSaysNoProblemsFound() throws IOException {
        Files.writeString(dir.resolve("a-clean.md"), "Results vary from person to person.\n");
        Files.writeString(dir.resolve("c-clean.txt"), "Results vary from person to person.\n");
        Files.write(dir.resolve("b-bad.txt"), new byte[] {'o', 'k', 0});
        Cli.Result r = Cli.run(check(dir.toString()));
        assertEquals(2, r.code(), r::toString);
        assertEquals("No findings in 2 articles; 1 file could not be checked.\n", r.out());
    }

    @Test
    void inputErrorsAreInTheJsonReportToo() throws IOException {
        Files.writeString(dir.resolve("good.md"), "We guarantee a natural result.\n");
        Path missing = dir.resolve("missing.md");
        Cli.Result r = Cli.run(check("--format", "json", dir.resolve("good.md").toString(), missing.toString()));
        assertEquals(2, r.code(), r::toString);
        r.oneErrorLine();
        Map<String, Object> root = Json.object(Json.parse(r.out()));
        assertEquals(1L, root.get("files"));
        Map<String, Object> error = Json.object(Json.array(root.get("errors")).get(0));
        assertEquals(display(missing), error.get("path"));
        assertEquals("no such file or directory", error.get("message"));
    }

    @Test
    void stdinWithUnknownExtension() {
        Cli.Result r = Cli.runWithStdin("We guarantee it.", check("--stdin-filename", "post.docx", "-"));
        assertEquals(2, r.code(), r::toString);
        String line = r.oneErrorLine();
        assertTrue(line.startsWith("medlint: post.docx: unknown file type"), line);
    }

    @Test
    void emptyStdin() {
        Cli.Result r = Cli.runWithStdin("", check("-"));
        assertEquals(2, r.code(), r::toString);
        assertEquals("medlint: <stdin>: empty file: there is no text to check", r.oneErrorLine());
    }

    @Test
    void invalidUtf8OnStdin() {
        byte[] bytes = {'h', 'i', '\n', 'x', (byte) 0xC3, '(', '\n'};
        Cli.Result r = Cli.runWithStdin(bytes, check("--stdin-filename", "in.txt", "-"));
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.oneErrorLine().startsWith("medlint: in.txt:2:2: invalid UTF-8"), r::toString);
    }

    @Test
    void unreadableStdin() {
        java.io.InputStream broken = new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("stream closed");
            }
        };
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Main.run(check("-"), broken, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        Cli.Result r = new Cli.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, r.code(), r::toString);
        assertEquals("medlint: <stdin>: cannot read input: stream closed", r.oneErrorLine());
    }
}

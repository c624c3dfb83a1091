package dev.medlint.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
    private final SourceReader reader = new SourceReader(1000);

    @Test
    void invalidUtf8NamesLineAndColumn() {
        byte[] bytes = "line one\nab\u00e9c".getBytes(StandardCharsets.ISO_8859_1);
        InputException e = assertThrows(InputException.class, () -> reader.decode(bytes, "x.txt", Format.TEXT));
        assertEquals(2, e.line());
        assertEquals(3, e.column());
        assertEquals("x.txt:2:3: invalid UTF-8 (byte 0xE9); save the file as UTF-8", e.getMessage());
    }

    @Test
    void binaryFileIsRefused() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 1};
        InputException e = assertThrows(InputException.class, () -> reader.decode(bytes, "x.md", Format.MARKDOWN));
        assertTrue(e.getMessage().contains("binary file"), e.getMessage());
    }

    @Test
    void emptyAndBlankFilesAreRefused() {
        assertThrows(InputException.class, () -> reader.decode(new byte[0], "e.txt", Format.TEXT));
        InputException e = assertThrows(InputException.class,
                () -> reader.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8), "e.txt", Format.TEXT));
        assertEquals("e.txt: empty file: there is no text to check", e.getMessage());
    }

    @Test
    void hugeFileIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[2000]);
        InputException e = assertThrows(InputException.class, () -> reader.read(big, "big.txt", Format.TEXT));
        assertTrue(e.getMessage().startsWith("big.txt: file is too large (2000 bytes"), e.getMessage());
    }

    @Test
    void walkerSkipsToolFoldersAndUnknownFilesButRefusesThemWhenNamed(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("posts/target"));
        Files.createDirectories(dir.resolve("posts/.git"));
        Files.createDirectories(dir.resolve("posts/node_modules/x"));
        Files.writeString(dir.resolve("posts/a.md"), "a");
        Files.writeString(dir.resolve("posts/b.HTML"), "b");
        Files.writeString(dir.resolve("posts/c.txt"), "c");
        Files.writeString(dir.resolve("posts/d.docx"), "d");
        Files.writeString(dir.resolve("posts/target/e.md"), "e");
        Files.writeString(dir.resolve("posts/.git/f.md"), "f");
        Files.writeString(dir.resolve("posts/node_modules/x/g.md"), "g");
        Files.createDirectories(dir.resolve("empty"));
        FileSelection.Result r = FileSelection.articles().unknownTypeHint("use --stdin-filename with '-' to pick a "
                + "format").select(List.of(dir.resolve("posts"), dir.resolve("posts/d.docx"),
                dir.resolve("missing.md"), dir.resolve("empty")), p -> true, FileSelection::asGiven);
        assertEquals(List.of("a.md", "b.HTML", "c.txt"),
                r.files().stream().map(f -> f.file().getFileName().toString()).toList());
        assertEquals(3, r.problems().size());
        assertTrue(r.problems().get(0).message().endsWith("d.docx: unknown file type; medlint reads .md, "
                + ".markdown, .html, .htm, .txt, .text (use --stdin-filename with '-' to pick a format)"));
        assertTrue(r.problems().get(1).message().endsWith("missing.md: no such file or directory"));
        assertTrue(r.problems().get(2).message().contains("empty: no articles found"));
    }
}

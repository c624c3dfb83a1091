package dev.medlint.cli;

import static dev.medlint.cli.Cli.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --color/--no-color with NO_COLOR and TERM=dumb, and the progress line on standard error. */
class TerminalOutputTest {
    private static final String RED = "\u001B[31m";
    private static final byte[] NONE = new byte[0];
    private static final Terminal TTY = new Terminal(true, true, Map.of());

    @TempDir
    Path dir;

    private String article() throws IOException {
        Path p = dir.resolve("post.md");
        Files.writeString(p, "We guarantee a natural result.\n", StandardCharsets.UTF_8);
        return p.toString();
    }

    private static boolean coloured(Cli.Result r) {
        return r.out().contains(RED + "error\u001B[0m");
    }

    @Test
    void colourOnATerminalUnlessNoColorOrADumbTerminal() throws IOException {
        String a = article();
        assertTrue(coloured(Cli.run(TTY, NONE, check(a))));
        assertFalse(coloured(Cli.run(Terminal.NONE, NONE, check(a))), "piped: no colour");
        assertFalse(coloured(Cli.run(new Terminal(true, true, Map.of("NO_COLOR", "1")), NONE, check(a))));
        assertTrue(coloured(Cli.run(new Terminal(true, true, Map.of("NO_COLOR", "")), NONE, check(a))),
                "an empty NO_COLOR is not set (no-color.org)");
        assertFalse(coloured(Cli.run(new Terminal(true, true, Map.of("TERM", "dumb")), NONE, check(a))));
    }

    @Test
    void colorAndNoColorWinOverTheTerminalAndTheEnvironment() throws IOException {
        String a = article();
        Cli.Result forced = Cli.run(new Terminal(false, false, Map.of("NO_COLOR", "1")), NONE,
                check("--color", a));
        assertTrue(coloured(forced), forced::toString);
        assertEquals(1, forced.code());
        assertFalse(coloured(Cli.run(TTY, NONE, check("--no-color", a))));
        assertTrue(coloured(Cli.run(Terminal.NONE, NONE, check("--colour", a))), "the British spelling too");
        // a report file is never coloured, whatever the option
        Path out = dir.resolve("report.txt");
        Cli.run(TTY, NONE, check("--color", "-o", out.toString(), a));
        String written = Files.readString(out);
        assertTrue(written.contains("error [test-guarantee]"), written);
        assertFalse(written.contains("\u001B"), written);
    }

    @Test
    void noProgressLineWhenStderrIsNoTerminalOrInCiOrOnADumbTerminal() throws IOException {
        String a = article();
        for (Terminal t : new Terminal[] {Terminal.NONE, new Terminal(true, true, Map.of("CI", "true")),
                new Terminal(true, true, Map.of("TERM", "dumb")), new Terminal(true, true,
                        Map.of("MEDLINT_PROGRESS", "never"))}) {
            Cli.Result r = Cli.run(t, NONE, check(a));
            assertEquals("", r.err(), t::toString);
        }
        assertEquals("", Cli.run(TTY, NONE, check("--progress", "never", a)).err());
    }

    @Test
    void aQuickRunOnATerminalShowsNoProgressLine() throws IOException {
        // the line waits a second; a one-article run with the tiny test pack is done long before
        Cli.Result r = Cli.run(new Terminal(false, true, Map.of()), NONE, check(article()));
        assertEquals("", r.err(), r::toString);
    }

    @Test
    void progressAlwaysDrawsTheLineInPlaceAndErasesItBeforeTheReport() throws IOException {
        String a = article();
        Files.writeString(dir.resolve("second.md"), "Results vary from person to person.\n");
        for (Cli.Result r : new Cli.Result[] {Cli.run(Terminal.NONE, NONE, check("--progress", "always",
                dir.toString())), Cli.run(new Terminal(false, false, Map.of("MEDLINT_PROGRESS", "always")), NONE,
                check(dir.toString()))}) {
            assertTrue(r.err().startsWith("\rmedlint: "), r::toString);
            assertTrue(r.err().contains("\rmedlint: checked 2 of 2 articles (100%)\u001B[K"), r::toString);
            assertTrue(r.err().endsWith("\r\u001B[K"), "erased at the end: " + r);
            assertFalse(r.err().contains("\n"), "one line, redrawn: " + r);
            assertTrue(r.out().endsWith("1 error in 1 of 2 articles.\n"), r::toString);
        }
        Cli.Result bad = Cli.run(check("--progress", "sometimes", a));
        assertTrue(bad.oneErrorLine().contains("auto or always or never"), bad::toString);
        assertEquals(2, bad.code());
    }

    @Test
    void theLineCountsArticles() {
        try (ProgressLine line = ProgressLine.start(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                60_000)) {
            assertEquals("medlint: looking for articles...", line.text());
            line.total(40);
            line.checked(3, 40);
            line.checked(2, 40);
            assertEquals("medlint: checked 3 of 40 articles (7%)", line.text(), "a late worker never counts back");
        }
    }
}

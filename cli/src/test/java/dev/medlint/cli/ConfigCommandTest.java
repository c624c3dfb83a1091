package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** medlint config PATH: the configuration for a file and where each value came from. */
class ConfigCommandTest {
    @TempDir
    Path dir;

    private String display(Path p) {
        return p.toString().replace('\\', '/');
    }

    @Test
    void showsTheFileEachValueAndItsOrigin() throws IOException {
        Path config = Files.writeString(dir.resolve(".medlint.yaml"), """
                rules:
                  unhedged-claim: off
                  guarantee: {severity: warning}
                exclude: ["drafts/**"]
                fail-on: warning
                """, StandardCharsets.UTF_8);
        Path post = dir.resolve("posts/new-post.md"); // need not exist
        Cli.Result r = Cli.run("config", post.toString());
        assertEquals(0, r.code(), r::toString);
        String c = display(config);
        String out = r.out();
        assertTrue(out.startsWith("Configuration for " + display(post) + "\n  file: " + c + "\n"), out);
        assertTrue(out.matches("(?s).*  packs:\\s+kr-medical-ad, kr-medical-ad-ko\\s+\\(default\\)\n.*"), out);
        assertTrue(out.matches("(?s).*  exclude:\\s+drafts/\\*\\*\\s+\\(" + java.util.regex.Pattern.quote(c)
                + ":4:10\\)\n.*"), out);
        assertTrue(out.matches("(?s).*  fail-on:\\s+warning\\s+\\(" + java.util.regex.Pattern.quote(c)
                + ":5:10\\)\n.*"), out);
        assertTrue(out.contains("walked:     yes"), out);
        assertTrue(out.matches("(?s).*\n  guarantee\\s+warning\\s+" + java.util.regex.Pattern.quote(c)
                + ":3:3 \\(severity warning\\)\n.*"), out);
        assertTrue(out.matches("(?s).*\n  unhedged-claim\\s+off\\s+.*"), out);
        assertTrue(out.matches("(?s).*\n  superlative\\s+error\\s+pack kr-medical-ad\n.*"), out);

        Cli.Result draft = Cli.run("config", dir.resolve("drafts/a.md").toString());
        assertTrue(draft.out().contains("walked:     no"), draft::toString);
    }

    @Test
    void withoutAConfigurationFileTheDefaultsApply() {
        Cli.Result r = Cli.run("config", "--no-config", dir.resolve("a.md").toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("file: none (--no-config); the defaults apply"), r::toString);
        assertTrue(r.out().matches("(?s).*  fail-on:\\s+error\\s+\\(default\\).*"), r::toString);
    }

    @Test
    void aBrokenConfigurationIsOneLineWithLineAndColumn() throws IOException {
        Path config = Files.writeString(dir.resolve(".medlint.yaml"), "fail-on: warning\nrulez: {}\n");
        Cli.Result r = Cli.run("config", dir.resolve("a.md").toString());
        assertEquals(2, r.code(), r::toString);
        assertEquals("medlint: " + display(config) + ":2:1: unknown key 'rulez' in the configuration (did you mean "
                + "'rules'?); allowed keys: exclude, fail-on, include, packs, rule-files, rules", r.oneErrorLine());
    }
}

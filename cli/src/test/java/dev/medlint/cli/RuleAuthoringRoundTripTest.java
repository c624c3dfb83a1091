package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What docs/rule-authoring.md walks a compliance officer through, end to end: init, a term added through the
 * configuration, an own phrase rule with examples, a built-in rule turned down to a warning, a finding suppressed with
 * a reason, and the mistakes along the way.
 */
class RuleAuthoringRoundTripTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private String display(Path p) {
        return p.toString().replace('\\', '/');
    }

    @Test
    void aTermAddedThroughTheConfigurationIsFlaggedTestedAndSuppressible() throws IOException {
        assertEquals(0, Cli.run("init", dir.toString()).code());
        Path config = dir.resolve(".medlint.yaml");
        // Step 1: add a term to a built-in rule, in the configuration.
        Files.writeString(config, Files.readString(config).replace("  # superlative: {add-terms: [\"gangnam's finest\"]}",
                "  superlative: {add-terms: [\"the talk of gangnam\"]}"));
        Path post = write("posts/mini-lift.md", """
                # Mini lift

                Swelling, bruising and infection may occur depending on the individual.

                <!-- medlint-disable-next-line superlative -- the text of the lobby sign, described in a photo caption -->
                Our lobby sign reads The Talk of Gangnam.

                Patients call us the talk of Gangnam.

                This article complies with Article 56 of the Medical Service Act.
                """);
        // Step 2: check flags the new term, except where a suppression with a reason silences it.
        Cli.Result check = Cli.run("check", dir.toString());
        assertEquals(1, check.code(), check::toString);
        String p = display(post);
        assertTrue(check.out().startsWith(p + ":8:18: error [superlative] 'the talk of Gangnam' is a "
                + "superlative"), check::toString);
        assertFalse(check.out().contains(p + ":6:"), "the suppressed occurrence is silent: " + check);
        assertTrue(check.out().endsWith("1 error in 1 of 1 article.\n"), check::toString);

        // Step 3: rules test still passes with the configuration's change.
        Cli.Result test = Cli.run("rules", "test", "--config", config.toString());
        assertEquals(0, test.code(), test::toString);

        // Step 4: the officer turns superlative down to a warning; the run passes (fail-on: error).
        Files.writeString(config, Files.readString(config).replace("superlative: {add-terms:",
                "superlative: {severity: warning, add-terms:"));
        Cli.Result down = Cli.run("check", dir.toString());
        assertEquals(0, down.code(), down::toString);
        assertTrue(down.out().contains(":8:18: warning [superlative]"), down::toString);

        // Step 5: once the text the suppression excused is gone, the suppression itself is reported.
        Files.writeString(post, Files.readString(post).replace("Our lobby sign reads The Talk of Gangnam.",
                "Our lobby has a new sign."));
        Cli.Result rot = Cli.run("check", post.toString());
        assertTrue(rot.out().contains(p + ":5:1: info [unused-suppression] this medlint-disable-next-line "
                + "'superlative' silences nothing on line 6"), rot::toString);
    }

    @Test
    void anOwnPhraseRuleWithExamplesAndItsMistakes() throws IOException {
        assertEquals(0, Cli.run("init", dir.toString()).code());
        Path rules = dir.resolve("medlint/clinic-rules.yaml");
        Path config = dir.resolve(".medlint.yaml");
        String own = """

                  - id: clinic-celebrity-endorsement
                    title: Celebrity endorsement
                    category: endorsement
                    severity: error
                    law: Medical Service Act Art. 56(2)14
                    type: phrase
                    match:
                      - celebrity favourite
                      - loved by celebrities
                    unless: [negated]
                    message: "'{match}' uses celebrities to recommend a procedure."
                    suggestion: Describe the procedure, not who had it.
                    examples:
                      flag:
                        - {text: "The celebrity favourite V-line lift.", match: "celebrity favourite"}
                        - "A lift loved by celebrities."
                        - "Our filler is loved by celebrities."
                      pass:
                        - "We do not use celebrities in our articles."
                        - "Celebrities are people too."
                        - "The lift is not loved by celebrities only."
                """;
        String text = Files.readString(rules);
        int at = text.indexOf("\n# To add words");
        Files.writeString(rules, text.substring(0, at) + own + text.substring(at));
        Cli.Result test = Cli.run("rules", "test", "--config", config.toString(), rules.toString());
        assertEquals(0, test.code(), test::toString);
        assertTrue(test.out().contains("ok    clinic-celebrity-endorsement (6 examples)"), test::toString);
        Path post = write("post.md", "This lift is loved by celebrities.\n");
        assertTrue(Cli.run("check", post.toString()).out().contains("error [clinic-celebrity-endorsement]"));

        // A misspelt key: file:line:col and the nearest valid key.
        Files.writeString(rules, Files.readString(rules).replace("    suggestion: Describe the procedure",
                "    sugestion: Describe the procedure"));
        Cli.Result typo = Cli.run("rules", "test", "--config", config.toString());
        assertEquals(2, typo.code(), typo::toString);
        assertTrue(typo.oneErrorLine().matches("medlint: " + java.util.regex.Pattern.quote(display(rules))
                + ":\\d+:5: unknown key 'sugestion' in a phrase rule \\(did you mean 'suggestion'\\?\\).*"), typo::toString);
        Files.writeString(rules, Files.readString(rules).replace("sugestion:", "suggestion:"));

        // A flag example that does not fire: which example, and why.
        Files.writeString(rules, Files.readString(rules).replace("\"A lift loved by celebrities.\"",
                "\"A lift celebrities love.\""));
        Cli.Result fail = Cli.run("rules", "test", "--config", config.toString());
        assertEquals(1, fail.code(), fail::toString);
        assertTrue(fail.out().contains("FAIL  clinic-celebrity-endorsement (1 of 6 examples failed)"), fail::toString);
        assertTrue(fail.out().contains("a 'flag' example did not fire\n      example:  A lift celebrities love.\n"),
                fail::toString);
        assertTrue(fail.out().contains("why:      - none of the rule's 2 terms occurs in the text"), fail::toString);
    }

    @Test
    void checkUsesTheConfigurationsFailOnUnlessTheCommandLineSaysOtherwise() throws IOException {
        Path config = write(".medlint.yaml", "fail-on: warning\n");
        Path post = write("post.txt", "Our clinic is open on weekdays.\n");
        Cli.Result r = Cli.run("check", post.toString());
        assertTrue(r.out().startsWith(display(post) + ":1:1: warning [compliance-statement]"), r::toString);
        assertEquals(1, r.code(), "fail-on: warning from the configuration: " + r);
        assertEquals(0, Cli.run("check", "--fail-on", "error", post.toString()).code());
        assertEquals(1, Cli.run("check", "--config", config.toString(), post.toString()).code());
        Cli.Result none = Cli.run("check", "--no-config", post.toString());
        assertEquals(0, none.code(), "without the configuration fail-on is error: " + none);
        Cli.Result both = Cli.run("check", "--config", config.toString(), "--no-config", post.toString());
        assertEquals(2, both.code());
        assertTrue(both.oneErrorLine().contains("--config and --no-config cannot be used together"), both::toString);
    }

    @Test
    void configurationMistakesStopTheCheckWithOneLine() throws IOException {
        Path config = write(".medlint.yaml", "rules:\n  guarante: warning\n");
        Path post = write("post.md", "We guarantee it.\n");
        Cli.Result r = Cli.run("check", post.toString());
        assertEquals(2, r.code(), r::toString);
        assertEquals("medlint: " + display(config) + ":2:3: unknown rule id 'guarante' in 'rules' (did you mean "
                + "'guarantee'?); run 'medlint rules list' to see the rule ids", r.oneErrorLine());
        assertEquals("", r.out());
        Cli.Result missing = Cli.run("check", "--config", dir.resolve("nope.yaml").toString(), post.toString());
        assertEquals("medlint: " + display(dir.resolve("nope.yaml")) + ": no such configuration file",
                missing.oneErrorLine());
    }

    @Test
    void suppressionsInPlainTextAndHtml() throws IOException {
        write(".medlint.yaml", "rules:\n  compliance-statement: off\n  side-effect-notice: off\n");
        Path txt = write("post.txt", "# medlint-disable-next-line guarantee -- quoting the flyer we withdrew\n"
                + "Last year's flyer said we guarantee the result.\nWe guarantee the result.\n");
        Cli.Result t = Cli.run("check", txt.toString());
        assertTrue(t.out().startsWith(display(txt) + ":3:4: error [guarantee]"), t::toString);
        assertFalse(t.out().contains(":2:"), t::toString);
        Path html = write("post.html", "<p>We guarantee it.</p>\n<!-- medlint-disable guarantee -- quoted -->\n"
                + "<p>We guarantee it.</p>\n<!-- medlint-enable guarantee -->\n<p>We guarantee it.</p>\n");
        Cli.Result h = Cli.run("check", html.toString());
        assertTrue(h.out().contains(":1:7: error [guarantee]"), h::toString);
        assertFalse(h.out().contains(":3:7:"), h::toString);
        assertTrue(h.out().contains(":5:7: error [guarantee]"), h::toString);
    }
}

package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** medlint init: a commented starter configuration and a rule file that passes 'rules test'. */
class InitCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesAStarterConfigurationAndRuleFileThatPassRulesTest() throws IOException {
        Cli.Result r = Cli.run("init", dir.toString());
        assertEquals(0, r.code(), r::toString);
        Path config = dir.resolve(".medlint.yaml");
        Path rules = dir.resolve("medlint/clinic-rules.yaml");
        assertTrue(r.out().startsWith("Wrote " + config.toString().replace('\\', '/') + " (the configuration) and "),
                r::toString);
        String yaml = Files.readString(config, StandardCharsets.UTF_8);
        for (String key : new String[] {"packs:", "rule-files:", "rules:", "# include:", "# exclude:", "fail-on:",
            "# unhedged-claim: off", "# superlative: {add-terms:"}) {
            assertTrue(yaml.contains(key), key);
        }
        assertTrue(Files.readString(rules, StandardCharsets.UTF_8).contains("id: clinic-lunchtime-procedure"));

        Cli.Result test = Cli.run("rules", "test", "--config", config.toString());
        assertEquals(0, test.code(), test::toString);
        assertTrue(test.out().contains("ok    clinic-lunchtime-procedure (6 examples)"), test::toString);
        assertTrue(test.out().contains("Tested 30 rules"), test::toString);

        Cli.Result fileOnly = Cli.run("rules", "test", "--config", config.toString(), rules.toString());
        assertEquals(0, fileOnly.code(), fileOnly::toString);
        assertTrue(fileOnly.out().contains("Tested 1 rule with 6 examples: 6 passed, 0 failed."), fileOnly::toString);
    }

    @Test
    void theStarterRuleFlagsArticlesAndTheCommentedLinesWorkWhenUncommented() throws IOException {
        Cli.Result init = Cli.run("init", dir.toString());
        assertEquals(0, init.code(), init::toString);
        Path post = Files.writeString(dir.resolve("post.md"), "Our lunchtime lift takes 30 minutes.\n");
        Cli.Result check = Cli.run("check", post.toString());
        assertTrue(check.out().contains("[clinic-lunchtime-procedure]"), check::toString);

        // Every commented example in the starter files is valid once uncommented.
        Path config = dir.resolve(".medlint.yaml");
        Files.writeString(config, Files.readString(config).replace("  # ", "  ").replace("# include:", "include:")
                .replace("# exclude:", "exclude:"));
        Path rules = dir.resolve("medlint/clinic-rules.yaml");
        String r = Files.readString(rules);
        Files.writeString(rules, r.substring(0, r.indexOf("# extend:")) + r.substring(r.indexOf("# extend:"))
                .replaceAll("(?m)^# ?", ""));
        Cli.Result test = Cli.run("rules", "test", "--config", config.toString());
        assertEquals(0, test.code(), test::toString);
        assertTrue(test.out().contains("(1 rule turned off in the configuration was not tested)"), test::toString);
        assertTrue(test.out().contains("ok    superlative (13 examples)"), "the extension's example is tested: " + test);
        Cli.Result check2 = Cli.run("check", post.toString());
        assertTrue(check2.out().contains("error [compliance-statement]"), "compliance-statement: error applies: "
                + check2);
        assertTrue(check2.out().contains("warning [clinic-lunchtime-procedure]"), check2::toString);
    }

    @Test
    void doesNotReplaceExistingFiles() throws IOException {
        Files.writeString(dir.resolve(".medlint.yaml"), "fail-on: warning\n");
        Cli.Result r = Cli.run("init", dir.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.oneErrorLine().contains(".medlint.yaml: already exists; medlint init does not replace files "
                + "(use --force"), r::toString);
        assertEquals("fail-on: warning\n", Files.readString(dir.resolve(".medlint.yaml")));
        assertEquals(0, Cli.run("init", "--force", dir.toString()).code());
        assertTrue(Files.readString(dir.resolve(".medlint.yaml")).contains("packs:"));
    }

    @Test
    void aMissingFolderIsAnError() {
        Cli.Result r = Cli.run("init", dir.resolve("nope").toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.oneErrorLine().contains("no such folder"), r::toString);
    }
}

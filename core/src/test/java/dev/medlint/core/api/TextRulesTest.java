package dev.medlint.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Report;
import dev.medlint.core.testing.TestLanguages;
import dev.medlint.core.testing.TestPacks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule files and a configuration given as text (a Spark driver reads them once and ships the text): they check
 * exactly as the same files on disk, and their mistakes name the names they were given under.
 */
class TextRulesTest {
    private static final String POST = "We comply. We guarantee a result. A miracle.\n";

    @TempDir
    Path dir;

    private static EngineOptions options() {
        return new EngineOptions().models(TestLanguages.MODELS).settingNames("--rules", "--no-builtin").threads(1);
    }

    private static List<String> findings(Report r) {
        return r.findings().stream().map(f -> f.ruleId() + ":" + f.severity().label() + ":" + f.line() + ":"
                + f.column() + ":" + f.message()).toList();
    }

    @Test
    void aRuleTextChecksLikeTheSameRuleFile() throws Exception {
        Path file = Files.writeString(dir.resolve("rules.yaml"), TestPacks.THREE_RULES, StandardCharsets.UTF_8);
        Engine fromFile = Engine.create(options().noConfig().noBuiltin().ruleFile(file, "rules.yaml"));
        Engine fromText = Engine.create(options().noConfig().noBuiltin().ruleText("rules.yaml",
                TestPacks.THREE_RULES));
        Report a = fromFile.checkText("post.md", POST, dir);
        Report b = fromText.checkText("post.md", POST, dir);
        assertEquals(List.of("guarantee:error:1:15:'guarantee' promises a result.",
                "miracle:warning:1:37:'miracle' exaggerates."), findings(b));
        assertEquals(a.findings(), b.findings());
        assertEquals("test", b.findings().stream().map(Finding::pack).distinct().findFirst().orElseThrow());
    }

    @Test
    void aConfigurationTextSetsRulesAndTheFailLevel() throws Exception {
        Engine e = Engine.create(options().noBuiltin().ruleText("rules.yaml", TestPacks.THREE_RULES)
                .configText("ship/medlint.yaml", "packs: []\nrules: {guarantee: warning, miracle: off}\n"
                        + "fail-on: warning\n"));
        Report r = e.checkText("post.md", POST, dir);
        assertEquals(List.of("guarantee:warning:1:15:'guarantee' promises a result."), findings(r));
        assertEquals(List.of(true), r.findings().stream().map(Finding::failing).toList());
    }

    @Test
    void mistakesInTextsNameTheirNames() {
        EngineException badRule = assertThrows(EngineException.class, () -> Engine.create(options().noConfig()
                .noBuiltin().ruleText("shipped/rules.yaml", "pack: x\nrules: []\nfoo: 1\n")));
        assertEquals("shipped/rules.yaml", badRule.file());
        assertEquals(3, badRule.line());
        EngineException badConfig = assertThrows(EngineException.class, () -> Engine.create(options()
                .ruleText("rules.yaml", TestPacks.THREE_RULES).configText("shipped.yaml", "packs: []\nfail-on: x\n")));
        assertEquals("shipped.yaml", badConfig.file());
        assertEquals(2, badConfig.line());
    }

    @Test
    void aConfigurationTextCannotNameRuleFilesByPath() throws Exception {
        Files.writeString(dir.resolve("rules.yaml"), TestPacks.THREE_RULES, StandardCharsets.UTF_8);
        EngineException e = assertThrows(EngineException.class, () -> Engine.create(options()
                .configText("shipped.yaml", "packs: []\nrule-files: [" + dir.resolve("rules.yaml") + "]\n")));
        assertEquals("shipped.yaml:2:13: a configuration given as text cannot name rule files (no folder holds it); "
                + "give them with --rules instead", e.getMessage());
    }
}

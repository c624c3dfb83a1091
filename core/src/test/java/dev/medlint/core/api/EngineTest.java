package dev.medlint.core.api;

import dev.medlint.core.report.FailLevel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.report.CheckedFile;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Problem;
import dev.medlint.core.report.Report;
import dev.medlint.core.report.RuleDescriptor;
import dev.medlint.core.testing.TestLanguages;
import dev.medlint.core.testing.TestPacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Configuration resolution: the nearest .medlint.yaml wins, per folder; rule settings, rule files and their
 * extensions, include/exclude and fail-on. (The bundled pack is not on core's class path: these tests use their own
 * rule file, rules.yaml, with the rules guarantee, miracle and statement.)
 */
class EngineTest {
    static final String GUARANTEE = "We comply. We guarantee a result.\n";
    static final String MIRACLE = "We comply. A miracle.\n";

    @TempDir
    Path dir;

    @BeforeEach
    void rules() throws IOException {
        write("rules.yaml", TestPacks.THREE_RULES);
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    /** A configuration using the test rules (by a path relative to where it stands). */
    private Path config(String folder, String rest) throws IOException {
        Path f = folder.isEmpty() ? dir : dir.resolve(folder);
        String rel = f.relativize(dir.resolve("rules.yaml")).toString().replace('\\', '/');
        return write((folder.isEmpty() ? "" : folder + "/") + ".medlint.yaml", "packs: []\nrule-files: [" + rel
                + "]\n" + rest);
    }

    private EngineOptions options() {
        return new EngineOptions().models(TestLanguages.MODELS).settingNames("--rules", "--no-builtin");
    }

    private Engine linter() throws EngineException {
        return Engine.create(options().baseDir(dir).threads(1));
    }

    private static List<String> ids(Report r) {
        return r.findings().stream().map(f -> f.path().replaceAll("^.*/", "") + ":" + f.ruleId() + ":"
                + f.severity().label()).toList();
    }

    /** The fail level of the checked file whose path ends like {@code path}'s file name. */
    private static FailLevel failOn(Report r, String path) {
        String name = path.replaceAll("^.*/", "");
        return r.files().stream().filter(f -> f.path().replaceAll("^.*/", "").equals(name)).map(CheckedFile::failOn)
                .findFirst().orElseThrow();
    }

    private static RuleDescriptor rule(Engine e, Path location, String id) throws EngineException {
        return e.rule(location, id);
    }

    @Test
    void theNearestConfigurationWins() throws Exception {
        config("", "rules: {miracle: off}\nfail-on: warning\n");
        config("posts/en", "rules: {guarantee: warning}\n");
        Path top = write("top.md", GUARANTEE + MIRACLE);
        Path nested = write("posts/en/deep/nested.md", GUARANTEE + MIRACLE);
        Path sibling = write("posts/sibling.md", GUARANTEE + MIRACLE);
        Engine l = linter();
        Report r = l.check(List.of(top, nested, sibling));
        assertEquals(List.of("posts/en/deep/nested.md:guarantee:warning", "posts/en/deep/nested.md:miracle:warning",
                "posts/sibling.md:guarantee:error", "top.md:guarantee:error").stream()
                .map(s -> s.replaceAll("^.*/", "")).toList(), ids(r));
        // Nearest wins entirely: the nested configuration does not inherit fail-on: warning from the root.
        assertEquals(FailLevel.ERROR, failOn(r, nested.toString()));
        assertEquals(FailLevel.WARNING, failOn(r, top.toString()));
        assertEquals(Optional.of("posts/en/.medlint.yaml"), Optional.ofNullable(l.configuration(nested).file()));
        assertEquals(Optional.of(".medlint.yaml"),
                Optional.ofNullable(l.configuration(dir.resolve("posts/new-post.md")).file()));
    }

    @Test
    void configurationsAndRuleSetsAreReadOncePerFile() throws Exception {
        config("", "");
        Engine l = linter();
        Path a = write("a/one.md", GUARANTEE);
        Path b = write("b/c/two.md", GUARANTEE);
        assertSame(l.rules(a).rules(), l.rules(b).rules());
        assertEquals(l.configuration(a), l.configuration(b));
    }

    @Test
    void explicitConfigurationAndNoConfiguration() throws Exception {
        config("", "rules: {guarantee: info}\n");
        Path other = write("other/medlint.yaml", "packs: []\nrule-files: [../rules.yaml]\nrules: {guarantee: warning}\n");
        Path post = write("post.md", GUARANTEE);
        Engine explicit = Engine.create(options().baseDir(dir).config(other, "other/medlint.yaml"));
        assertEquals(List.of("post.md:guarantee:warning"), ids(explicit.check(List.of(post))));
        Engine none = Engine.create(options().baseDir(dir).noConfig()
                .noBuiltin().ruleFile(dir.resolve("rules.yaml"), "rules.yaml"));
        assertEquals(List.of("post.md:guarantee:error"), ids(none.check(List.of(post))));
        EngineException missing = assertThrows(EngineException.class, () -> Engine.create(
                options().config(dir.resolve("nope.yaml"), "nope.yaml")));
        assertEquals("nope.yaml: no such configuration file", missing.getMessage());
    }

    @Test
    void includeAndExcludeApplyToWalkedFilesOnly() throws Exception {
        config("", "include: ['**/*.md']\nexclude: [drafts]\n");
        write("posts/a.md", GUARANTEE);
        write("posts/b.txt", GUARANTEE);
        Path draft = write("drafts/c.md", GUARANTEE);
        Engine l = linter();
        Report walked = l.check(List.of(dir));
        assertEquals(List.of("a.md:guarantee:error"), ids(walked));
        assertEquals(1, walked.filesChecked());
        // A file named explicitly is checked whatever the patterns say.
        assertEquals(List.of("c.md:guarantee:error"), ids(l.check(List.of(draft))));
        // A folder whose articles are all excluded says so.
        Report drafts = l.check(List.of(dir.resolve("drafts")));
        assertEquals(1, drafts.problems().size());
        assertTrue(drafts.problems().get(0).reason().contains("include and exclude patterns leave out all 1 "
                + "article"), drafts.problems().get(0).reason());
    }

    @Test
    void unknownRuleIdsAreErrorsWithASuggestion() throws Exception {
        config("", "rules:\n  guarante: off\n");
        Path post = write("post.md", GUARANTEE);
        EngineException e = assertThrows(EngineException.class, () -> linter().check(List.of(post)));
        assertEquals(".medlint.yaml:4:3: unknown rule id 'guarante' in 'rules' (did you mean 'guarantee'?); run "
                + "'medlint rules list' to see the rule ids", e.getMessage());
    }

    @Test
    void aBrokenConfigurationStopsTheRunBeforeAnyFileIsChecked() throws Exception {
        write("posts/.medlint.yaml", "fail-on: eror\n");
        write("posts/a.md", GUARANTEE);
        write("b.md", GUARANTEE);
        EngineException e = assertThrows(EngineException.class, () -> Engine.create(
                options().baseDir(dir).noBuiltin().ruleFile(dir.resolve("rules.yaml"),
                        "rules.yaml")).check(List.of(dir)));
        assertEquals("posts/.medlint.yaml:1:10: unknown fail-on level 'eror' (did you mean 'error'?); use error, "
                + "warning, info or never", e.getMessage());
    }

    @Test
    void ruleSettingsChangeSeverityMessageTermsAndTurnRulesOff() throws Exception {
        config("", """
                rules:
                  guarantee: {severity: info, message: "Do not promise: '{match}'.", suggestion: Say it may help.}
                  miracle: {add-terms: [wonder cure]}
                  statement: off
                  unused-suppression: warning
                """);
        Path post = write("post.md", "We guarantee a wonder cure.\n\n<!-- medlint-disable-next-line miracle -->\n"
                + "Text.\n");
        Report r = linter().check(List.of(post));
        List<Finding> f = r.findings();
        assertEquals(List.of("post.md:guarantee:info", "post.md:miracle:warning", "post.md:unused-suppression:warning"),
                ids(r));
        assertEquals("Do not promise: 'guarantee'.", f.get(0).message());
        assertEquals("Say it may help.", f.get(0).suggestion());
        assertEquals("wonder cure", f.get(1).match());
        Engine set = linter();
        assertTrue(rule(set, post, "statement").isOff());
        assertEquals(2, set.rules(post).rules().stream().filter(d -> !d.isOff() && !d.isEngineRule()).count());
        assertEquals(".medlint.yaml:4:3", rule(set, post, "guarantee").changes().get(0).where());
        assertEquals("severity info, message replaced, suggestion replaced",
                rule(set, post, "guarantee").changes().get(0).what());
    }

    @Test
    void aRuleFileExtendsAnotherPacksRuleById() throws Exception {
        write("team.yaml", """
                pack: team
                extend:
                  - id: guarantee
                    add-terms: [promise, {exact: sure thing}]
                    severity: warning
                    suggestion: Describe what may happen.
                    examples:
                      flag: [We promise a result.]
                      pass: [We cannot promise anything.]
                """);
        write(".medlint.yaml", "packs: []\nrule-files: [rules.yaml, team.yaml]\n");
        Path post = write("post.md", "We comply. We promise a sure thing.\n");
        Engine l = linter();
        Report r = l.check(List.of(post));
        assertEquals(List.of("post.md:guarantee:warning", "post.md:guarantee:warning"), ids(r));
        RuleDescriptor rule = rule(l, post, "guarantee");
        assertEquals("warning", rule.severity());
        assertEquals("Describe what may happen.", rule.suggestion());
        assertEquals(4, rule.flagExamples().size());
        assertEquals("team.yaml", rule.flagExamples().get(3).file());
        assertEquals("rules.yaml", rule.flagExamples().get(0).file());
        assertEquals("team.yaml:3:9", rule.changes().get(0).where());
    }

    @Test
    void extendingAnUnknownRuleOrAddingTermsToAnotherTypeIsRefused() throws Exception {
        write("team.yaml", "pack: team\nextend:\n  - id: guarante\n    severity: warning\n");
        write(".medlint.yaml", "packs: []\nrule-files: [rules.yaml, team.yaml]\n");
        Path post = write("post.md", GUARANTEE);
        EngineException e = assertThrows(EngineException.class, () -> linter().check(List.of(post)));
        assertEquals("team.yaml:3:9: 'extend' names rule 'guarante', which is not loaded (did you mean 'guarantee'?); "
                + "run 'medlint rules list' to see the rule ids", e.getMessage());

        write("team.yaml", "pack: team\nextend:\n  - id: statement\n    add-terms: [comply]\n");
        e = assertThrows(EngineException.class, () -> linter().check(List.of(post)));
        assertTrue(e.getMessage().startsWith("team.yaml:4:16: rule 'statement' is a required rule; add-terms works "
                + "only on phrase rules"), e.getMessage());

        write("team.yaml", "pack: team\nextend:\n  - id: guarantee\n    severity: off\n");
        e = assertThrows(EngineException.class, () -> linter().check(List.of(post)));
        assertTrue(e.getMessage().contains("a rule file cannot turn rule 'guarantee' off"), e.getMessage());
    }

    @Test
    void ruleIdsDefinedTwiceAreRefused() throws Exception {
        write("copy.yaml", TestPacks.THREE_RULES.replace("pack: test", "pack: copy"));
        write(".medlint.yaml", "packs: []\nrule-files: [rules.yaml, copy.yaml]\n");
        Path post = write("post.md", GUARANTEE);
        EngineException e = assertThrows(EngineException.class, () -> linter().check(List.of(post)));
        assertTrue(e.getMessage().startsWith("copy.yaml: rule id 'guarantee' is already defined in rules.yaml"),
                e.getMessage());
    }

    @Test
    void standardInputTakesTheConfigurationOfItsLocation() throws Exception {
        config("posts", "rules: {guarantee: info}\nfail-on: info\n");
        Engine l = Engine.create(options().baseDir(dir).noBuiltin()
                .ruleFile(dir.resolve("rules.yaml"), "rules.yaml"));
        Report r = l.checkText("<stdin>", GUARANTEE, dir.resolve("posts/new.md"));
        assertEquals(List.of("<stdin>:guarantee:info"), ids(r));
        assertTrue(r.fails());
    }

    @Test
    void aCommandLineFailLevelWinsOverTheConfiguration() throws Exception {
        config("", "fail-on: never\n");
        Path post = write("post.md", GUARANTEE);
        assertFalse(linter().check(List.of(post)).fails());
        Engine strict = Engine.create(options().baseDir(dir)
                .failOn(FailLevel.ERROR));
        assertTrue(strict.check(List.of(post)).fails());
    }

    @Test
    void mergedResultsKeepEachPathsFailLevel() throws Exception {
        config("strict", "fail-on: warning\n");
        config("", "rules: {guarantee: warning}\n");
        Path lax = write("lax.md", GUARANTEE);
        // Paths as given (absolute here), as the command line shows them.
        Engine l = Engine.create(options().threads(1));
        Report stdin = l.checkText("<stdin>", GUARANTEE, dir.resolve("strict/new.md"));
        Report files = l.check(List.of(lax));
        Report both = Report.merge(List.of(stdin, files,
                Report.ofProblems(List.of(new Problem("x.md", "not readable")))));
        // the nearest configuration wins entirely: strict/ does not take guarantee: warning from the root
        assertEquals(List.of("lax.md:guarantee:warning", "<stdin>:guarantee:error"), ids(both));
        assertEquals(2, both.filesChecked());
        assertEquals(1, both.problems().size());
        assertEquals(FailLevel.WARNING, failOn(both, "<stdin>"));
        assertEquals(FailLevel.ERROR, failOn(both, lax.toString()));
        assertEquals(1, both.findings().stream().filter(Finding::failing).count());
        assertTrue(both.fails());
        assertFalse(files.fails());
    }

    @Test
    void extraRuleFilesAreNamedWithTheSettingThatGaveThem() {
        EngineException missing = assertThrows(EngineException.class, () -> Engine.create(
                options().ruleFile(dir.resolve("nope.yaml"), "nope.yaml", "ruleFiles parameter")));
        assertEquals("nope.yaml: no such rule file (ruleFiles parameter)", missing.getMessage());
        EngineException folder = assertThrows(EngineException.class, () -> Engine.create(
                options().ruleFile(dir, "rules", "ruleFiles parameter")));
        assertEquals("rules: is a folder; the ruleFiles parameter takes a rule file (YAML)", folder.getMessage());
        EngineException cli = assertThrows(EngineException.class, () -> Engine.create(
                options().ruleFile(dir, "rules")));
        assertEquals("rules: is a folder; --rules takes a rule file (YAML)", cli.getMessage());
    }

    @Test
    void configurationsUsingNoRulesAreRefused() throws Exception {
        write(".medlint.yaml", "packs: []\n");
        Path post = write("post.md", GUARANTEE);
        EngineException e = assertThrows(EngineException.class, () -> linter().check(List.of(post)));
        assertTrue(e.getMessage().startsWith(".medlint.yaml:1:8: there are no rules to check with"), e.getMessage());
    }
}

package dev.medlint.core.config;

import dev.medlint.core.report.FailLevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.yaml.RuleFileException;
import dev.medlint.core.pack.RuleOverride;
import dev.medlint.core.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading .medlint.yaml: values with their origins, and every mistake refused with file:line:col and a hint. */
class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Config parse(String yaml) throws RuleFileException {
        return new ConfigLoader(p -> dir.relativize(p).toString()).parse(dir.resolve(".medlint.yaml"), yaml);
    }

    private RuleFileException refuse(String yaml) {
        return assertThrows(RuleFileException.class, () -> parse(yaml));
    }

    private static void assertAt(RuleFileException e, int line, int column, String... fragments) {
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith(".medlint.yaml:" + line + ":" + column + ": "), e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), () -> "'" + f + "' missing from: " + e.getMessage());
        }
    }

    @Test
    void everyKeyWithItsOrigin() throws Exception {
        Files.createDirectories(dir.resolve("medlint"));
        Files.writeString(dir.resolve("medlint/clinic-rules.yaml"), "pack: x\n");
        Config c = parse("""
                packs: []
                rules:
                  unhedged-claim: off
                  compliance-statement: error
                  guarantee: {severity: warning, message: "No promises: '{match}'."}
                  superlative: {add-terms: ["gangnam's finest", {regex: 'no\\\\.?\\\\s*1 in gangnam'}]}
                rule-files: [medlint/clinic-rules.yaml]
                include: ["**/*.md", "posts/**"]
                exclude: ["drafts/**"]
                fail-on: warning
                """);
        assertEquals(List.of(), c.packs().value());
        assertEquals(new Origin(".medlint.yaml", 1, 8), c.packs().origin());
        assertEquals(FailLevel.WARNING, c.failOn().value());
        assertEquals(".medlint.yaml:10:10", c.failOn().origin().toString());
        assertEquals(dir.resolve("medlint/clinic-rules.yaml"), c.ruleFiles().value().get(0).path());
        assertEquals(2, c.include().value().size());
        List<RuleOverride> rules = c.rules();
        assertEquals(List.of("unhedged-claim", "compliance-statement", "guarantee", "superlative"),
                rules.stream().map(RuleOverride::id).toList());
        assertTrue(rules.get(0).off());
        assertEquals(Severity.ERROR, rules.get(1).severity());
        assertEquals(Severity.WARNING, rules.get(2).severity());
        assertEquals("No promises: '{match}'.", rules.get(2).message());
        assertEquals(1, rules.get(3).addTerms().size());
        assertEquals(1, rules.get(3).addPatterns().size());
        assertEquals(".medlint.yaml:6:3", rules.get(3).where());
        assertTrue(c.selects(dir.resolve("posts/a.md")));
        assertTrue(!c.selects(dir.resolve("drafts/a.md")));
        assertTrue(!c.selects(dir.resolve("a.html")));
    }

    @Test
    void anEmptyOrCommentedOutFileMeansTheDefaults() throws Exception {
        for (String yaml : List.of("", "# nothing yet\n", "rules:\n  # guarantee: off\nfail-on: error\n")) {
            Config c = parse(yaml);
            assertEquals(FailLevel.ERROR, c.failOn().value());
            assertEquals(List.of(), c.rules());
            assertEquals(Config.defaults().packs().value(), c.packs().value());
        }
    }

    @Test
    void misspeltKeySuggestsTheNearestOne() {
        assertAt(refuse("fail-on: error\nrulez:\n  guarantee: off\n"), 2, 1, "unknown key 'rulez' in the "
                + "configuration (did you mean 'rules'?)", "allowed keys: exclude, fail-on, include, packs, rule-files, "
                + "rules");
        assertAt(refuse("rule_files: [a.yaml]\n"), 1, 1, "(did you mean 'rule-files'?)");
        assertAt(refuse("failOn: warning\n"), 1, 1, "(did you mean 'fail-on'?)");
        assertAt(refuse("rules:\n  guarantee: {severty: warning}\n"), 2, 15, "unknown key 'severty'",
                "(did you mean 'severity'?)");
    }

    @Test
    void misspeltValuesSuggestTheNearestOne() {
        assertAt(refuse("rules:\n  guarantee: warn\n"), 2, 14, "unknown severity 'warn' for rule 'guarantee' (did "
                + "you mean 'warning'?); use off, error, warning or info");
        assertAt(refuse("rules:\n  guarantee: false\n"), 2, 14, "(did you mean 'off'?)");
        assertAt(refuse("rules:\n  guarantee: on\n"), 2, 14, "rules are on unless turned off");
        assertAt(refuse("fail-on: warnings\n"), 1, 10, "unknown fail-on level 'warnings' (did you mean 'warning'?)");
        assertAt(refuse("fail-on: no\n"), 1, 10, "(did you mean 'never'?)");
    }

    @Test
    void ruleSettingsMistakes() {
        assertAt(refuse("rules:\n  - guarantee: off\n"), 2, 3, "without '- '");
        assertAt(refuse("rules:\n  Guarantee: off\n"), 2, 3, "'Guarantee' is not a rule id");
        assertAt(refuse("rules:\n  guarantee:\n"), 2, 13, "rule 'guarantee' has no setting");
        assertAt(refuse("rules:\n  guarantee: {}\n"), 2, 3, "change nothing");
        assertAt(refuse("rules:\n  guarantee: {add-terms: []}\n"), 2, 26, "'add-terms' is empty");
        assertAt(refuse("rules:\n  guarantee: {add-terms: ['*']}\n"), 2, 27, "must start with a word");
        assertAt(refuse("rules:\n  unused-suppression: {message: hi}\n"), 2, 3, "can only be turned off or given a "
                + "severity");
    }

    @Test
    void invalidRegexInAddTermsPointsInsideThePattern() {
        RuleFileException e = refuse("rules:\n  superlative: {add-terms: [{regex: '(abc'}]}\n");
        assertEquals(2, e.line());
        assertTrue(e.column() > 38, e.getMessage());
        assertTrue(e.getMessage().contains("invalid regular expression"), e.getMessage());
    }

    @Test
    void ruleFilesMustExistAndTheNearestNameIsSuggested() throws IOException {
        Files.createDirectories(dir.resolve("medlint"));
        Files.writeString(dir.resolve("medlint/clinic-rules.yaml"), "pack: x\n");
        assertAt(refuse("rule-files: [medlint/clinic-rule.yaml]\n"), 1, 14, "rule file 'medlint/clinic-rule.yaml' "
                + "does not exist (did you mean 'medlint/clinic-rules.yaml'?)", "relative to the folder of .medlint.yaml");
        assertAt(refuse("rule-files: [medlint]\n"), 1, 14, "is a folder");
        assertAt(refuse("rule-files: [nowhere/rules.yaml]\n"), 1, 14, "there is no folder 'nowhere'");
    }

    @Test
    void brokenFilePatternsPointAtTheCharacter() {
        assertAt(refuse("exclude: ['drafts/{a,b']\n"), 1, 19, "invalid file pattern 'drafts/{a,b' in 'exclude'",
                "'{' has no closing '}'");
        assertAt(refuse("include: posts/[ab\n"), 1, 16, "'[' has no closing ']'");
    }

    @Test
    void packsAreCheckedAgainstTheBundledOnes() {
        RuleFileException e = refuse("packs: [kr-medical]\n");
        assertAt(e, 1, 9, "unknown pack 'kr-medical'");
    }

    @Test
    void theWholeFileMustBeAMapping() {
        assertAt(refuse("- fail-on: error\n"), 1, 1, "must be a mapping");
        RuleFileException y = refuse("rules: {guarantee: off\n");
        assertTrue(y.getMessage().contains("invalid YAML"), y.getMessage());
    }

    @Test
    void singleValuesAreListsOfOne() throws Exception {
        Config c = parse("include: '**/*.md'\nexclude: drafts\n");
        assertEquals(1, c.include().value().size());
        assertEquals("drafts", c.exclude().value().get(0).source());
        assertNull(Config.defaults().file());
    }
}

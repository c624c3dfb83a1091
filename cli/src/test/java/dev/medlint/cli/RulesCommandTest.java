package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** medlint rules list | explain | test. */
class RulesCommandTest {
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
    void listShowsEveryBuiltInRuleWithItsColumns() {
        Cli.Result r = Cli.run("rules", "list", "--no-config");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals("ID", lines.get(0).split("\\s+")[0]);
        assertTrue(lines.get(0).matches("ID\\s+SEVERITY\\s+TYPE\\s+CATEGORY\\s+PACK\\s+LAW"), lines.get(0));
        assertTrue(r.out().lines().anyMatch(l -> l.matches("guarantee\\s+error\\s+phrase\\s+guarantee\\s+kr-medical-ad"
                + "\\s+Medical Service Act Art\\. 56.*")), r::toString);
        assertTrue(r.out().contains("unused-suppression"), r::toString);
        assertTrue(r.out().contains("No .medlint.yaml applies here"), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void listFilters() {
        Cli.Result r = Cli.run("rules", "list", "--no-config", "--type", "claim");
        List<String> ids = r.out().lines().skip(1).takeWhile(l -> !l.isEmpty()).map(l -> l.split("\\s+")[0]).toList();
        assertEquals(List.of("intensified-claim", "unhedged-claim"), ids);
        Cli.Result warnings = Cli.run("rules", "list", "--no-config", "--severity", "warning", "--pack",
                "kr-medical-ad");
        assertTrue(warnings.out().contains("compliance-statement"), warnings::toString);
        assertTrue(!warnings.out().contains("guarantee "), warnings::toString);
        Cli.Result bad = Cli.run("rules", "list", "--no-config", "--category", "superlatives");
        assertEquals(2, bad.code(), bad::toString);
        assertTrue(bad.oneErrorLine().contains("--category: unknown value 'superlatives' (did you mean "
                + "'superlative'?)"), bad::toString);
    }

    @Test
    void listAsJsonWithTheConfigurationApplied() throws IOException {
        Path config = write(".medlint.yaml", "rules:\n  unhedged-claim: off\n  guarantee: warning\n");
        Cli.Result r = Cli.run("rules", "list", "--config", config.toString(), "--format", "json");
        assertEquals(0, r.code(), r::toString);
        List<Object> rules = Json.array(Json.parse(r.out()));
        Map<String, Object> guarantee = rules.stream().map(Json::object)
                .filter(o -> o.get("id").equals("guarantee")).findFirst().orElseThrow();
        assertEquals("warning", guarantee.get("severity"));
        assertEquals("phrase", guarantee.get("type"));
        assertEquals("guarantee", guarantee.get("category"));
        assertEquals("kr-medical-ad", guarantee.get("pack"));
        assertTrue(((String) guarantee.get("law")).startsWith("Medical Service Act"));
        Map<String, Object> change = Json.object(Json.array(guarantee.get("changes")).get(0));
        assertEquals(display(config) + ":3:3", change.get("where"));
        assertTrue(rules.stream().map(Json::object).anyMatch(o -> o.get("id").equals("unhedged-claim")
                && o.get("severity").equals("off")));
    }

    @Test
    void explainShowsEverythingAboutARule() {
        Cli.Result r = Cli.run("rules", "explain", "guarantee", "--no-config");
        assertEquals(0, r.code(), r::toString);
        for (String part : List.of("guarantee: Guaranteed or certain results", "pack:     kr-medical-ad",
                "type:     phrase", "category: guarantee", "severity: error", "law:      Medical Service Act",
                "Why:", "Message:", "Suggestion:", "Matches (unless", "Examples it must flag:",
                "  - Our mini lift guarantees a sharper jawline.   [match: guarantees]", "Examples it must pass:")) {
            assertTrue(r.out().contains(part), () -> part + " missing from:\n" + r.out());
        }
    }

    @Test
    void explainAnUnknownIdSuggestsTheNearest() {
        Cli.Result r = Cli.run("rules", "explain", "guarante", "--no-config");
        assertEquals(2, r.code(), r::toString);
        assertEquals("medlint: unknown rule id 'guarante' (did you mean 'guarantee'?); run 'medlint rules list' to "
                + "see the rule ids", r.oneErrorLine());
    }

    @Test
    void explainShowsWhatTheConfigurationChanged() throws IOException {
        Path config = write(".medlint.yaml", "rules:\n  superlative: {add-terms: [\"gangnam's finest\"], "
                + "severity: warning}\n");
        Cli.Result r = Cli.run("rules", "explain", "superlative", "--config", config.toString());
        assertTrue(r.out().contains("severity: warning"), r::toString);
        assertTrue(r.out().contains("gangnam's finest"), r::toString);
        assertTrue(r.out().contains("Changed by:\n  " + display(config) + ":2:3: severity warning, 1 term added "
                + "('gangnam's finest')"), r::toString);
        Cli.Result engine = Cli.run("rules", "explain", "unused-suppression", "--no-config");
        assertEquals(0, engine.code(), engine::toString);
        assertTrue(engine.out().contains("silences no finding"), engine::toString);
    }

    @Test
    void testRunsEveryBuiltInExample() {
        Cli.Result r = Cli.run("rules", "test", "--no-config");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("ok    guarantee ("), r::toString);
        assertTrue(r.out().matches("(?s).*Tested 46 rules with \\d+ examples: \\d+ passed, 0 failed\\.\\n"), r::toString);
    }

    @Test
    void aFailingExampleShowsExpectedActualWhyAndTokens() throws IOException {
        Path rules = write("team.yaml", """
                pack: team
                rules:
                  - id: team-lunchtime
                    title: Lunchtime procedures
                    category: no-risk
                    severity: warning
                    law: Art. 56(2)7
                    type: phrase
                    match: [lunchtime lift]
                    unless: [negated]
                    message: "'{match}' plays down recovery."
                    suggestion: Say how long recovery takes.
                    examples:
                      flag:
                        - {text: "Our lunchtime lift takes 30 minutes.", match: "lunchtime lift"}
                        - "A lunch-time lift in your break."
                        - "Try our lunchtime lift."
                      pass:
                        - "This is not a lunchtime lift."
                        - "Recovery takes a week."
                        - "We are open at lunchtime."
                """);
        Cli.Result r = Cli.run("rules", "test", "--no-config", rules.toString());
        assertEquals(1, r.code(), r::toString);
        String out = r.out();
        assertTrue(out.contains("FAIL  team-lunchtime (1 of 6 examples failed)"), out);
        assertTrue(out.contains(display(rules) + ":16: a 'flag' example did not fire"), out);
        assertTrue(out.contains("      example:  A lunch-time lift in your break."), out);
        assertTrue(out.contains("      expected: a finding\n      actual:   no finding\n"), out);
        assertTrue(out.contains("why:      - none of the rule's 1 term occurs in the text"), out);
        assertTrue(out.contains("sentence 1: A lunch-time lift in your break."), out);
        assertTrue(out.contains("lunch/NOUN/lunch  -/PUNCT/-  time/NOUN/time"), out);
        assertTrue(out.contains("Tested 1 rule with 6 examples: 5 passed, 1 failed."), out);
        assertEquals("", r.err());
    }

    @Test
    void testingARuleFileThatExtendsABuiltInRuleTestsTheExtendedRule() throws IOException {
        Path rules = write("team.yaml", """
                pack: team
                extend:
                  - id: superlative
                    add-terms: ["gangnam's number one"]
                    examples:
                      flag: ["We are Gangnam's number one lifting clinic."]
                      pass: ["Is this Gangnam's number one clinic?"]
                """);
        Cli.Result r = Cli.run("rules", "test", "--no-config", rules.toString());
        assertEquals(1, r.code(), "the pass example is a question, but superlative has no question excuse: " + r);
        assertTrue(r.out().contains("FAIL  superlative (1 of 14 examples failed)"), r::toString);
        assertTrue(r.out().contains(display(rules) + ":7: a 'pass' example fired"), r::toString);
        assertTrue(r.out().contains("matches the term 'gangnam's number one'"), r::toString);
    }

    @Test
    void anInvalidRuleFileIsExitTwoWithLineAndColumn() throws IOException {
        Path rules = write("team.yaml", "pack: team\nextend:\n  - id: superlative\n    add-term: [x]\n");
        Cli.Result r = Cli.run("rules", "test", "--no-config", rules.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.oneErrorLine().startsWith("medlint: " + display(rules) + ":4:5: unknown key 'add-term' in an "
                + "'extend' item (did you mean 'add-terms'?)"), r::toString);
    }

    @Test
    void rulesWithoutASubcommandIsAUsageError() {
        Cli.Result r = Cli.run("rules");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.oneErrorLine().contains("missing command (use 'list', 'explain' or 'test')"), r::toString);
        Cli.Result typo = Cli.run("rules", "lsit");
        assertTrue(typo.oneErrorLine().contains("did you mean 'list'"), typo::toString);
    }
}

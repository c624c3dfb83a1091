package dev.medlint.core.pack;

import dev.medlint.core.testing.TestLanguages;
import dev.medlint.core.yaml.RuleFileException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.testing.TestRules;
import org.junit.jupiter.api.Test;

/** A malformed rule file is refused with file:line:col and what to do about it. */
class PackLoaderTest {
    private static RuleFileException refuse(String yaml) {
        return assertThrows(RuleFileException.class, () -> TestLanguages.packLoader().load("my-rules.yaml", yaml));
    }

    @Test
    void validPackLoads() throws Exception {
        RulePack p = TestLanguages.packLoader().load("t.yaml", TestRules.GUARANTEE_PACK);
        assertEquals("test", p.name());
        assertEquals(1, p.rules().size());
    }

    @Test
    void misspeltKeySuggestsTheRightOne() {
        RuleFileException e = refuse(TestRules.GUARANTEE_PACK.replace("    message:", "    mesage:"));
        assertEquals(11, e.line());
        assertEquals(5, e.column());
        assertTrue(e.getMessage().startsWith("my-rules.yaml:11:5: unknown key 'mesage' in a phrase rule (did you mean"
                + " 'message'?)"), e.getMessage());
    }

    @Test
    void invalidRegexPointsInsideThePattern() {
        RuleFileException e = refuse(TestRules.GUARANTEE_PACK.replace("match: [guarantee]",
                "match:\n      - regex: 'abc(def'"));
        assertEquals(10, e.line());
        assertTrue(e.column() > 16, "column inside the pattern: " + e.column());
        assertTrue(e.getMessage().contains("invalid regular expression"), e.getMessage());
    }

    @Test
    void unknownCategoryAndSeverityAreNamed() {
        RuleFileException c = refuse(TestRules.GUARANTEE_PACK.replace("category: guarantee", "category: guarantees"));
        assertTrue(c.getMessage().contains("unknown category 'guarantees' (did you mean 'guarantee'?)"), c.getMessage());
        RuleFileException s = refuse(TestRules.GUARANTEE_PACK.replace("severity: error", "severity: eror"));
        assertTrue(s.getMessage().contains("(did you mean 'error'?)"), s.getMessage());
    }

    @Test
    void tooFewExamplesAreRefused() {
        RuleFileException e = refuse(TestRules.GUARANTEE_PACK.replace(
                "flag: [We guarantee it., Results guaranteed., It guarantees youth.]", "flag: [We guarantee it.]"));
        assertTrue(e.getMessage().contains("needs at least 3 examples.flag"), e.getMessage());
    }

    @Test
    void brokenYamlAndMissingKeysAreRefused() {
        RuleFileException y = refuse("pack: x\nrules:\n  - id: [unclosed\n");
        assertTrue(y.getMessage().startsWith("my-rules.yaml:"), y.getMessage());
        assertTrue(y.getMessage().contains("invalid YAML"), y.getMessage());
        RuleFileException m = refuse(TestRules.GUARANTEE_PACK.replace("    law: Art. 56(2)8\n", ""));
        assertTrue(m.getMessage().contains("rule 'guarantee' is missing the required key 'law'"), m.getMessage());
        RuleFileException t = refuse(TestRules.GUARANTEE_PACK.replace("type: phrase", "type: phrse"));
        assertTrue(t.getMessage().contains("unknown rule type 'phrse' (did you mean 'phrase'?)"), t.getMessage());
    }

    @Test
    void duplicateIdsAndKeysAreRefused() {
        String rule = TestRules.GUARANTEE_PACK.substring(TestRules.GUARANTEE_PACK.indexOf("  - id:"));
        RuleFileException d = refuse(TestRules.GUARANTEE_PACK + rule);
        assertTrue(d.getMessage().contains("rule id 'guarantee' is used twice"), d.getMessage());
        RuleFileException k = refuse(TestRules.GUARANTEE_PACK.replace("    law: Art. 56(2)8\n",
                "    law: Art. 56(2)8\n    law: again\n"));
        assertTrue(k.getMessage().contains("duplicate key"), k.getMessage());
    }

    @Test
    void yamlTagsCannotBuildJavaObjects() {
        RuleFileException e = refuse("pack: !!javax.script.ScriptEngineManager [x]\nrules: []\n");
        assertTrue(e.getMessage().startsWith("my-rules.yaml:1:"), e.getMessage());
    }

    @Test
    void bundledPackIsRefusedWhenUnknown() {
        RuleFileException e = assertThrows(RuleFileException.class, () -> BuiltinPacks.load("kr-medical", TestLanguages.packLoader()));
        assertTrue(e.getMessage().contains("no bundled rule pack named 'kr-medical'"), e.getMessage());
    }
}

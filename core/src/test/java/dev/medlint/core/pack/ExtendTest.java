package dev.medlint.core.pack;

import dev.medlint.core.testing.TestLanguages;
import dev.medlint.core.yaml.RuleFileException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.rule.PhraseRule;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.report.Severity;
import dev.medlint.core.testing.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule file's extend: list changes rules of other packs by id, without copying them. */
class ExtendTest {
    private static RuleFileException refuse(String yaml) {
        return assertThrows(RuleFileException.class, () -> TestLanguages.packLoader().load("team.yaml", yaml));
    }

    @Test
    void aFileMayOnlyExtend() throws Exception {
        RulePack p = TestLanguages.packLoader().load("team.yaml", """
                pack: team
                extend:
                  - id: guarantee
                    add-terms: ["gangnam's finest", {exact: no 1}]
                    severity: warning
                    message: "Avoid '{match}'."
                """);
        assertEquals(List.of(), p.rules());
        RuleOverride o = p.extensions().get(0);
        assertEquals("guarantee", o.id());
        assertEquals("team.yaml:3:9", o.where());
        RulePack base = TestLanguages.packLoader().load("base.yaml", TestRules.GUARANTEE_PACK);
        PackCombiner.Combined c = PackCombiner.combine(List.of(base, p));
        Rule g = c.rules().get(0);
        assertEquals(Severity.WARNING, g.meta().severity());
        assertEquals("Avoid '{match}'.", g.meta().message());
        assertEquals(3, ((PhraseRule) g).terms().size());
        assertEquals("severity warning, 2 terms added ('gangnam's finest', 'no 1'), message replaced",
                c.changes().get("guarantee").get(0).what());
    }

    @Test
    void mistakesInExtendItems() {
        assertTrue(refuse("pack: team\nextend:\n  - id: guarantee\n    add-term: [x]\n").getMessage()
                .contains("unknown key 'add-term' in an 'extend' item (did you mean 'add-terms'?)"));
        assertTrue(refuse("pack: team\nextend:\n  - id: a\n    severity: warning\n  - id: a\n    message: m\n")
                .getMessage().contains("extended twice"));
        assertTrue(refuse("pack: team\nextend:\n  - id: a\n    severity: off\n").getMessage()
                .contains("turn it off in the configuration file .medlint.yaml instead"));
        assertTrue(refuse("pack: team\nextend:\n  - add-terms: [x]\n").getMessage()
                .contains("missing the required key 'id'"));
        assertTrue(refuse("pack: team\nextend:\n  - guarantee\n").getMessage().contains("must be a mapping"));
        assertTrue(refuse("pack: team\n").getMessage().contains("missing the required key 'rules'"));
        assertTrue(refuse("pack: team\nrules: []\n").getMessage().contains("the rule file has no rules"));
    }

    @Test
    void anExtensionWrittenUnderRulesIsPointedToExtend() {
        RuleFileException e = refuse("pack: team\nrules:\n  - id: guarantee\n    add-terms: [x]\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("put it under 'extend:', not under 'rules:'"), e.getMessage());
    }
}

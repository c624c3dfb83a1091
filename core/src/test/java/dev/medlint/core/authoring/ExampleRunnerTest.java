package dev.medlint.core.authoring;

import dev.medlint.core.report.AnalyzedSentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.rule.Rule;
import dev.medlint.core.testing.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failed example says what was expected, what was found, why, and what the analyzer made of the text. */
class ExampleRunnerTest {
    private static final String PHRASE = """
            pack: t
            rules:
              - id: guarantee
                title: Guarantees
                category: guarantee
                severity: error
                law: Art. 56(2)8
                type: phrase
                match: [guarantee, {term: sure result}]
                unless: [negated]
                message: "'{match}' promises a result."
                suggestion: Hedge it.
                examples:
                  flag:
                    - {text: "We guarantee it.", match: "guarantee"}
                    - We do not guarantee it.
                    - {text: "A sure result, for sure.", match: "for sure"}
                    - A result that is sure.
                  pass: [Results vary., A guarantee card., Nothing here.]
            """;

    private static final String CLAIM = """
            pack: t
            rules:
              - id: claim
                title: Claims
                category: overclaim
                severity: warning
                law: Art. 56(2)2
                type: claim
                predicates: [remove]
                targets: [wrinkle]
                unless: [hedged]
                message: "'{match}' claims an effect."
                suggestion: Hedge it.
                examples:
                  flag: [Botox removes wrinkles., Botox may remove wrinkles., We want to remove wrinkles.]
                  pass: [Nothing here., Results vary., Ask us.]
            """;

    private static List<ExampleRunner.Result> run(String yaml) {
        List<Rule> rules = TestRules.load(yaml);
        return new ExampleRunner().runAll(rules);
    }

    @Test
    void examplesThatBehaveCarryNoDiagnosis() {
        ExampleRunner.Result ok = run(PHRASE).get(0);
        assertTrue(ok.passed(), ok.failure());
        assertEquals("a finding on 'guarantee' at 1:4-13", ok.expected());
        assertEquals("a finding on 'guarantee' at 1:4-13", ok.actual());
        assertEquals(List.of(), ok.why());
        assertEquals(List.of(), ok.sentences());
        assertEquals("test.yaml", ok.file());
    }

    @Test
    void aFlagExampleSilencedByAnExcuseSaysWhich() {
        ExampleRunner.Result r = run(PHRASE).get(1);
        assertFalse(r.passed());
        assertEquals("a finding", r.expected());
        assertEquals("no finding", r.actual());
        assertEquals(1, r.why().size(), r.why()::toString);
        assertTrue(r.why().get(0).startsWith("'guarantee' matches, but it is excused as negated"), r.why().get(0));
        AnalyzedSentence s = r.sentences().get(0);
        assertEquals("We do not guarantee it.", s.text());
        AnalyzedSentence.Token not = s.tokens().get(2);
        assertEquals("not", not.text());
        assertEquals("PART", not.tag());
        assertEquals("not", not.lemma());
        assertEquals(1, not.line());
        assertEquals(7, not.column());
    }

    @Test
    void aFlagExampleOnTheWrongSpanShowsBothSpans() {
        ExampleRunner.Result r = run(PHRASE).get(2);
        assertFalse(r.passed());
        assertEquals("a finding on 'for sure' at 1:16-24", r.expected());
        assertEquals("a finding on 'sure result' at 1:3-14", r.actual());
        assertTrue(r.failure().contains("expected the match 'for sure'"), r.failure());
    }

    @Test
    void aFlagExampleWithNoTermSaysNoneOccurs() {
        ExampleRunner.Result r = run(PHRASE).get(3);
        assertFalse(r.passed());
        assertTrue(r.why().get(0).startsWith("none of the rule's 2 terms occurs in the text"), r.why()::toString);
    }

    @Test
    void aPassExampleThatFiresNamesTheTermAndTheExcusesTried() {
        ExampleRunner.Result r = run(PHRASE).get(5);
        assertFalse(r.passed());
        assertEquals("no finding", r.expected());
        assertTrue(r.why().get(0).startsWith("'guarantee' matches the term 'guarantee'; none of the rule's excuses "
                + "applied (unless: negated)"), r.why()::toString);
    }

    @Test
    void claimRulesExplainHedgesAndInfinitives() {
        List<ExampleRunner.Result> results = run(CLAIM);
        assertTrue(results.get(0).passed(), results.get(0).failure());
        assertTrue(results.get(1).why().get(0).contains("excused as hedged"), results.get(1).why()::toString);
        assertTrue(results.get(2).why().get(0).contains("follows 'to'"), results.get(2).why()::toString);
    }
}

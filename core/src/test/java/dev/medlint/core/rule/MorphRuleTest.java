package dev.medlint.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.medlint.core.analysis.Linter;
import dev.medlint.core.report.Finding;
import dev.medlint.core.source.Format;
import dev.medlint.core.testing.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The morph rule's matching over Nori's morphemes: word classes, derived predicates, clauses and excuses. */
class MorphRuleTest {
    private static final Linter LINTER = Linter.of(TestRules.load("""
            pack: test-ko
            language: ko
            rules:
              - id: no-risk
                title: 위험이 없다는 표현
                category: no-risk
                severity: error
                law: 제56조
                type: morph
                match:
                  - 부작용|통증|흉터 + 없다
                  - 안전하다 + 시술
                  - 확실하다 + 효과
                  - 티 + 안/MAG + 나다
                  - 하나도 + 안/MAG + 느끼다
                  - 통증 + 따르다
                unless: [negated, question, conditional, about-ads]
                message: "'{match}'"
                suggestion: 고지하세요.
                examples:
                  flag: [부작용 없는 시술, 통증 없이 끝나요., 흉터없음, 안전한 시술, 확실한 효과]
                  pass: [부작용이 없는 시술은 없습니다., 통증이 없으면 괜찮습니다., 흉터가 없어지는 데 오래 걸립니다., "통증이 없나요?", 멍이 생길 수 있습니다.]
            """));

    private static List<String> matches(String text) {
        return LINTER.checkText("t", Format.TEXT, text).stream().map(Finding::match).toList();
    }

    @Test
    void anAlternativeMatchesAnyWordOfTheClass() {
        assertEquals(List.of("흉터가 전혀 없"), matches("흉터가 전혀 없습니다."));
        assertEquals(List.of("통증 없이"), matches("통증 없이 끝나요."));
    }

    @Test
    void aHadaPredicateMatchesItsRootWithTheSuffixAndItsAdverb() {
        assertEquals(1, matches("안전한 시술입니다.").size());
        assertEquals(1, matches("누구나 확실히 효과를 봅니다.").size());
        assertEquals(1, matches("확실하게 효과를 봅니다.").size());
    }

    @Test
    void aRootThatDropsItsRieulIsAlsoReadAsTheRieulVerbNoriPicks() {
        // Nori reads 나요 as 날다 ("fly"); 나다 must still match it
        assertEquals(1, matches("티 하나도 안 나요.").size());
    }

    @Test
    void aPassiveAfterAVerbKeepsTheVerbButBecomingAfterAnAdjectiveDoesNot() {
        assertEquals(1, matches("진짜 하나도 안 느껴져요.").size());
        assertEquals(List.of(), matches("흉터가 없어져요."));
    }

    @Test
    void aSentenceAboutAdvertisingWordingIsExcused() {
        assertEquals(List.of(), matches("심의 반려 사유 - 통증 없이 끝난다는 문구."));
        assertEquals(List.of(), matches("보건복지부는 '부작용 없는' 같은 문구를 쓴 광고 120건을 적발했다."));
        assertEquals(1, matches("부작용 없는 시술, 의료광고 심의필 제123호.").size());
    }

    @Test
    void aVerbOfACompoundParticleIsNoPredicate() {
        assertEquals(List.of("통증이 따르"), matches("통증이 따르는 시술입니다."));
        // 에 따라 is "according to": nothing here follows the pain
        assertEquals(List.of(), matches("통증 양상에 따라 용량을 정합니다."));
        assertEquals(List.of(), matches("통증 정도에 따른 처방입니다."));
    }

    @Test
    void goingAwayIsNotBeingAbsent() {
        assertEquals(List.of(), matches("붓기가 없어지는 데 2주, 통증이 없어지면 진통제를 끊으세요."));
    }

    @Test
    void aNegationInTheNextClauseDeniesSomethingElse() {
        assertEquals(1, matches("안전한 시술이라 임산부도 걱정 없어요.").size());
        assertEquals(List.of(), matches("부작용이 없는 시술은 없습니다."));
    }

    @Test
    void aConditionMustSitOnTheMatchedPredicate() {
        assertEquals(List.of(), matches("통증이 없으면 약은 드시지 않아도 됩니다."));
        assertEquals(1, matches("통증 없이 10분이면 끝나요.").size());
    }

    @Test
    void aFullStopMakesNayoAStatement() {
        assertEquals(1, matches("통증이 전혀 없어서 주무시는 동안 끝나요.").size());
        assertEquals(List.of(), matches("통증이 없나요"));
    }

    @Test
    void aWordClassOfThePackIsSharedByEveryPatternThatNamesIt() {
        Linter linter = Linter.of(TestRules.load("""
                pack: test-ko-classes
                language: ko
                classes:
                  risk: [부작용, 따끔, 자국, 티]
                  occur: [남다, 생기다, 나다]
                rules:
                  - id: no-risk
                    title: 위험이 없다는 표현
                    category: no-risk
                    severity: error
                    law: 제56조
                    type: morph
                    match:
                      - '@risk + 없다'
                      - '@risk + 안/MAG + @occur'
                    unless: [negated]
                    message: "'{match}'"
                    suggestion: 고지하세요.
                    examples:
                      flag: [따끔함도 없어요., 자국이 안 남아요., 부작용없음, 따끔 없이, 자국 없는 시술]
                      pass: [멍이 안 남아요., 부작용이 없는 시술은 없습니다., 따끔할 수 있습니다., 자국이 남을 수 있습니다., 부작용이 생길 수 있습니다.]
                """));
        java.util.function.Function<String, List<String>> m = t -> linter.checkText("t", Format.TEXT, t).stream()
                .map(Finding::match).toList();
        assertEquals(List.of("따끔함도 없"), m.apply("따끔함도 없어요."));
        assertEquals(1, m.apply("자국이 안 남아요.").size());
        assertEquals(List.of(), m.apply("멍이 안 남아요."), "멍 is not in this pack's class");
        assertEquals(1, m.apply("거의 티가 안 납니다.").size(), "나 fused with its ending into 납");
        assertEquals(List.of(), m.apply("부작용이 없는 시술은 없습니다."));
    }

    @Test
    void aWordClassThePackDoesNotDefineIsAnErrorNamingIt() {
        RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> TestRules.load("""
                        pack: test-ko-classes
                        language: ko
                        classes:
                          risk: [부작용]
                        rules:
                          - id: no-risk
                            title: t
                            category: no-risk
                            severity: error
                            law: 제56조
                            type: morph
                            match: ['@risks + 없다']
                            message: m
                            suggestion: s
                            examples:
                              flag: [부작용 없음, 부작용 없는, 부작용없이, 부작용 없어요, 부작용이 없습니다]
                              pass: [가, 나, 다, 라, 마]
                        """));
        org.junit.jupiter.api.Assertions.assertTrue(String.valueOf(e.getMessage()).contains("unknown word class 'risks'"),
                e.getMessage());
    }
}

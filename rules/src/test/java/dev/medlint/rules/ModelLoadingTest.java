package dev.medlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.analysis.Linter;
import dev.medlint.core.lang.Languages;
import dev.medlint.core.lang.en.OpenNlpAnalyzer;
import dev.medlint.core.lang.ko.NoriAnalyzer;
import dev.medlint.core.pack.BuiltinPacks;
import dev.medlint.core.pack.PackLoader;
import dev.medlint.core.report.Finding;
import dev.medlint.core.rule.DeferredRule;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.rule.RuleType;
import dev.medlint.core.rule.RuleTypes;
import dev.medlint.core.source.Format;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each language's models load only for text in that language: with both bundled packs running, a Korean-only
 * article never loads OpenNLP's models, and an English-only one never loads the Nori dictionary. Each case has a
 * holder of its own, so what another test loaded does not count.
 */
class ModelLoadingTest {
    private static final String KOREAN = """
            # 실리프팅 안내

            실리프팅은 녹는 실로 처진 조직을 당기는 시술입니다. 부작용이 전혀 없어요!

            본 게시물은 의료법 제56조를 준수하여 작성되었습니다.
            """;
    private static final String ENGLISH = """
            # Thread lifting

            Thread lifting repositions tissue with dissolvable threads. There are no side effects at all!

            This article complies with Article 56 of the Medical Service Act.
            """;

    @Test
    void aKoreanOnlyArticleNeverLoadsTheEnglishModels() throws Exception {
        Languages languages = Languages.builtIn();
        List<Finding> found = Linter.of(bothPacks(languages)).checkText("ko.md", Format.MARKDOWN, KOREAN);
        assertTrue(found.stream().anyMatch(f -> f.ruleId().equals("ko-no-risk")), found.toString());
        assertTrue(nori(languages).isLoaded(), "the Korean rules read the article's morphemes");
        assertFalse(openNlp(languages).isLoaded(), "no English block, so no English model");
    }

    @Test
    void aKoreanOnlyArticleLeavesTheEnglishRulesUnbuilt() throws Exception {
        Languages languages = Languages.builtIn();
        List<Rule> rules = bothPacks(languages);
        List<Finding> found = Linter.of(rules).checkText("ko.md", Format.MARKDOWN, KOREAN);
        assertTrue(found.stream().anyMatch(f -> f.ruleId().equals("ko-no-risk")), found.toString());
        for (Rule r : rules) {
            boolean english = r.language().id().equals("en");
            boolean built = ((DeferredRule) r).isBound();
            // the English rules that judge the whole article are built only when English is its main language
            assertEquals(!english, built, r.id() + (english ? " was built for a Korean article" : " was not run"));
        }
    }

    @Test
    void theBackgroundBindingBuildsTheRulesOfTheSampledLanguagesOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() > 1,
                "nothing is started on one core");
        Languages languages = Languages.builtIn();
        List<Rule> rules = bothPacks(languages);
        List<String> seen = languages.claiming(List.of(KOREAN));
        assertEquals(List.of("ko"), seen);
        DeferredRule.bindInBackground(rules, seen);
        List<Rule> korean = rules.stream().filter(r -> r.language().id().equals("ko")).toList();
        assertTrue(eventually(() -> korean.stream().allMatch(r -> ((DeferredRule) r).isBound())),
                "the Korean rules are built in the background");
        assertTrue(rules.stream().filter(r -> r.language().id().equals("en"))
                .noneMatch(r -> ((DeferredRule) r).isBound()), "no English rule is built for a Korean sample");
        List<Finding> found = Linter.of(rules).checkText("ko.md", Format.MARKDOWN, KOREAN);
        List<Finding> fresh = Linter.of(bothPacks(Languages.builtIn())).checkText("ko.md", Format.MARKDOWN, KOREAN);
        assertEquals(fresh.toString(), found.toString(), "rules built in the background find what the others do");
    }

    @Test
    void aRuleTypeSaysWhetherItsRulesJudgeTheWholeDocument() throws Exception {
        RuleTypes types = RuleTypes.builtIn();
        for (Rule r : bothPacks(Languages.builtIn())) {
            RuleType type = types.find(r.meta().type()).orElseThrow();
            assertEquals(r.resolved().judgesWholeDocument(), type.judgesWholeDocument(), r.id());
            assertEquals(r.resolved().judgesWholeDocument(), r.judgesWholeDocument(), r.id());
        }
    }

    @Test
    void anEnglishOnlyArticleNeverLoadsTheNoriDictionary() throws Exception {
        Languages languages = Languages.builtIn();
        List<Finding> found = Linter.of(bothPacks(languages)).checkText("en.md", Format.MARKDOWN, ENGLISH);
        assertTrue(found.stream().anyMatch(f -> f.category().equals("no-risk")), found.toString());
        assertTrue(openNlp(languages).isLoaded());
        assertFalse(nori(languages).isLoaded(), "no Korean block, so no dictionary");
    }

    @Test
    void englishInTheInputSampleStartsLoadingOpenNlpBeforeAnySentenceIsAsked() throws Exception {
        Languages languages = Languages.builtIn();
        languages.warmUpFor(ENGLISH);
        assertTrue(eventually(() -> openNlp(languages).isLoaded()), "the background load of the English models");
        assertFalse(nori(languages).isLoaded(), "no Korean in the sample, so no dictionary");
    }

    @Test
    void aKoreanInputSampleWarmsOnlyTheNoriDictionary() throws Exception {
        Languages languages = Languages.builtIn();
        languages.warmUpFor(KOREAN);
        assertTrue(eventually(() -> nori(languages).isLoaded()), "the background load of the dictionary");
        assertFalse(openNlp(languages).isLoaded(), "a Korean sample starts no English model");
    }

    /** Polls for up to a minute (the loads run on daemon threads of their own). */
    private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    private static List<Rule> bothPacks(Languages languages) throws Exception {
        PackLoader loader = new PackLoader(RuleTypes.builtIn(), languages);
        List<Rule> rules = new ArrayList<>();
        for (String name : BuiltinPacks.DEFAULTS) {
            rules.addAll(BuiltinPacks.load(name, loader).rules());
        }
        return rules;
    }

    private static NoriAnalyzer nori(Languages languages) {
        return (NoriAnalyzer) languages.find("ko").orElseThrow().analyzer();
    }

    private static OpenNlpAnalyzer openNlp(Languages languages) {
        return (OpenNlpAnalyzer) languages.find("en").orElseThrow().analyzer();
    }
}

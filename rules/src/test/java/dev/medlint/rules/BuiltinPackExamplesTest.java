package dev.medlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.authoring.ExampleRunner;
import dev.medlint.core.pack.BuiltinPacks;
import dev.medlint.core.pack.RulePack;
import dev.medlint.core.rule.Category;
import dev.medlint.core.rule.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every example of every bundled rule is a test: flag examples must fire, pass examples must not. */
class BuiltinPackExamplesTest {
    @TestFactory
    Stream<DynamicTest> everyExampleOfEveryBundledRule() throws Exception {
        List<ExampleRunner.Result> results = new java.util.ArrayList<>();
        for (String name : BuiltinPacks.names()) {
            results.addAll(new ExampleRunner().runAll(BuiltinPack.load(name).rules()));
        }
        assertTrue(results.size() > 50, "the bundled packs should carry many examples");
        return results.stream().map(r -> DynamicTest.dynamicTest(
                r.rule().id() + (r.shouldFlag() ? " flags: " : " passes: ") + r.example().text(),
                () -> assertTrue(r.passed(), r.rule().meta().file() + ":" + r.example().line() + ": "
                        + r.failure())));
    }

    @Test
    void thePackCoversEveryCategory() throws Exception {
        RulePack pack = BuiltinPack.load(BuiltinPacks.DEFAULT);
        Set<Category> covered = EnumSet.noneOf(Category.class);
        for (Rule r : pack.rules()) {
            covered.add(r.meta().category());
        }
        assertEquals(EnumSet.allOf(Category.class), covered);
    }

    @Test
    void theKoreanPackCoversEveryCategoryWithFiveExamplesEachWayInKorean() throws Exception {
        RulePack pack = BuiltinPack.load("kr-medical-ad-ko");
        Set<Category> covered = EnumSet.noneOf(Category.class);
        for (Rule r : pack.rules()) {
            covered.add(r.meta().category());
            assertEquals("ko", r.language().id(), r.id());
            assertTrue(r.meta().flagExamples().size() >= 5, r.id());
            assertTrue(r.meta().passExamples().size() >= 5, r.id());
            assertTrue(dev.medlint.core.lang.Script.mostlyHangul(r.meta().message(), 0, r.meta().message().length()),
                    r.id() + ": message in Korean");
        }
        assertEquals(EnumSet.allOf(Category.class), covered);
    }

    @Test
    void everyRuleHasAtLeastThreeExamplesEachWay() throws Exception {
        for (Rule r : BuiltinPack.load(BuiltinPacks.DEFAULT).rules()) {
            assertTrue(r.meta().flagExamples().size() >= 3, r.id());
            assertTrue(r.meta().passExamples().size() >= 3, r.id());
        }
    }
}

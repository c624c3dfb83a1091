package dev.medlint.core.config;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.medlint.core.analysis.Linter;
import dev.medlint.core.rule.RuleTypes;
import dev.medlint.core.testing.TestLanguages;
import dev.medlint.core.testing.TestPacks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configurations and the rule sets compiled from them are cached per file, and the cache can be dropped. */
class ConfigurationsTest {
    @TempDir
    Path dir;

    private Configurations configurations() throws Exception {
        Configurations.Settings s = new Configurations.Settings(null, null, true, true, List.of(), null, dir,
                "--rules", "--no-builtin");
        return Configurations.create(s, Linter.of(List.of()).withThreads(1), TestLanguages.packLoader(),
                RuleTypes.builtIn());
    }

    @Test
    void configurationsAndRuleSetsAreReadOncePerFileUntilCleared() throws Exception {
        Files.writeString(dir.resolve("rules.yaml"), TestPacks.THREE_RULES, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(".medlint.yaml"), "packs: []\nrule-files: [rules.yaml]\n");
        Path a = Files.createDirectories(dir.resolve("a")).resolve("one.md");
        Path b = Files.createDirectories(dir.resolve("b/c")).resolve("two.md");
        Configurations l = configurations();
        assertSame(l.configFor(a), l.configFor(b));
        assertSame(l.resolve(a).rules(), l.resolve(b).rules());
        assertSame(l.resolve(a).rules().linter(), l.resolve(b).rules().linter());
        RuleSet before = l.resolve(a).rules();
        l.clear();
        assertNotSame(before, l.resolve(a).rules());
    }
}

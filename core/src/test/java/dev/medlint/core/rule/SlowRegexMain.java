package dev.medlint.core.rule;

import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineOptions;
import dev.medlint.core.testing.TestLanguages;
import java.nio.file.Path;

/** Run by {@link RuleRegexTest} in its own JVM: checks the 80-character sentence with {@code (.*a){20}$}. */
public final class SlowRegexMain {
    private SlowRegexMain() {
    }

    public static void main(String[] args) throws Exception {
        Engine e = Engine.create(new EngineOptions().models(TestLanguages.MODELS).noConfig().noBuiltin()
                .ruleText("officer.yaml", RuleRegexTest.pack("en", "      - regex: '(.*a){20}$'\n")).threads(1));
        long start = System.nanoTime();
        int findings = e.checkText("t.txt", RuleRegexTest.SENTENCE, Path.of(".")).findings().size();
        System.out.println(findings + " findings, checked in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}

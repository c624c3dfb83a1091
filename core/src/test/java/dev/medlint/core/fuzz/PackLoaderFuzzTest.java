package dev.medlint.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.medlint.core.pack.PackLoader;
import dev.medlint.core.testing.TestLanguages;
import dev.medlint.core.yaml.RuleFileException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the rule-pack loader: any text either loads or is refused with a {@link RuleFileException} (the one-line
 * {@code file:line:col} error); anything else thrown (a parser's exception, a regex engine's) is a bug.
 */
class PackLoaderFuzzTest {
    private static final PackLoader LOADER = TestLanguages.packLoader();

    @FuzzTest
    void rulePack(byte[] input) {
        String yaml = new String(input, StandardCharsets.UTF_8);
        try {
            LOADER.load("fuzz-rules.yaml", yaml);
        } catch (RuleFileException e) {
            FuzzAssertions.oneLine(e, "fuzz-rules.yaml");
        }
    }
}

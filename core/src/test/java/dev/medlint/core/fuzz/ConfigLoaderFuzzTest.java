package dev.medlint.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.medlint.core.config.ConfigLoader;
import dev.medlint.core.yaml.RuleFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Fuzzes the configuration loader: any text gives a configuration or a one-line {@link RuleFileException}. */
class ConfigLoaderFuzzTest {
    private static final ConfigLoader LOADER = new ConfigLoader(p -> ".medlint.yaml");
    // a folder with no rule files, so a 'rule-files' entry is refused as missing instead of read from the disk
    private static final Path FILE = Path.of(System.getProperty("java.io.tmpdir"), "medlint-fuzz-none", ".medlint.yaml");

    @FuzzTest
    void configuration(byte[] input) {
        String yaml = new String(input, StandardCharsets.UTF_8);
        try {
            LOADER.parse(FILE, yaml);
        } catch (RuleFileException e) {
            FuzzAssertions.oneLine(e, ".medlint.yaml");
        }
    }
}

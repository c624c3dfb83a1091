package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineOptions;
import dev.medlint.core.report.RuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code medlint check samples} prints exactly samples/expected-output.golden (reviewed by hand: every line is a
 * finding a compliance officer would make). Regenerate it from the repository root with
 * {@code java -jar cli/target/medlint.jar check samples > samples/expected-output.golden} and review the diff.
 */
class SamplesGoldenTest {
    private static final Path SAMPLES = Path.of("..", "samples");

    @Test
    void checkSamplesPrintsTheGoldenFile() throws Exception {
        String golden = Files.readString(SAMPLES.resolve("expected-output.golden"), StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("check", SAMPLES.toString());
        // Run from cli/, paths start with ../samples; the golden file was made from the repository root.
        String out = r.out().replace("../samples/", "samples/");
        assertEquals(golden, out);
        assertEquals(1, r.code(), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void compliantSamplesHaveNoFindingAtAll() throws Exception {
        String golden = Files.readString(SAMPLES.resolve("expected-output.golden"), StandardCharsets.UTF_8);
        try (var files = Files.list(SAMPLES)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("compliant-")).toList()) {
                assertTrue(!golden.contains("samples/" + p.getFileName()), p + " must have no finding");
                assertEquals(0, Cli.run("check", p.toString()).code(), p.toString());
            }
        }
    }

    @Test
    void everyBundledRuleIsViolatedSomewhereInTheSamples() throws Exception {
        String golden = Files.readString(SAMPLES.resolve("expected-output.golden"), StandardCharsets.UTF_8);
        Set<String> fired = new TreeSet<>();
        Matcher m = Pattern.compile("^samples/\\S+: \\w+ \\[([a-z-]+)\\]", Pattern.MULTILINE).matcher(golden);
        while (m.find()) {
            fired.add(m.group(1));
        }
        Set<String> all = new TreeSet<>();
        for (RuleDescriptor rule : Engine.create(new EngineOptions().noConfig().models(Main.MODELS))
                .rules(Path.of("").toAbsolutePath()).rules()) {
            if (!rule.isEngineRule()) {
                all.add(rule.id());
            }
        }
        assertEquals(all, fired);
    }
}

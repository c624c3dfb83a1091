package dev.medlint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule files and a configuration named on the driver reach the executors as text and check as the files do; one
 * engine per JVM and set of rules, reused by every partition and job, all sharing the JVM's one holder of models.
 */
class ShippedRulesTest {
    private static final String RULES = """
            pack: house
            rules:
              - id: house-miracle
                title: Miracle words
                category: overclaim
                severity: error
                law: Art. 56(2)2
                type: phrase
                match: [miracle]
                message: "'{match}' promises too much."
                suggestion: Describe the procedure.
                examples:
                  flag: [A miracle cure., Miracles happen., The miracle lift.]
                  pass: [Results vary., Nothing here., Ask us.]
            """;
    private static final String POST = "A miracle lift. We guarantee a perfect result.\n";

    @TempDir
    Path dir;

    @Test
    void aRuleFileAndAConfigurationCheckAsTheyDoFromDisk() throws Exception {
        Path rules = Files.writeString(dir.resolve("house.yaml"), RULES);
        Path config = Files.writeString(dir.resolve("medlint.yaml"), "rules:\n  house-miracle: warning\n");
        Path in = Files.writeString(dir.resolve("posts.jsonl"), "{\"id\": \"p1\", \"text\": \"" + POST.strip()
                + "\"}\n");
        Path out = dir.resolve("out");
        LocalSpark.Run run = LocalSpark.job("--input", in.toString(), "--output", out.toString(), "--output-format",
                "jsonl", "--rules", rules.toString(), "--config", config.toString());
        assertEquals(0, run.code(), run.err());
        Engine reference = Engine.create(new EngineOptions().config(config, "medlint.yaml")
                .ruleFile(rules, "house.yaml").threads(1));
        List<String> expected = reference.checkText("p1", POST, dir).findings().stream()
                .map(f -> LocalSpark.line("p1", f)).sorted().toList();
        assertTrue(expected.stream().anyMatch(l -> l.contains("| house-miracle | overclaim | warning |")),
                expected.toString());
        assertTrue(expected.size() > 1, "the built-in pack's findings too: " + expected);
        assertEquals(expected, LocalSpark.read(out.resolve("findings"), "jsonl", LocalSpark.FINDING_FIELDS));
    }

    @Test
    void oneEnginePerJvmAndRulesReusedAcrossPartitionsAndJobs() throws Exception {
        Path in = Files.writeString(dir.resolve("posts.jsonl"), "{\"id\": \"p1\", \"text\": \"" + POST.strip()
                + "\"}\n{\"id\": \"p2\", \"text\": \"Results vary.\"}\n{\"id\": \"p3\", \"text\": \"A miracle.\"}\n");
        // Rules no other test uses, so their engine is new to this JVM.
        Path rules = Files.writeString(dir.resolve("reuse.yaml"), RULES.replace("pack: house", "pack: reuse"));
        int before = Engines.count();
        for (String n : List.of("a", "b")) {
            LocalSpark.Run run = LocalSpark.job("--input", in.toString(), "--output", dir.resolve(n).toString(),
                    "--rules", rules.toString(), "--partitions", "3");
            assertEquals(0, run.code(), run.err());
        }
        // The driver's check made it; the tasks of both jobs (local mode: this JVM) found it in the holder.
        assertEquals(before + 1, Engines.count());
        JobRules shipped = JobRules.read(true, null, List.of(rules), 10_485_760L);
        assertSame(Engines.forRules(shipped), Engines.forRules(shipped));
        assertEquals(before + 1, Engines.count());
    }
}

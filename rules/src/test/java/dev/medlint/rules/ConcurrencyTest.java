package dev.medlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.medlint.core.analysis.Linter;
import dev.medlint.core.pack.BuiltinPacks;
import dev.medlint.core.report.Finding;
import dev.medlint.core.source.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One Linter shared by many threads gives every document the same findings as a single thread does. */
class ConcurrencyTest {
    @Test
    void sharedLinterIsSafeOnManyThreads() throws Exception {
        Linter linter = Linter.ofPacks(List.of(BuiltinPack.load(BuiltinPacks.DEFAULT)));
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(Path.of("..", "samples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        for (String line : QualityEvaluationTest.resource("eval/sentences.tsv").lines().toList()) {
            if (!line.startsWith("#")) {
                texts.add(line.split("\t", 2)[1]);
            }
        }
        List<List<Finding>> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(linter.checkText("doc", Format.TEXT, t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<List<Finding>>> futures = new ArrayList<>();
                for (String t : texts) {
                    futures.add(pool.submit(() -> linter.checkText("doc", Format.TEXT, t)));
                }
                for (int i = 0; i < texts.size(); i++) {
                    assertEquals(expected.get(i), futures.get(i).get(), texts.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --cache}: the samples checked twice print the golden output both times (text and JSON alike), the
 * second run prints the stored entries instead of checking again, a damaged cache costs one warning line, and
 * {@code --cache-location} needs {@code --cache}.
 */
class CacheCommandTest {
    private static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    Path dir;

    private String golden() throws IOException {
        return Files.readString(SAMPLES.resolve("expected-output.golden"), StandardCharsets.UTF_8);
    }

    private Cli.Result cached(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("check", SAMPLES.toString(), "--cache",
                "--cache-location", dir.resolve("c").toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void theSamplesCheckedTwicePrintTheGoldenOutputTwice() throws IOException {
        Cli.Result plain = Cli.run("check", SAMPLES.toString());
        Cli.Result first = cached();
        Cli.Result second = cached();
        assertTrue(Files.isRegularFile(dir.resolve("c/cache.json")));
        for (Cli.Result r : List.of(first, second)) {
            assertEquals(plain.code(), r.code(), r::toString);
            assertEquals(plain.out(), r.out());
            assertEquals("", r.err());
            assertEquals(golden(), r.out().replace("../samples/", "samples/"));
        }
        Cli.Result json = Cli.run("check", SAMPLES.toString(), "--format", "json");
        assertEquals(json.out(), cached("--format", "json").out());
        assertEquals(json.out(), cached("--format", "json", "--threads", "1").out());
    }

    /** Copies of the samples under other names: enough text for the analysis to dominate a run. */
    private Path corpus(int copies) throws IOException {
        Path root = dir.resolve("corpus");
        List<Path> samples;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            samples = s.filter(p -> p.getFileName().toString().matches(".*\\.(md|html|txt)")).sorted().toList();
        }
        for (int i = 0; i < copies; i++) {
            Path folder = Files.createDirectories(root.resolve("batch-" + i));
            for (Path p : samples) {
                // A line of its own in each copy, so no two articles have the same text.
                String text = Files.readString(p, StandardCharsets.UTF_8);
                String mark = p.getFileName().toString().endsWith(".html") ? "<p>Batch " + i + ".</p>\n"
                        : "\n\nBatch " + i + ".\n";
                Files.writeString(folder.resolve(p.getFileName()), text + mark, StandardCharsets.UTF_8);
            }
        }
        return root;
    }

    @Test
    void aSecondRunIsAnsweredByTheStoredEntries() throws IOException {
        Path corpus = corpus(3);
        String cacheDir = dir.resolve("stored").toString();
        Cli.Result fresh = Cli.run("check", corpus.toString(), "--format", "json", "--cache", "--cache-location",
                cacheDir);
        assertTrue(fresh.out().contains("\"ruleId\": \"guarantee\""), fresh::toString);
        Path cacheFile = Path.of(cacheDir, "cache.json");
        String stored = Files.readString(cacheFile, StandardCharsets.UTF_8);
        long articles;
        try (Stream<Path> s = Files.walk(corpus)) {
            articles = s.filter(Files::isRegularFile).count();
        }
        assertEquals(articles, stored.split("\"sha256\"", -1).length - 1L, "one entry per article");
        assertEquals(fresh.out(), Cli.run("check", corpus.toString(), "--format", "json", "--cache",
                "--cache-location", cacheDir).out());
        // A stored message that no rule writes shows that the second run printed the entries, not a new analysis.
        String message = "\"message\":\"";
        assertTrue(stored.contains(message), stored);
        Files.writeString(cacheFile, stored.replace(message, message + "STORED "), StandardCharsets.UTF_8);
        Cli.Result warm = Cli.run("check", corpus.toString(), "--format", "json", "--cache", "--cache-location",
                cacheDir);
        assertEquals(fresh.out().replace("\"message\": \"", "\"message\": \"STORED "), warm.out());
    }

    @Test
    void aDamagedCacheCostsOneWarningLine() throws IOException {
        Files.createDirectories(dir.resolve("c"));
        Files.writeString(dir.resolve("c/cache.json"), "{\"medlintCache\": 1, \"tool\": ");
        Cli.Result r = cached();
        assertEquals(golden(), r.out().replace("../samples/", "samples/"));
        String line = r.oneErrorLine();
        assertTrue(line.startsWith("medlint: warning: cache " + dir.resolve("c").toString().replace('\\', '/')
                + "/cache.json is not a medlint cache ("), line);
        assertTrue(line.endsWith("; ignoring it, checking every article afresh and writing a new one"), line);
        Cli.Result again = cached();
        assertEquals("", again.err());
        assertEquals(r.out(), again.out());
    }

    @Test
    void cacheLocationNeedsCache() {
        Cli.Result r = Cli.run("check", SAMPLES.toString(), "--cache-location", dir.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--cache-location applies only with --cache"), r::toString);
        assertFalse(Files.exists(dir.resolve("cache.json")));
    }
}

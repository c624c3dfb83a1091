package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same corpus (the samples, plus articles of every format, Korean file names, links, unreadable and deeply nested
 * files) checked with 1 and 4 threads, with no cache, a cold one and a warm one, gives byte-identical JSON, problems
 * included.
 */
class DeterminismTest {
    @TempDir
    Path dir;

    /**
     * The ways of running that must not change a byte of the report, each as extra command-line arguments. The
     * first is the reference; the cache variants run in this order, so the first fills the cache and the others
     * read it.
     */
    List<List<String>> variants() {
        String cache = dir.resolve("cache").toString();
        return List.of(
                List.of("--threads", "1"),
                List.of("--threads", "4"),
                List.of("--threads", "1", "--cache", "--cache-location", cache),
                List.of("--threads", "1", "--cache", "--cache-location", cache),
                List.of("--threads", "4", "--cache", "--cache-location", cache));
    }

    @Test
    void jsonIsByteIdenticalWithOneAndFourThreadsCachedOrNot() throws IOException {
        Path corpus = corpus();
        List<String> reports = new ArrayList<>();
        for (List<String> variant : variants()) {
            List<String> args = new ArrayList<>(List.of("check", "-f", "json"));
            args.addAll(variant);
            args.add(corpus.toString());
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(2, r.code(), r::toString); // findings, and the unreadable files of the corpus
            reports.add(r.out() + "\n--- stderr\n" + r.err());
        }
        assertTrue(reports.get(0).contains("\"findings\""), reports.get(0));
        for (int i = 1; i < reports.size(); i++) {
            assertEquals(reports.get(0), reports.get(i), "variant " + variants().get(i) + " differs from "
                    + variants().get(0));
        }
    }

    private Path corpus() throws IOException {
        Path corpus = dir.resolve("corpus");
        Path samples = Path.of("..", "samples");
        try (Stream<Path> files = Files.walk(samples)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = corpus.resolve("samples").resolve(samples.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        write(corpus.resolve("extra/한국어-리프팅.md"), "# 리프팅 이벤트\n\n부작용 없는 최고의 리프팅을 보장합니다.\n");
        write(corpus.resolve("extra/page.html"), "<html><body><h1>Lifting</h1><p>We guarantee the best result."
                + "</p><!-- medlint-disable-next-line --><p>Free consultation</p></body></html>\n");
        write(corpus.resolve("extra/notes.txt"), "Our miracle lift is 100% safe.\nNo side effects at all.\n");
        write(corpus.resolve("extra/quotes.md"), ">".repeat(3_000) + " We guarantee results.\n");
        write(corpus.resolve("extra/empty.md"), "\n");
        Files.write(corpus.resolve("extra/latin1.md"), "Caf\u00e9 lifting\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.createSymbolicLink(corpus.resolve("extra/alias.md"), corpus.resolve("extra/notes.txt"));
        return corpus;
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}

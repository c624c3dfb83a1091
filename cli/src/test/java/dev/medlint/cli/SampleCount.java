package dev.medlint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How many articles samples/ holds, so report tests follow the samples as they grow. */
final class SampleCount {
    private SampleCount() {
    }

    static int articles() {
        try (var files = Files.list(Path.of("..", "samples"))) {
            return (int) files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches(".*\\.(md|markdown|html|htm|txt|text)")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

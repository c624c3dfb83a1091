package dev.medlint.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM stopped with SIGTERM while a report's temporary file exists leaves no {@code .tmp} behind. */
class TempFilesTest {
    @TempDir
    Path dir;

    /** Registers a temporary file as a report write does, says so, and waits to be stopped. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            Path tmp = Files.createTempFile(Path.of(args[0]), ".report.txt.", ".tmp");
            TempFiles.register(tmp);
            System.out.println(tmp);
            System.out.flush();
            Thread.sleep(60_000);
        }
    }

    @Test
    void sigtermRemovesATemporaryFileBeingWritten() throws Exception {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), Writer.class.getName(), dir.toString()))
                .redirectErrorStream(true).start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            Path tmp = Path.of(in.readLine());
            assertTrue(Files.exists(tmp), "the writer made its temporary file");
            p.destroy(); // SIGTERM on Unix
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the JVM did not stop");
            assertEquals(143, p.exitValue());
            assertFalse(Files.exists(tmp), "the shutdown hook left " + tmp);
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void aFinishedWriteLeavesOnlyTheReport() throws Exception {
        ReportFile.at(dir.resolve("a/b/report.txt"), "report.txt").write("1 error in 1 of 1 article.\n");
        try (var files = Files.walk(dir)) {
            assertEquals(List.of(dir.resolve("a/b/report.txt")), files.filter(Files::isRegularFile).toList());
        }
    }
}

package dev.medlint.rules.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Inputs that used to take minutes or run out of memory because some step grew faster than the text: each is
 * checked in a forked JVM with a small heap and a time bound far above what a linear check needs on a slow machine,
 * so a quadratic step fails here instead of swapping. {@link HugeInputProbe} also checks every finding's line:col
 * and match against the source.
 */
class HugeInputTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} of {1} bytes")
    @CsvSource({
        // kind, bytes, heap, seconds
        "paragraph, 3200000, 256m, 150",
        "long-line, 5000000, 256m, 200",
        "wrapped-text, 2000000, 256m, 120",
        "table, 6000000, 256m, 240",
        "comments, 600000, 128m, 60",
        "sections, 9000000, 384m, 300",
    })
    void completesInBoundedTimeAndMemory(String kind, int bytes, String heap, int seconds) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), HugeInputProbe.class.getName(), kind, dir.toString(),
                String.valueOf(bytes));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        long started = System.nanoTime();
        boolean done = p.waitFor(seconds, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly().waitFor();
        }
        String out = read(p);
        double took = (System.nanoTime() - started) / 1e9;
        assertTrue(done, kind + ": not done after " + seconds + " s: " + out);
        assertEquals(0, p.exitValue(), kind + ": " + out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("ok ")), out);
        System.out.printf("%s: %s in %.1f s with -Xmx%s%n", kind, out.strip(), took, heap);
    }

    private static String read(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}

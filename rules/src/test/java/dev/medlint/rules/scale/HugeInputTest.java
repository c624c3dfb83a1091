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
 * checked in a forked JVM with a small heap and a bound on its CPU time far above what a linear check needs (about
 * a tenth of it on the build machine), so a quadratic step fails here instead of swapping. CPU time, not wall time,
 * is bounded, so a busy machine does not fail the test; a run five times over the bound in wall time is stopped. {@link HugeInputProbe} also checks every finding's line:col
 * and match against the source.
 */
class HugeInputTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} of {1} bytes")
    @CsvSource({
        // kind, bytes, heap, CPU seconds
        "paragraph, 3200000, 256m, 90",
        "long-line, 5000000, 256m, 120",
        "wrapped-text, 2000000, 256m, 60",
        "table, 6000000, 256m, 150",
        "comments, 600000, 128m, 40",
        "sections, 9000000, 384m, 150",
    })
    void completesInBoundedTimeAndMemory(String kind, int bytes, String heap, int seconds) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), HugeInputProbe.class.getName(), kind, dir.toString(),
                String.valueOf(bytes));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        long started = System.nanoTime();
        boolean done = p.waitFor(5L * seconds, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly().waitFor();
        }
        String out = read(p);
        double took = (System.nanoTime() - started) / 1e9;
        assertTrue(done, kind + ": not done after " + 5 * seconds + " s: " + out);
        assertEquals(0, p.exitValue(), kind + ": " + out);
        String ok = out.lines().filter(l -> l.startsWith("ok ")).findFirst().orElseThrow(() -> new AssertionError(out));
        double cpu = Double.parseDouble(ok.substring(ok.indexOf("cpu ") + 4, ok.lastIndexOf(" s")));
        assertTrue(cpu <= seconds, kind + ": " + cpu + " s of CPU, the bound is " + seconds + " s");
        System.out.printf("%s: %s, %.1f s wall, -Xmx%s%n", kind, ok, took, heap);
    }

    private static String read(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}

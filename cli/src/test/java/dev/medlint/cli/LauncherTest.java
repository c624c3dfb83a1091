package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When {@code java -jar medlint.jar} runs the check in a second, tuned JVM, and that the result is the same. */
class LauncherTest {
    private static final String JAVA = "/jdk/bin/java";
    private static final String CP = "/opt/medlint.jar";

    private static Optional<List<String>> plan(List<String> jvmOptions, Map<String, String> env, String... args) {
        return Launcher.childCommand(args, jvmOptions, env, JAVA, CP, "UTF-8", a -> a.equals("big.md") ? 40L << 20 : 0,
                Optional.empty());
    }

    @Test
    void aPlainJavaJarCheckRunsWithTheCheckFlags() {
        assertEquals(Optional.of(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", CP,
                "dev.medlint.cli.Main", "check", "--format", "json", "posts/")),
                plan(List.of(), Map.of(), "check", "--format", "json", "posts/"));
        assertTrue(plan(List.of(), Map.of(), "--no-color", "check", "a.md").isPresent(), "options before the command");
    }

    @Test
    void aHugeFileKeepsTheC2Compiler() {
        assertEquals(Optional.of(List.of(JAVA, "-XX:+UseSerialGC", "-Xmn48m", "-XX:MinHeapFreeRatio=10",
                "-XX:MaxHeapFreeRatio=20", "-cp", CP, "dev.medlint.cli.Main", "check", "small.md", "big.md")),
                plan(List.of(), Map.of(), "check", "small.md", "big.md"));
    }

    @Test
    void theBuildsClassArchiveGoesWithTheBuiltInFlagsOnly() {
        Optional<String> archive = Optional.of("/opt/medlint.jsa");
        assertEquals(Optional.of(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:SharedArchiveFile=/opt/medlint.jsa", "-Xlog:cds*=off", "-cp", CP, "dev.medlint.cli.Main", "check",
                "a.md")), Launcher.childCommand(new String[] {"check", "a.md"}, List.of(), Map.of(), JAVA, CP, "UTF-8",
                a -> 0, archive));
        assertEquals(Optional.of(List.of(JAVA, "-Xmx1g", "-cp", CP, "dev.medlint.cli.Main", "check", "a.md")),
                Launcher.childCommand(new String[] {"check", "a.md"}, List.of(), Map.of("MEDLINT_JAVA_OPTS", "-Xmx1g"),
                        JAVA, CP, "UTF-8", a -> 0, archive), "the user's own flags stand alone");
    }

    @Test
    void otherCommandsStayInThisJvm() {
        for (String[] args : List.of(new String[] {"serve"}, new String[] {"lsp"}, new String[] {"rules", "test"},
                new String[] {"--version"}, new String[] {}, new String[] {"analyze", "check"})) {
            assertEquals(Optional.empty(), plan(List.of(), Map.of(), args), String.join(" ", args));
        }
    }

    @Test
    void flagsOfTheUsersOwnAreRespected() {
        assertEquals(Optional.empty(), plan(List.of("-Xmx2g"), Map.of(), "check", "a.md"));
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
            assertEquals(Optional.empty(), plan(List.of(), Map.of(variable, "-Xmx2g"), "check", "a.md"), variable);
        }
        assertEquals(Optional.of(List.of(JAVA, "-XX:+UseSerialGC", "-Xmx1g", "-cp", CP, "dev.medlint.cli.Main",
                "check", "big.md")), plan(List.of(), Map.of("MEDLINT_JAVA_OPTS", " -XX:+UseSerialGC  -Xmx1g "),
                "check", "big.md"));
        assertEquals(Optional.empty(), plan(List.of(), Map.of("MEDLINT_JAVA_OPTS", ""), "check", "a.md"),
                "an empty MEDLINT_JAVA_OPTS turns the second JVM off");
    }

    @Test
    void neverAThirdJvmAndNotWhereTheLocaleRelaunchIsNeeded() {
        assertEquals(Optional.empty(), plan(List.of(), Map.of("MEDLINT_JVM_TUNED", "1"), "check", "a.md"));
        assertEquals(Optional.empty(), Launcher.childCommand(new String[] {"check", "a.md"}, List.of(), Map.of(),
                JAVA, CP, "ANSI_X3.4-1968", a -> 0, Optional.empty()));
    }

    @Test
    void theTunedJvmPrintsWhatThisOneWouldAndExitsAlike(@TempDir Path dir) throws Exception {
        Path post = dir.resolve("post.md");
        Files.writeString(post, "# Filler\n\nOur filler is 100% guaranteed to work.\n", StandardCharsets.UTF_8);
        Forked direct = Forked.run(Map.of(), "dev.medlint.cli.Main", "check", "--no-color", post.toString());
        Forked launched = Forked.run(Map.of("MEDLINT_DEBUG", "1"), "dev.medlint.cli.Launcher", "check", "--no-color",
                post.toString());
        assertEquals(1, direct.code(), direct.err());
        assertEquals(direct.code(), launched.code(), launched.err());
        assertEquals(direct.out(), launched.out());
        assertTrue(launched.err().contains("checking in a JVM of its own: ")
                && launched.err().contains("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "), launched.err());
        assertTrue(direct.out().contains("post.md:3:"), direct.out());
    }

    @Test
    void standardInputReachesTheTunedJvm(@TempDir Path dir) throws Exception {
        Path post = dir.resolve("stdin.md");
        Files.writeString(post, "Our filler is 100% guaranteed to work.\n", StandardCharsets.UTF_8);
        Forked direct = Forked.run(Map.of(), post, "dev.medlint.cli.Main", "check", "--no-color", "-");
        Forked launched = Forked.run(Map.of("MEDLINT_DEBUG", "1"), post, "dev.medlint.cli.Launcher", "check",
                "--no-color", "-");
        assertEquals(direct.out(), launched.out());
        assertEquals(1, launched.code(), launched.err());
        assertTrue(launched.out().contains("<stdin>:1:"), launched.out());
        assertTrue(launched.err().contains("checking in a JVM of its own"), launched.err());
    }

    record Forked(int code, String out, String err) {
        /** {@code java -cp CLASSPATH MAIN ARGS}: no JVM options, as with {@code java -jar}. */
        static Forked run(Map<String, String> env, String main, String... args) throws Exception {
            return run(env, Path.of("/dev/null"), main, args);
        }

        /** As above, with standard input read from {@code stdin}. */
        static Forked run(Map<String, String> env, Path stdin, String main, String... args) throws Exception {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), main));
            command.addAll(List.of(args));
            Path out = Files.createTempFile("medlint-launcher", ".out");
            Path err = Files.createTempFile("medlint-launcher", ".err");
            try {
                ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile())
                        .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(stdin.toFile()));
                USER_VARIABLES.forEach(pb.environment()::remove);
                pb.environment().putAll(env);
                Process p = pb.start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                    throw new AssertionError("medlint " + String.join(" ", args) + " ran over two minutes");
                }
                return new Forked(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        }

        private static final List<String> USER_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS",
                "_JAVA_OPTIONS", "MEDLINT_JAVA_OPTS", "MEDLINT_JVM_TUNED", "MEDLINT_DEBUG");
    }
}

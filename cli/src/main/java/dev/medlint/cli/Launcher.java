package dev.medlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The jar's entry point. A check is short and runs one worker per core, so it is fastest with the C1 compiler only
 * and the serial collector: C2's compile threads and G1's concurrent threads otherwise take the core a second worker
 * needs, and G1 grows the heap to a gigabyte for a few hundred articles (README, "Performance"). A jar cannot carry
 * JVM flags, so when {@code java -jar medlint.jar check ...} starts with none of its own, this class runs the check
 * once more in a JVM with those flags and exits with its status. Any flag given to the JVM, any other command, or
 * {@code MEDLINT_JAVA_OPTS=""} runs medlint right here instead.
 *
 * <p>Deliberately small and free of other medlint classes: it is all the first JVM loads before it starts the
 * second.
 */
public final class Launcher {
    /** Set in the second JVM, so that it never starts a third. */
    static final String TUNED_VARIABLE = "MEDLINT_JVM_TUNED";
    /** Replaces the flags below; empty: no second JVM. */
    static final String OPTIONS_VARIABLE = "MEDLINT_JAVA_OPTS";
    static final List<String> CHECK_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /**
     * For a file this large, C2 stays: one file is one worker, so C2 compiles on the idle core and its faster code
     * pays over a long run (a 50 MB file: 73 s with C2, 138 s with C1 only; README, "Performance"). A section's
     * annotations outlive many young collections and die in the old generation, which the serial collector would
     * let grow to several times the live data; a small young generation and tight free ratios keep the heap near
     * what is live without capping it (the 50 MB file: about 510 MB instead of 680-810 MB, as fast).
     */
    static final List<String> LARGE_FILE_FLAGS = List.of("-XX:+UseSerialGC", "-Xmn48m", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=20");
    static final long LARGE_FILE_BYTES = 16L << 20;
    /**
     * The class-data archive the build writes next to the jar (cli/pom.xml): the checking JVM maps the classes it
     * needs from it instead of reading and verifying them from the jar, which saves a small check about a tenth
     * of a second. A JVM that cannot use it (another JDK build, a jar rebuilt or moved since) runs without it, and
     * its CDS log lines are turned off so that none of them reaches a report on standard output.
     */
    static final String CLASS_ARCHIVE = "medlint.jsa";
    /** Variables through which a user gives the JVM flags of their own. */
    private static final List<String> USER_FLAG_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS",
            "_JAVA_OPTIONS");

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<List<String>> child = childCommand(args, jvmOptions(), System.getenv(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"), System.getProperty("sun.jnu.encoding", "UTF-8"),
                Launcher::regularFileSize, classArchive(System.getProperty("java.class.path")));
        if (child.isPresent()) {
            if (System.getenv("MEDLINT_DEBUG") != null) {
                System.err.println("medlint: checking in a JVM of its own: " + String.join(" ", child.get()));
            }
            Optional<Integer> code = run(child.get());
            if (code.isPresent()) {
                System.exit(code.get());
            }
        }
        Main.main(args);
    }

    /**
     * The command line of the tuned JVM for these arguments, or empty when medlint should run in this JVM: the
     * command is not {@code check}, the JVM was given options ({@code jvmOptions}, or one of the variables the
     * {@code java} launcher reads), this is already the tuned JVM, or file names need the locale relaunch of
     * {@link LocaleRelaunch} (which keeps this JVM's options) rather than this one. With the built-in flags, a
     * {@code classArchive} is handed on.
     */
    static Optional<List<String>> childCommand(String[] args, List<String> jvmOptions, Map<String, String> env,
            String java, String classPath, String fileNameEncoding, ToLongFunction<String> fileSize,
            Optional<String> classArchive) {
        if (env.containsKey(TUNED_VARIABLE) || !jvmOptions.isEmpty() || classPath == null || classPath.isEmpty()
                || !(fileNameEncoding.equalsIgnoreCase("UTF-8") || fileNameEncoding.equalsIgnoreCase("UTF8"))
                || USER_FLAG_VARIABLES.stream().anyMatch(v -> !env.getOrDefault(v, "").isBlank())
                || !"check".equals(command(args))) {
            return Optional.empty();
        }
        List<String> flags = env.containsKey(OPTIONS_VARIABLE)
                ? List.of(env.get(OPTIONS_VARIABLE).trim().split("\\s+"))
                : Arrays.stream(args).anyMatch(a -> !a.startsWith("-") && fileSize.applyAsLong(a) >= LARGE_FILE_BYTES)
                        ? LARGE_FILE_FLAGS : CHECK_FLAGS;
        if (flags.isEmpty() || flags.get(0).isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(flags);
        if (!env.containsKey(OPTIONS_VARIABLE) && classArchive.isPresent()) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + classArchive.get(), "-Xlog:cds*=off"));
        }
        command.addAll(List.of("-cp", classPath, "dev.medlint.cli.Main"));
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * The class-data archive beside the jar when this JVM runs from one jar and is HotSpot (whose flags the archive
     * needs), else empty.
     */
    private static Optional<String> classArchive(String classPath) {
        if (classPath == null || !classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)
                || !System.getProperty("java.vm.name", "").matches("(OpenJDK|Java HotSpot).*")) {
            return Optional.empty();
        }
        try {
            Path parent = Path.of(classPath).toAbsolutePath().getParent();
            Path archive = parent == null ? null : parent.resolve(CLASS_ARCHIVE);
            return archive != null && Files.isRegularFile(archive) ? Optional.of(archive.toString())
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The size of the regular file an argument names, or 0 (not a file, a folder, an option's value). */
    private static long regularFileSize(String argument) {
        try {
            Path p = Path.of(argument);
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The subcommand: the first argument that is not an option of {@code medlint} itself. */
    private static String command(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return a;
            }
        }
        return "";
    }

    /**
     * The options this JVM was started with, read from the process's command line (cheaper than the management
     * beans, which would load a few hundred classes): what comes between the executable and {@code -jar}, where
     * {@code -cp} and its value do not count. Unknown (not Linux, no /proc): reported as one option, so that
     * medlint stays in this JVM.
     */
    private static List<String> jvmOptions() {
        Optional<String[]> arguments = processArguments();
        if (arguments.isEmpty()) {
            return List.of("?");
        }
        List<String> options = new ArrayList<>();
        String[] all = arguments.get();
        for (int i = 0; i < all.length; i++) {
            String a = all[i];
            if (a.equals("-jar") || !a.startsWith("-")) {
                break; // the jar or the main class: what follows are medlint's arguments
            }
            if (a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) {
                i++;
            } else {
                options.add(a);
            }
        }
        return options;
    }

    /**
     * The arguments after the executable, from /proc/self/cmdline: {@code ProcessHandle.Info} gives none when the
     * command line is long (a long class path), which is what a test's JVM has.
     */
    private static Optional<String[]> processArguments() {
        Path cmdline = Path.of("/proc/self/cmdline");
        try {
            if (Files.isReadable(cmdline)) {
                String[] all = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0");
                return all.length == 0 ? Optional.empty() : Optional.of(Arrays.copyOfRange(all, 1, all.length));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return ProcessHandle.current().info().arguments();
    }

    /** Runs the command with this process's streams and returns its exit status, or empty if it could not start. */
    private static Optional<Integer> run(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().put(TUNED_VARIABLE, "1");
        Process child;
        try {
            child = pb.start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // run in this JVM, untuned, rather than not at all
        }
        Thread stop = new Thread(child::destroy, "medlint-launcher-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return Optional.of(code);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(Main.EXIT_ERROR);
        }
    }
}

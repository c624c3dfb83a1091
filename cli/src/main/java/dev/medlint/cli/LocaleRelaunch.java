package dev.medlint.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes file names independently of the locale. The JDK turns file names (and arguments) into strings with the
 * locale's encoding, fixed when the JVM starts: under {@code LANG=C} a Korean file name becomes U+FFFD and cannot even
 * be opened. On such a system (Linux with a non-UTF-8 locale) medlint runs itself once more under {@code C.UTF-8},
 * handing over the original argument bytes (from {@code /proc/self/cmdline}) in ASCII, and exits with its status.
 */
final class LocaleRelaunch {
    static final String ARGS_VARIABLE = "MEDLINT_ARGS_UTF8";
    private static final String DONE_VARIABLE = "MEDLINT_RELAUNCHED";

    private LocaleRelaunch() {
    }

    /** The arguments handed over by a relaunch, decoded as UTF-8, or the JVM's own. */
    static String[] arguments(String[] jvmArgs) {
        String handed = System.getenv(ARGS_VARIABLE);
        if (handed == null || System.getenv(DONE_VARIABLE) == null) {
            return jvmArgs;
        }
        if (handed.isEmpty()) {
            return new String[0];
        }
        return Arrays.stream(handed.split(",", -1))
                .map(a -> new String(Base64.getDecoder().decode(a), StandardCharsets.UTF_8)).toArray(String[]::new);
    }

    /** The exit status of medlint run again under a UTF-8 locale, or empty when this JVM can decode file names. */
    static Optional<Integer> ifNeeded(String[] args) {
        String jnu = System.getProperty("sun.jnu.encoding", "UTF-8");
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (!linux || jnu.equalsIgnoreCase("UTF-8") || jnu.equalsIgnoreCase("UTF8")
                || System.getenv(DONE_VARIABLE) != null) {
            return Optional.empty();
        }
        try {
            List<byte[]> raw = rawArguments(args.length);
            Optional<String> java = ProcessHandle.current().info().command();
            if (raw == null || java.isEmpty()) {
                return Optional.empty();
            }
            List<String> command = new ArrayList<>();
            command.add(java.get());
            command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
            ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
            pb.environment().put("LC_ALL", "C.UTF-8");
            pb.environment().put(DONE_VARIABLE, "1");
            pb.environment().put(ARGS_VARIABLE, String.join(",",
                    raw.stream().map(b -> Base64.getEncoder().encodeToString(b)).toList()));
            Process child = pb.start();
            Thread stop = new Thread(child::destroy, "medlint-relaunch-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return Optional.of(code);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // run here, with the locale's decoding, rather than not at all
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(Main.EXIT_ERROR);
        }
    }

    /** The last {@code count} arguments of this process as the bytes the shell passed, or null if unknown. */
    private static List<byte[]> rawArguments(int count) throws IOException {
        Path cmdline = Path.of("/proc/self/cmdline");
        if (!Files.isReadable(cmdline)) {
            return null;
        }
        byte[] all = Files.readAllBytes(cmdline);
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == 0) {
                parts.add(Arrays.copyOfRange(all, start, i));
                start = i + 1;
            }
        }
        if (start < all.length) {
            parts.add(Arrays.copyOfRange(all, start, all.length));
        }
        return parts.size() < count ? null : parts.subList(parts.size() - count, parts.size());
    }
}

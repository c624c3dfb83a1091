package dev.medlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the CLI's output goes and what the environment says about it: whether standard output and standard error
 * are terminals, {@code NO_COLOR}, {@code TERM} and {@code CI}. The defaults of {@code --color} and
 * {@code --progress} follow from it; tests pass one of their own instead of the real one.
 *
 * @param stdoutIsTerminal standard output is a terminal (colour may be used by default)
 * @param stderrIsTerminal standard error is a terminal (a progress line may be shown by default)
 * @param env              the environment variables (only NO_COLOR, TERM, CI and MEDLINT_PROGRESS are read)
 */
record Terminal(boolean stdoutIsTerminal, boolean stderrIsTerminal, Map<String, String> env) {
    /** Output to files or pipes, empty environment: no colour, no progress. */
    static final Terminal NONE = new Terminal(false, false, Map.of());

    Terminal {
        env = Map.copyOf(env);
    }

    /** The process's own streams and environment. */
    static Terminal detect() {
        boolean console = System.console() != null;
        return new Terminal(isTerminal(1, console), isTerminal(2, console), System.getenv());
    }

    /** Colour when neither --color nor --no-color is given: on a terminal, unless NO_COLOR is set or TERM is dumb. */
    boolean colourByDefault() {
        return stdoutIsTerminal && !set("NO_COLOR") && !dumb();
    }

    /** What --progress is when not given: MEDLINT_PROGRESS (always, never or auto) if set to one of those, else auto. */
    String progressSetting() {
        String wanted = env.getOrDefault("MEDLINT_PROGRESS", "").strip().toLowerCase(java.util.Locale.ROOT);
        return java.util.List.of("always", "never", "auto").contains(wanted) ? wanted : "auto";
    }

    /** Whether --progress auto draws the line: stderr is a terminal, TERM is not dumb, and CI is not set. */
    boolean progressAuto() {
        return stderrIsTerminal && !dumb() && !set("CI");
    }

    private boolean dumb() {
        return "dumb".equals(env.get("TERM"));
    }

    private boolean set(String name) {
        String v = env.get(name);
        return v != null && !v.isEmpty();
    }

    /**
     * Whether file descriptor {@code fd} is a terminal. Linux tells through /proc (a terminal is a /dev/pts or
     * /dev/tty device); elsewhere the JDK's console check (standard input and output both terminals) stands in.
     */
    private static boolean isTerminal(int fd, boolean console) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return console;
        }
    }
}

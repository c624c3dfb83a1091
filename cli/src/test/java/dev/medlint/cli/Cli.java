package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@link Main#run} in process and captures what it prints. */
final class Cli {
    private Cli() {
    }

    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : err.lines().toList();
        }

        /** The error contract: exactly one line on stderr, no stack trace, no exception class names. */
        String oneErrorLine() {
            assertEquals(1, errLines().size(), () -> "expected one stderr line, got:\n" + err);
            assertNoStackTrace();
            return errLines().get(0);
        }

        void assertNoStackTrace() {
            assertFalse(err.contains("Exception"), () -> "stderr mentions an exception:\n" + err);
            assertFalse(err.contains("\tat "), () -> "stderr has a stack trace:\n" + err);
            assertFalse(out.contains("Exception"), () -> "stdout mentions an exception:\n" + out);
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static Result run(String... args) {
        return runWithStdin(new byte[0], args);
    }

    static Result runWithStdin(String stdin, String... args) {
        return runWithStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static Result runWithStdin(byte[] stdin, String... args) {
        return run(false, stdin, args);
    }

    static Result run(boolean colour, byte[] stdin, String... args) {
        return run(colour ? new Terminal(true, false, java.util.Map.of()) : Terminal.NONE, stdin, args);
    }

    /** Runs as if writing to the streams {@code terminal} describes, with its environment. */
    static Result run(Terminal terminal, byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = Main.run(args, new ByteArrayInputStream(stdin), o, e, terminal);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** The small test pack: test-guarantee (error, "guarantee"), test-miracle (warning), test-discount (info). */
    static Path testRules() {
        try {
            return Path.of(Cli.class.getResource("test-rules.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code check --no-builtin --rules <test pack>} followed by {@code args}. */
    static String[] check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--no-builtin", "--rules", testRules().toString()));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }
}

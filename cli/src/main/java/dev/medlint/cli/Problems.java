package dev.medlint.cli;

import java.io.PrintStream;

/** The one-line error every command prints on stderr: {@code medlint: what is wrong}. */
final class Problems {
    private Problems() {
    }

    /** Prints the line and returns the exit status for errors. */
    static int fail(PrintStream err, String message) {
        err.println("medlint: " + Main.oneLine(message));
        err.flush();
        return Main.EXIT_ERROR;
    }
}

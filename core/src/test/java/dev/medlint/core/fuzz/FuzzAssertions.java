package dev.medlint.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.yaml.RuleFileException;

/** The promise every refusal keeps: one line that starts with the file's name. */
final class FuzzAssertions {
    private FuzzAssertions() {
    }

    static void oneLine(RuleFileException e, String file) {
        String m = e.getMessage();
        assertTrue(m.startsWith(file + ":"), "the message names the file: " + m);
        assertFalse(m.contains("\n"), "the message is one line: " + m);
        assertTrue(e.line() >= 0 && e.column() >= 0, "line and column: " + m);
    }
}

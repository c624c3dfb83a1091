package dev.medlint.core.report;

/**
 * Makes control characters visible before text reaches a terminal: a file name or an article line with an ESC
 * sequence or a line break must not move the cursor, recolour the screen or forge a report line. Each control
 * character becomes one visible character (its Unicode "control picture", e.g. U+241B for ESC), so columns and the
 * carets under a span stay where they were. Tabs are kept.
 */
public final class ControlChars {
    private ControlChars() {
    }

    /** The text with every control character except tab replaced by one visible character. */
    public static String visible(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char shown = shown(c);
            if (shown != c) {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
                b.append(shown);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static char shown(char c) {
        if (c == '\t') {
            return c;
        }
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        if (c == 0x7F) {
            return '\u2421';
        }
        if (c >= 0x80 && c <= 0x9F) {
            // C1 controls (CSI is 0x9B) have no pictures of their own.
            return '\uFFFD';
        }
        return c;
    }
}

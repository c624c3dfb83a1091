package dev.medlint.core.yaml;

/**
 * A rule or configuration file medlint refuses, with the line and column of the problem ({@code line} 0 when the
 * problem concerns the whole file: then the message is {@code file: reason}).
 */
public class RuleFileException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    public RuleFileException(String file, int line, int column, String reason) {
        super(line > 0 ? file + ":" + line + ":" + column + ": " + oneLine(reason) : file + ": " + oneLine(reason));
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = oneLine(reason);
    }

    /** A problem with a whole file (missing, a folder, a rule id defined twice): {@code file: reason}. */
    public RuleFileException(String file, String reason) {
        this(file, 0, 0, reason);
    }

    /**
     * The reason with line breaks and other control characters shown as escapes: reasons quote values from the file,
     * and a multi-line YAML value must not break the one-line {@code file:line:col: reason} form.
     */
    private static String oneLine(String reason) {
        StringBuilder b = new StringBuilder(reason.length());
        reason.codePoints().forEach(c -> {
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (Character.getType(c) == Character.CONTROL) {
                b.append(String.format("\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}

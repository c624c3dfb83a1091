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
        super(line > 0 ? file + ":" + line + ":" + column + ": " + reason : file + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** A problem with a whole file (missing, a folder, a rule id defined twice): {@code file: reason}. */
    public RuleFileException(String file, String reason) {
        this(file, 0, 0, reason);
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

package dev.medlint.core.source;

/** An input that cannot be checked: missing, binary, badly encoded, empty or too large. */
public class InputException extends Exception {
    private final String path;
    private final int line;
    private final int column;
    private final String reason;

    public InputException(String path, int line, int column, String reason) {
        super(format(path, line, column, reason));
        this.path = path;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public InputException(String path, String reason) {
        this(path, 0, 0, reason);
    }

    private static String format(String path, int line, int column, String reason) {
        return line > 0 ? path + ":" + line + ":" + column + ": " + reason : path + ": " + reason;
    }

    public String path() {
        return path;
    }

    /** 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }

    /** The problem as a report records it. */
    public dev.medlint.core.report.Problem problem() {
        return new dev.medlint.core.report.Problem(path, line, column, reason);
    }
}

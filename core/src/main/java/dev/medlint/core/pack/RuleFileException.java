package dev.medlint.core.pack;

/** A rule or configuration file medlint refuses, with the line and column of the problem. */
public class RuleFileException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    public RuleFileException(String file, int line, int column, String reason) {
        super(file + ":" + line + ":" + column + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
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

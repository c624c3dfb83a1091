package dev.medlint.core.api;

/**
 * Something the engine cannot work with: a broken configuration or rule file, an unknown rule id or format. The
 * message is one line, {@code file[:line:col]: reason} where a file is at fault; {@link #file()} and {@link
 * #line()} give the parts (0 when the problem concerns no place in a file).
 */
public final class EngineException extends Exception {
    private final String file;
    private final int line;
    private final int column;

    public EngineException(String message, String file, int line, int column, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public EngineException(String message) {
        this(message, null, 0, 0, null);
    }

    /** The file at fault, or null. */
    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}

package dev.medlint.core.report;

/**
 * An input that could not be checked (missing, binary, badly encoded, empty, too large): the path it is reported
 * under, the 1-based line and column of the problem (0 when it concerns the whole file) and the reason.
 */
public record Problem(String path, int line, int column, String reason) {
    public Problem(String path, String reason) {
        this(path, 0, 0, reason);
    }

    /** {@code path[:line:col]: reason}, the one-line form every front end prints. */
    public String message() {
        return line > 0 ? path + ":" + line + ":" + column + ": " + reason : path + ": " + reason;
    }
}

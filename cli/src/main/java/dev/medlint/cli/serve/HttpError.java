package dev.medlint.cli.serve;

/** A request the server refuses: the HTTP status and the one-line reason sent back as JSON. */
final class HttpError extends Exception {
    private final int status;

    HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}

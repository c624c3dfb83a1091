package dev.medlint.spark;

/** Something the job cannot start with (a bad option, an unreadable rule file, a missing input): one line. */
public final class JobException extends Exception {
    public JobException(String message) {
        super(message);
    }
}

package dev.medlint.core.report;

/**
 * An article that was checked, with or without findings: the path it is reported under, its format ("markdown",
 * "html", "text"), the SHA-256 of its text (hex), the fail level its configuration sets, and that configuration
 * file as reports name it (empty when the defaults applied).
 */
public record CheckedFile(String path, String format, String sha256, FailLevel failOn, String configuration) {
    /** A file checked with the defaults, or whose configuration is not recorded. */
    public CheckedFile(String path, String format, String sha256, FailLevel failOn) {
        this(path, format, sha256, failOn, "");
    }
}

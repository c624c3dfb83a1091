package dev.medlint.core.report;

/**
 * An article that was checked, with or without findings: the path it is reported under, its format ("markdown",
 * "html", "text"), the SHA-256 of its text (hex), and the fail level its configuration sets.
 */
public record CheckedFile(String path, String format, String sha256, FailLevel failOn) {
}

package dev.medlint.core.source;

import java.util.Objects;

/**
 * One article as read: the name it is reported under, its format and its decoded text (without a byte-order mark).
 */
public record SourceDocument(String path, Format format, String text) {
    public SourceDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
    }
}

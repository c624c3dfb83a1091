package dev.medlint.core.source;

import java.nio.file.Path;

/** A file to check: where it is, the name it is reported under, and its format. */
public record ArticleFile(Path file, String displayPath, Format format) {
}

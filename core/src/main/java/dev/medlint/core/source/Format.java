package dev.medlint.core.source;

import java.util.Locale;
import java.util.Optional;

/** The article formats medlint reads, chosen by file name. */
public enum Format {
    MARKDOWN("md", "markdown"),
    HTML("html", "htm"),
    TEXT("txt", "text");

    private final String[] extensions;

    Format(String... extensions) {
        this.extensions = extensions;
    }

    /** The format a file name's extension stands for, or empty when medlint does not read that kind of file. */
    public static Optional<Format> forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = lower.substring(dot + 1);
        for (Format f : values()) {
            for (String e : f.extensions) {
                if (e.equals(ext)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** Extensions as shown in messages, e.g. ".md, .markdown, .html, .htm, .txt, .text". */
    public static String knownExtensions() {
        StringBuilder b = new StringBuilder();
        for (Format f : values()) {
            for (String e : f.extensions) {
                if (b.length() > 0) {
                    b.append(", ");
                }
                b.append('.').append(e);
            }
        }
        return b.toString();
    }
}

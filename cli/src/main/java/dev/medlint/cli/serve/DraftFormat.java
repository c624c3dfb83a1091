package dev.medlint.cli.serve;

import java.util.Locale;
import java.util.Optional;

/**
 * The formats a draft may be checked as, by the names the page and the API use, and how a draft is named so that the
 * engine (which picks the format by file extension) reads it as that format.
 */
public enum DraftFormat {
    MARKDOWN("markdown", ".md"), HTML("html", ".html"), TEXT("text", ".txt");

    private final String id;
    private final String extension;

    DraftFormat(String id, String extension) {
        this.id = id;
        this.extension = extension;
    }

    public String id() {
        return id;
    }

    /** A format by its API name ("markdown", "html", "text"; "md", "htm", "txt", "plaintext" too). */
    public static Optional<DraftFormat> parse(String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        return switch (n) {
            case "markdown", "md" -> Optional.of(MARKDOWN);
            case "html", "htm" -> Optional.of(HTML);
            case "text", "txt", "plain", "plaintext" -> Optional.of(TEXT);
            default -> Optional.empty();
        };
    }

    /** The format a file name's extension stands for, if it is one of the article extensions. */
    public static Optional<DraftFormat> ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }

    /**
     * The name a draft is reported under: the base name of {@code filename} (never a path: the API reads no files)
     * when its extension is this format's, else {@code filename}'s stem with this format's extension.
     */
    public String nameFor(String filename) {
        String base = filename == null ? "" : filename.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        if (base.isEmpty() || base.startsWith(".")) {
            return "draft" + extension;
        }
        if (ofFileName(base).filter(f -> f == this).isPresent()) {
            return base;
        }
        int dot = base.lastIndexOf('.');
        return (dot > 0 ? base.substring(0, dot) : base) + extension;
    }
}

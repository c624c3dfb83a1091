package dev.medlint.core.report;

import java.io.IOException;

/** Writes a report in one output format. Reporters only format: they never re-read or re-analyse articles. */
public interface Reporter {
    void write(Report report, Appendable out) throws IOException;

    /** The reporter for a format name: text or json. */
    static Reporter forFormat(String name) {
        return switch (name) {
            case "text" -> new TextReporter();
            case "json" -> new JsonReporter();
            default -> throw new IllegalArgumentException("unknown output format '" + name + "'; use text or json");
        };
    }

    /** The format names {@link #forFormat} knows. */
    static java.util.List<String> formats() {
        return java.util.List.of("text", "json");
    }
}

package dev.medlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The JSON Schemas shipped in the jar (from rules/schema and docs/schema): rule files and the configuration. */
final class Schemas {
    /** Schema name on the command line -> file name in the jar (under medlint/schema/). */
    static final Map<String, String> FILES = Map.of(
            "rules", "rule-pack.schema.json",
            "config", "medlint-config.schema.json");

    private Schemas() {
    }

    /** The text of a schema by its command-line name (rules or config). */
    static String text(String name) throws IOException {
        String file = FILES.get(name);
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream("medlint/schema/" + file)) {
            if (in == null) {
                throw new IOException("the schema " + file + " is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

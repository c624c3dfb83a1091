package dev.medlint.spark;

import java.util.Locale;

/** How posts are stored: a folder of article files, JSON Lines, or Parquet. */
public enum InputForm {
    FILES, JSONL, PARQUET;

    /** The form an input's name suggests: .jsonl/.ndjson/.json is JSON Lines, .parquet Parquet, else files. */
    static InputForm guess(String input) {
        String s = input.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (s.endsWith(".jsonl") || s.endsWith(".ndjson") || s.endsWith(".json")) {
            return JSONL;
        }
        return s.endsWith(".parquet") ? PARQUET : FILES;
    }
}

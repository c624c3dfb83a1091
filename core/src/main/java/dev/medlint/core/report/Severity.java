package dev.medlint.core.report;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is. Ordered from most to least serious. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** Whether this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String s) {
        for (Severity v : values()) {
            if (v.label().equals(s)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}

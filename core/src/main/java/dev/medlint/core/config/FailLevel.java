package dev.medlint.core.config;

import dev.medlint.core.rule.Severity;
import java.util.Locale;
import java.util.Optional;

/** The least serious finding that makes a run fail ({@code fail-on}), or {@link #NEVER}. */
public enum FailLevel {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NEVER(null);

    private final Severity threshold;

    FailLevel(Severity threshold) {
        this.threshold = threshold;
    }

    /** Whether a finding of this severity makes the run fail. */
    public boolean counts(Severity severity) {
        return threshold != null && severity.atLeast(threshold);
    }

    /** The threshold, or empty for {@link #NEVER}. */
    public Optional<Severity> threshold() {
        return Optional.ofNullable(threshold);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FailLevel> parse(String s) {
        for (FailLevel f : values()) {
            if (f.label().equals(s)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

package dev.medlint.core.report;

import dev.medlint.core.util.Suggest;
import dev.medlint.core.report.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The least serious finding that makes a run fail, or {@link #NEVER}: {@code fail-on} in {@code .medlint.yaml}, the
 * CLI's {@code --fail-on} and the Maven plugin's {@code failOnSeverity}. The words, their parsing and messages, and
 * which severities count live here so every front end treats the levels alike; which level applies to which file, and
 * whether a run fails, is {@link ConfiguredLinter.Result}.
 */
public enum FailLevel {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NEVER(null);

    /** Words people write for "never" ({@code fail-on: false}), answered with "did you mean 'never'?". */
    private static final Set<String> MEANS_NEVER = Set.of("false", "no", "off", "none", "0");

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

    /** The word for the level: error, warning, info or never. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every level's word, most serious first. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(FailLevel::label).toList();
    }

    /** The level a word names, ignoring case and surrounding blanks; empty for anything else. */
    public static Optional<FailLevel> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String word = s.strip().toLowerCase(Locale.ROOT);
        for (FailLevel f : values()) {
            if (f.label().equals(word)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The message for a word that is no level, e.g. {@code unknown fail-on level 'warnings' (did you mean
     * 'warning'?); use error, warning, info or never}.
     *
     * @param what  what the value is called where it was written ("fail-on level", "failOnSeverity")
     * @param value the value as written
     */
    public static String unknown(String what, String value) {
        String word = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        String hint = MEANS_NEVER.contains(word) ? " (did you mean 'never'?)" : Suggest.hint(word, labels());
        return "unknown " + what + " '" + value + "'" + hint + "; use error, warning, info or never";
    }
}

package dev.medlint.cli;

import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Report;
import dev.medlint.core.rule.Severity;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The {@code --fail-on} level: the least serious finding that makes the run fail, or never. */
enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** Whether this finding counts towards failing the run. */
    boolean counts(Finding f) {
        return threshold != null && f.severity().atLeast(threshold);
    }

    boolean fails(Report report) {
        return threshold != null && report.failsAt(threshold);
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static final class Converter implements ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            for (FailOn f : values()) {
                if (f.label().equals(value.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new TypeConversionException("expected error, warning, info or never, not '" + value + "'");
        }
    }
}

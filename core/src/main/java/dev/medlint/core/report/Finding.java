package dev.medlint.core.report;

import dev.medlint.core.rule.Severity;
import java.util.Comparator;

/**
 * One thing medlint reports: which rule, where (1-based lines, columns in code points, end exclusive), how serious,
 * why, and which provision of law. A document-level finding (something missing) has no match text.
 */
public record Finding(
        String path,
        String ruleId,
        String category,
        Severity severity,
        int line,
        int column,
        int endLine,
        int endColumn,
        String message,
        String law,
        String match,
        String suggestion) {

    /** Path, line, column, then rule id: the order every reporter prints in. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId);

    public boolean isDocumentLevel() {
        return match.isEmpty();
    }
}

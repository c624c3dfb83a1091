package dev.medlint.core.report;

import java.util.Comparator;

/**
 * One thing medlint reports: which rule, where (1-based lines, columns in code points, end exclusive; and the same
 * span as character offsets into the source text), how serious, why, and which provision of law. A document-level
 * finding (something missing) has no match text and the offsets -1. {@code failing} says whether the finding fails
 * the run under the configuration that produced it. {@code fingerprint} identifies it across edits elsewhere in the
 * article (rule, path and the normalised text around the match, never a line number; empty until the pipeline
 * stamps it): the baseline and SARIF's {@code partialFingerprints} use it.
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
        String suggestion,
        int offset,
        int endOffset,
        String pack,
        boolean failing,
        String fingerprint) {

    /** Path, line, column, then rule id: the order every reporter prints in. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId);

    /** A finding not yet fingerprinted. */
    public Finding(String path, String ruleId, String category, Severity severity, int line, int column, int endLine,
            int endColumn, String message, String law, String match, String suggestion, int offset, int endOffset,
            String pack, boolean failing) {
        this(path, ruleId, category, severity, line, column, endLine, endColumn, message, law, match, suggestion,
                offset, endOffset, pack, failing, "");
    }

    /** A finding without source offsets or pack that fails a run when it is an error (the default fail level). */
    public Finding(String path, String ruleId, String category, Severity severity, int line, int column, int endLine,
            int endColumn, String message, String law, String match, String suggestion) {
        this(path, ruleId, category, severity, line, column, endLine, endColumn, message, law, match, suggestion, -1,
                -1, "", severity == Severity.ERROR);
    }

    public boolean isDocumentLevel() {
        return match.isEmpty();
    }

    /** The same finding judged by a fail level. */
    public Finding judgedBy(FailLevel level) {
        boolean f = level.counts(severity);
        return f == failing ? this : new Finding(path, ruleId, category, severity, line, column, endLine, endColumn,
                message, law, match, suggestion, offset, endOffset, pack, f, fingerprint);
    }

    /** The same finding with its fingerprint. */
    public Finding withFingerprint(String print) {
        return new Finding(path, ruleId, category, severity, line, column, endLine, endColumn, message, law, match,
                suggestion, offset, endOffset, pack, failing, print);
    }
}

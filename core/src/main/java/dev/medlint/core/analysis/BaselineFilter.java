package dev.medlint.core.analysis;

import dev.medlint.core.report.Baseline;
import dev.medlint.core.report.Finding;
import java.util.List;

/**
 * Drops the findings a baseline accepts (legacy content), so a run reports and fails only on new ones. It runs after
 * suppressions and fingerprinting ({@link FindingPipeline}): a suppressed finding never counts against a baseline,
 * and the fingerprint it matches on ignores line numbers.
 */
public final class BaselineFilter implements FindingFilter {
    private final Baseline baseline;

    public BaselineFilter(Baseline baseline) {
        this.baseline = baseline;
    }

    @Override
    public List<Finding> apply(DocumentContext document, List<Finding> findings) {
        return baseline.filter(document.path(), findings);
    }
}

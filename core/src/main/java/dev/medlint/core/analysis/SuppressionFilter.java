package dev.medlint.core.analysis;

import dev.medlint.core.report.Finding;
import java.util.List;

/**
 * Inline suppressions ({@link Suppressions}): drops the findings an article's directives silence, and adds the
 * engine rules' findings about directives that silence nothing or cannot be used.
 */
public final class SuppressionFilter implements FindingFilter {
    private final Suppressions.Settings settings;

    public SuppressionFilter(Suppressions.Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<Finding> apply(DocumentContext d, List<Finding> findings) {
        return Suppressions.apply(d.path(), d.source(), d.view(), d.lines(), findings, d.activeRules(), settings);
    }
}

package dev.medlint.core.analysis;

import dev.medlint.core.report.FailLevel;
import dev.medlint.core.report.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered filters every document's findings pass through, then the fail level that judges each finding. The
 * order is fixed here: overlapping findings are merged first, so a suppression silences the one finding a reader
 * would see; suppressions come next, then every finding is fingerprinted; a baseline filter ({@link BaselineFilter}) goes
 * after them, so a suppressed finding never enters a baseline.
 */
public final class FindingPipeline {
    private final List<FindingFilter> filters;
    private final FailLevel failLevel;

    private FindingPipeline(List<FindingFilter> filters, FailLevel failLevel) {
        this.filters = List.copyOf(filters);
        this.failLevel = failLevel;
    }

    /** The standard pipeline: overlap merging, suppressions read with these settings, then fingerprints. */
    public static FindingPipeline standard(Suppressions.Settings suppressions, FailLevel failLevel) {
        return new FindingPipeline(List.of(new OverlapFilter(), new SuppressionFilter(suppressions),
                new FingerprintFilter()), failLevel);
    }

    /** This pipeline with one more filter at its end. */
    public FindingPipeline then(FindingFilter filter) {
        List<FindingFilter> all = new ArrayList<>(filters);
        all.add(filter);
        return new FindingPipeline(all, failLevel);
    }

    /** The same filters judging findings by another fail level. */
    public FindingPipeline judgedBy(FailLevel level) {
        return new FindingPipeline(filters, level);
    }

    public FailLevel failLevel() {
        return failLevel;
    }

    public List<Finding> run(DocumentContext document, List<Finding> findings) {
        return judge(filter(document, findings));
    }

    /** The findings after every filter, in the order the filters leave them, not yet judged or sorted. */
    public List<Finding> filter(DocumentContext document, List<Finding> findings) {
        List<Finding> out = findings;
        for (FindingFilter f : filters) {
            out = f.apply(document, out);
        }
        return out;
    }

    /** Filtered findings judged by the fail level and put in report order. */
    public List<Finding> judge(List<Finding> filtered) {
        List<Finding> judged = new ArrayList<>(filtered.size());
        for (Finding f : filtered) {
            judged.add(f.judgedBy(failLevel));
        }
        judged.sort(Finding.ORDER);
        return judged;
    }
}

package dev.medlint.spark;

import java.util.List;

/**
 * What a run did, for the driver's closing lines: posts checked, findings, problems, and per category the findings,
 * the posts with any, and the findings by severity.
 */
public record JobSummary(long checked, long findings, long problems, List<Category> categories) {
    public record Category(String category, long findings, long posts, long errors, long warnings, long infos) {
    }

    public JobSummary {
        categories = List.copyOf(categories);
    }
}

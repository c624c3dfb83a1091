package dev.medlint.core.analysis;

import dev.medlint.core.report.Finding;
import java.util.List;

/**
 * One step of the pipeline the findings of a document pass through before they are reported ({@link
 * FindingPipeline}): it may drop findings, merge them or add its own (an engine rule's). Implementations are
 * immutable and safe to share between threads.
 */
public interface FindingFilter {
    List<Finding> apply(DocumentContext document, List<Finding> findings);
}

package dev.medlint.cli.lsp;

import dev.medlint.cli.serve.DraftFormat;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.RuleDescriptor;
import java.util.List;
import java.util.Map;

/**
 * A document the editor has open: its text and version, the format it is checked as, and the findings of its last
 * check with the descriptions of their rules (for hovers and code actions).
 */
record OpenDocument(String uri, int version, String text, DraftFormat format, List<Finding> findings,
        Map<String, RuleDescriptor> rules, LineIndex lines) {

    OpenDocument withText(int newVersion, String newText) {
        return new OpenDocument(uri, newVersion, newText, format, List.of(), Map.of(), new LineIndex(newText));
    }

    OpenDocument withFindings(List<Finding> newFindings, Map<String, RuleDescriptor> newRules) {
        return new OpenDocument(uri, version, text, format, List.copyOf(newFindings), Map.copyOf(newRules), lines);
    }

    /** Offsets of findings count from after a byte-order mark, which the engine drops. */
    int shift() {
        return text.startsWith("\uFEFF") ? 1 : 0;
    }
}

package dev.medlint.core.analysis;

import dev.medlint.core.nlp.AnnotatedText;
import dev.medlint.core.nlp.NlpModels;
import dev.medlint.core.report.Finding;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.rule.RuleHit;
import dev.medlint.core.rule.RuleMeta;
import dev.medlint.core.source.SourceDocument;
import dev.medlint.core.text.LineMap;
import dev.medlint.core.text.TextExtractor;
import dev.medlint.core.text.TextView;
import java.util.ArrayList;
import java.util.List;

/** Runs every rule over one document and turns what they found into findings with source positions. */
final class DocumentChecker {
    private final List<Rule> rules;
    private final NlpModels models;

    DocumentChecker(List<Rule> rules, NlpModels models) {
        this.rules = rules;
        this.models = models;
    }

    /** The document's findings and the analysed text they came from. */
    record Checked(List<Finding> findings, TextView view, LineMap lines) {
    }

    Checked check(SourceDocument doc) {
        TextView view = TextExtractor.forFormat(doc.format()).extract(doc.text());
        AnnotatedText annotated = new AnnotatedText(view, models);
        LineMap lines = new LineMap(doc.text());
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            for (RuleHit hit : rule.check(annotated)) {
                findings.add(toFinding(doc.path(), rule.meta(), hit, view, lines));
            }
        }
        findings.sort(Finding.ORDER);
        return new Checked(findings, view, lines);
    }

    private static Finding toFinding(String path, RuleMeta meta, RuleHit hit, TextView view, LineMap lines) {
        LineMap.Position start;
        LineMap.Position end;
        if (hit.isDocumentLevel()) {
            start = new LineMap.Position(1, 1);
            end = start;
        } else {
            start = lines.position(view.sourceOffset(hit.start()));
            end = lines.position(view.sourceEndOffset(hit.end()));
        }
        String message = hit.message() != null ? hit.message() : meta.message().replace("{match}", hit.match());
        return new Finding(path, meta.id(), meta.category().id(), meta.severity(), start.line(), start.column(),
                end.line(), end.column(), message, meta.law(), hit.match(), meta.suggestion());
    }
}

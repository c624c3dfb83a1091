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
    private final Suppressions.Settings suppressions;
    private final java.util.Set<String> active;

    DocumentChecker(List<Rule> rules, NlpModels models, Suppressions.Settings suppressions) {
        this.rules = rules;
        this.models = models;
        this.suppressions = suppressions;
        this.active = rules.stream().map(Rule::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The document's findings and the analysed text they came from. */
    record Checked(List<Finding> findings, TextView view, LineMap lines) {
    }

    Checked check(SourceDocument doc) {
        TextView view = TextExtractor.forFormat(doc.format()).extract(doc.text());
        AnnotatedText annotated = new AnnotatedText(view, models);
        LineMap lines = new LineMap(doc.text());
        List<Finding> findings = new ArrayList<>();
        java.util.Map<Finding, String> packOf = new java.util.IdentityHashMap<>();
        for (Rule rule : rules) {
            for (RuleHit hit : rule.check(annotated)) {
                Finding f = toFinding(doc.path(), rule.meta(), hit, view, lines);
                findings.add(f);
                packOf.put(f, rule.meta().pack());
            }
        }
        List<Finding> kept = Suppressions.apply(doc.path(), doc.text(), view, lines,
                oneFindingPerProblem(findings, packOf), active, suppressions);
        return new Checked(kept, view, lines);
    }

    /**
     * Two rules of one category that flag overlapping text report one problem twice ("instantly erase jowls" is
     * both unhedged and intensified): keep the more serious finding, and the first rule's on a tie. Only rules of
     * the same pack are merged, so a team's own rule is never hidden by a built-in one.
     */
    private static List<Finding> oneFindingPerProblem(List<Finding> findings, java.util.Map<Finding, String> packOf) {
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            int rival = -1;
            for (int i = 0; i < kept.size() && !f.isDocumentLevel(); i++) {
                Finding k = kept.get(i);
                if (!k.isDocumentLevel() && k.category().equals(f.category()) && overlaps(k, f)
                        && packOf.get(k).equals(packOf.get(f))) {
                    rival = i;
                    break;
                }
            }
            if (rival < 0) {
                kept.add(f);
            } else if (f.severity().ordinal() < kept.get(rival).severity().ordinal()) {
                kept.set(rival, f);
            }
        }
        kept.sort(Finding.ORDER);
        return kept;
    }

    private static boolean overlaps(Finding a, Finding b) {
        return a.path().equals(b.path()) && compare(a.line(), a.column(), b.endLine(), b.endColumn()) < 0
                && compare(b.line(), b.column(), a.endLine(), a.endColumn()) < 0;
    }

    private static int compare(int line1, int col1, int line2, int col2) {
        return line1 != line2 ? Integer.compare(line1, line2) : Integer.compare(col1, col2);
    }

    /** Long matches (a quoted testimonial) are cut in messages; the full text stays in the finding's match. */
    private static String shorten(String match) {
        String oneLine = match.replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
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
        String message = hit.message() != null ? hit.message() : meta.message().replace("{match}", shorten(hit.match()));
        return new Finding(path, meta.id(), meta.category().id(), meta.severity(), start.line(), start.column(),
                end.line(), end.column(), message, meta.law(), hit.match(), meta.suggestion());
    }
}

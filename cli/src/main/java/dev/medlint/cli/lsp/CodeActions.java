package dev.medlint.cli.lsp;

import dev.medlint.cli.serve.DraftFormat;
import dev.medlint.core.report.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * The quick fixes for findings: "suppress with a reason", which inserts medlint's suppression directive
 * ({@code <!-- medlint-disable-next-line ID -- reason -->} above the line in Markdown and HTML, {@code # ...} in plain
 * text; a finding about the whole document gets a {@code medlint-disable ID} at the top), with a placeholder reason
 * the writer replaces.
 */
final class CodeActions {
    /** The reason written into a new directive: it asks for the real one. */
    static final String REASON = "REASON: why this is acceptable, and who reviewed it";

    private final Diagnostics diagnostics;

    CodeActions(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The actions for the findings whose ranges touch {@code range}. */
    List<CodeAction> at(OpenDocument doc, Range range) {
        List<CodeAction> actions = new ArrayList<>();
        int from = doc.lines().offset(range.getStart());
        int to = doc.lines().offset(range.getEnd());
        for (Finding f : doc.findings()) {
            if (f.ruleId().equals("unused-suppression") || f.ruleId().equals("invalid-suppression")) {
                continue; // suppressing a finding about a suppression helps no one
            }
            Range r = Diagnostics.range(f, doc);
            int start = doc.lines().offset(r.getStart());
            int end = doc.lines().offset(r.getEnd());
            boolean touches = f.offset() < 0 ? from == 0 || range.getStart().getLine() == 0
                    : start <= to && from <= end;
            if (touches) {
                actions.add(suppress(doc, f));
            }
        }
        return actions;
    }

    private CodeAction suppress(OpenDocument doc, Finding f) {
        String nl = doc.lines().lineBreak();
        int line = f.offset() < 0 ? 0 : Diagnostics.range(f, doc).getStart().getLine();
        String directive = (f.offset() < 0 ? "medlint-disable " : "medlint-disable-next-line ") + f.ruleId()
                + " -- " + REASON;
        String comment = doc.format() == DraftFormat.TEXT ? "# " + directive : "<!-- " + directive + " -->";
        String indent = f.offset() < 0 ? "" : doc.lines().indentation(line);
        Position at = new Position(line, doc.shift() > 0 && line == 0 ? 1 : 0);
        TextEdit edit = new TextEdit(new Range(at, at), indent + comment + nl);
        CodeAction action = new CodeAction("Suppress " + f.ruleId() + " here, with a reason");
        action.setKind(CodeActionKind.QuickFix);
        Diagnostic d = diagnostics.of(f, doc);
        action.setDiagnostics(List.of(d));
        action.setEdit(new WorkspaceEdit(Map.of(doc.uri(), List.of(edit))));
        return action;
    }
}

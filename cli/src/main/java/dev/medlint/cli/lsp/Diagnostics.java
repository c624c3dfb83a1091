package dev.medlint.cli.lsp;

import dev.medlint.core.report.Finding;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Findings as the protocol's diagnostics: range in UTF-16 positions, severity, rule id as the code with a link. */
final class Diagnostics {
    static final String SOURCE = "medlint";

    private final String ruleUrl;

    /** {@code ruleUrl}: where a rule is explained, with {@code {id}} standing for the rule id. */
    Diagnostics(String ruleUrl) {
        this.ruleUrl = ruleUrl;
    }

    Diagnostic of(Finding f, OpenDocument doc) {
        Diagnostic d = new Diagnostic();
        d.setRange(range(f, doc));
        d.setSeverity(switch (f.severity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        });
        d.setSource(SOURCE);
        d.setCode(Either.forLeft(f.ruleId()));
        d.setCodeDescription(new DiagnosticCodeDescription(ruleUrl.replace("{id}", f.ruleId())));
        StringBuilder message = new StringBuilder(f.message());
        if (!f.suggestion().isEmpty()) {
            message.append("\nTry: ").append(f.suggestion());
        }
        if (!f.law().isEmpty()) {
            message.append("\n").append(f.law());
        }
        d.setMessage(message.toString());
        return d;
    }

    /** The finding's span; a finding about the whole document sits at its start. */
    static Range range(Finding f, OpenDocument doc) {
        if (f.offset() < 0) {
            return new Range(new Position(0, 0), new Position(0, 0));
        }
        return new Range(doc.lines().position(f.offset() + doc.shift()),
                doc.lines().position(f.endOffset() + doc.shift()));
    }
}

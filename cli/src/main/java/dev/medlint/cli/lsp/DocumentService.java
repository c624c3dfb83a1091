package dev.medlint.cli.lsp;

import dev.medlint.core.api.EngineException;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.RuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The documents the editor has open: checks each on open and on every change (full text sync) and publishes the
 * findings as diagnostics; answers hovers with the rule's explanation and code actions with the quick fixes.
 */
final class DocumentService implements TextDocumentService {
    private final Map<String, OpenDocument> open = new ConcurrentHashMap<>();
    private final Checker checker;
    private final Diagnostics diagnostics;
    private final CodeActions actions;
    private final Supplier<LanguageClient> client;

    DocumentService(Checker checker, Diagnostics diagnostics, Supplier<LanguageClient> client) {
        this.checker = checker;
        this.diagnostics = diagnostics;
        this.actions = new CodeActions(diagnostics);
        this.client = client;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var item = params.getTextDocument();
        OpenDocument doc = new OpenDocument(item.getUri(), item.getVersion(), item.getText(),
                Checker.format(item.getLanguageId(), item.getUri()), List.of(), Map.of(),
                new LineIndex(item.getText()));
        publish(doc);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        OpenDocument doc = open.get(params.getTextDocument().getUri());
        if (doc == null) {
            return;
        }
        String text = doc.text();
        for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
            if (change.getRange() == null) {
                text = change.getText();
            } else {
                // A client that sends ranges anyway: apply them in order.
                LineIndex lines = new LineIndex(text);
                text = text.substring(0, lines.offset(change.getRange().getStart())) + change.getText()
                        + text.substring(lines.offset(change.getRange().getEnd()));
            }
        }
        publish(doc.withText(params.getTextDocument().getVersion(), text));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        open.remove(uri);
        client.get().publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        if (WorkspaceHandler.isConfiguration(params.getTextDocument().getUri())) {
            recheckAll(true);
        }
    }

    /** Checks every open document again; with {@code reload}, after reading configurations and rule files anew. */
    void recheckAll(boolean reload) {
        if (reload) {
            try {
                checker.reload();
            } catch (EngineException e) {
                // reported by the checks below, with the document they concern
            }
        }
        for (OpenDocument doc : new ArrayList<>(open.values())) {
            publish(doc.withText(doc.version(), doc.text()));
        }
    }

    private void publish(OpenDocument doc) {
        List<Diagnostic> list = new ArrayList<>();
        OpenDocument checked = doc;
        try {
            checked = checker.check(doc);
            for (Finding f : checked.findings()) {
                list.add(diagnostics.of(f, checked));
            }
        } catch (EngineException e) {
            Diagnostic d = new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)),
                    "medlint cannot check this document: " + e.getMessage().replaceAll("\\s+", " "),
                    DiagnosticSeverity.Error, Diagnostics.SOURCE, "configuration");
            list.add(d);
        }
        open.put(doc.uri(), checked);
        client.get().publishDiagnostics(new PublishDiagnosticsParams(doc.uri(), list, doc.version()));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        OpenDocument doc = open.get(params.getTextDocument().getUri());
        if (doc == null) {
            return CompletableFuture.completedFuture(null);
        }
        int at = doc.lines().offset(params.getPosition());
        StringBuilder md = new StringBuilder();
        Range range = null;
        for (Finding f : doc.findings()) {
            if (f.offset() < 0 || at < f.offset() + doc.shift() || at > f.endOffset() + doc.shift()) {
                continue;
            }
            if (md.length() > 0) {
                md.append("\n\n---\n\n");
            }
            explain(md, f, doc.rules().get(f.ruleId()));
            range = range == null ? Diagnostics.range(f, doc) : range;
        }
        if (md.length() == 0) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.completedFuture(new Hover(new MarkupContent(MarkupKind.MARKDOWN, md.toString()),
                range));
    }

    /** The rule's explanation under the finding's message, in Markdown. */
    static void explain(StringBuilder md, Finding f, RuleDescriptor rule) {
        md.append("**").append(f.message()).append("**\n\n");
        md.append("`").append(f.ruleId()).append("` · ").append(f.severity().label());
        if (rule != null && !rule.title().isEmpty()) {
            md.append(" · ").append(rule.title());
        }
        md.append("\n\n");
        if (!f.law().isEmpty()) {
            md.append("*Law:* ").append(f.law()).append("\n\n");
        }
        if (rule != null && !rule.rationale().isEmpty()) {
            md.append("*Why:* ").append(rule.rationale().strip()).append("\n\n");
        }
        if (!f.suggestion().isEmpty()) {
            md.append("*Try:* ").append(f.suggestion()).append("\n\n");
        }
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        OpenDocument doc = open.get(params.getTextDocument().getUri());
        if (doc == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        actions.at(doc, params.getRange()).forEach(a -> out.add(Either.forRight(a)));
        return CompletableFuture.completedFuture(out);
    }
}

package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.cli.lsp.MedlintLanguageServer;
import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineOptions;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medlint lsp} driven by an LSP4J client over piped streams in this JVM, as an editor would drive it: the JSON-RPC
 * messages really are written and read.
 */
class LspServerTest {
    @TempDir
    Path workspace;

    private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    private LanguageServer server;
    private Thread serverThread;
    private PipedOutputStream toServer;

    /** The client side: collects diagnostics, ignores the rest. */
    private final class Client implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            published.add(diagnostics);
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }

    @BeforeEach
    void start() throws Exception {
        Engine engine = Engine.create(new EngineOptions().models(Main.MODELS).threads(1));
        MedlintLanguageServer medlint = new MedlintLanguageServer(engine, workspace,
                MedlintLanguageServer.DEFAULT_RULE_URL);
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream fromServer = new PipedOutputStream(clientIn);
        serverThread = new Thread(() -> {
            try {
                medlint.run(serverIn, fromServer);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        serverThread.setDaemon(true);
        serverThread.start();
        Launcher<LanguageServer> client = LSPLauncher.createClientLauncher(new Client(), clientIn, toServer);
        client.startListening();
        server = client.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "w")));
        init.setCapabilities(new ClientCapabilities());
        var result = server.initialize(init).get(30, TimeUnit.SECONDS);
        assertTrue(result.getCapabilities().getHoverProvider().getLeft());
        server.initialized(new InitializedParams());
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown().get(10, TimeUnit.SECONDS);
        server.exit();
        serverThread.join(10_000);
        assertFalse(serverThread.isAlive(), "the server stops after exit");
    }

    private PublishDiagnosticsParams next(String uri) throws InterruptedException {
        while (true) {
            PublishDiagnosticsParams p = published.poll(60, TimeUnit.SECONDS);
            assertNotNull(p, "no diagnostics published");
            if (p.getUri().equals(uri)) {
                return p;
            }
        }
    }

    private static Diagnostic withCode(PublishDiagnosticsParams p, String code) {
        return p.getDiagnostics().stream().filter(d -> d.getCode().getLeft().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + p.getDiagnostics()));
    }

    /** The range of the first occurrence of {@code match} on a line, in UTF-16 units. */
    private static Range rangeOf(String text, String match) {
        int at = text.indexOf(match);
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
        int col = at - (text.lastIndexOf('\n', at - 1) + 1);
        return new Range(new Position(line, col), new Position(line, col + match.length()));
    }

    private static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                .thenComparing(e -> e.getRange().getStart().getCharacter()).reversed());
        String[] lines = text.split("\n", -1);
        for (TextEdit e : sorted) {
            int start = offset(lines, e.getRange().getStart());
            int end = offset(lines, e.getRange().getEnd());
            text = text.substring(0, start) + e.getNewText() + text.substring(end);
            lines = text.split("\n", -1);
        }
        return text;
    }

    private static int offset(String[] lines, Position p) {
        int o = 0;
        for (int i = 0; i < p.getLine(); i++) {
            o += lines[i].length() + 1;
        }
        return o + p.getCharacter();
    }

    private void change(String uri, int version, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    @Test
    void diagnosticsFollowTheTextAndASuppressionSilencesOne() throws Exception {
        // The emoji before the claim takes two UTF-16 units but one code point: the columns must be UTF-16.
        String text = "# Mini-lifting 😀\n\nSmile 😀 again: our mini-lifting guarantees a firm jawline.\n\n"
                + "Swelling and bruising may occur.\n";
        String uri = workspace.resolve("post.md").toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "markdown", 1, text)));
        PublishDiagnosticsParams first = next(uri);
        assertEquals(1, first.getVersion());
        Diagnostic guarantee = withCode(first, "guarantee");
        assertEquals(rangeOf(text, "guarantees"), guarantee.getRange());
        assertEquals(DiagnosticSeverity.Error, guarantee.getSeverity());
        assertEquals("medlint", guarantee.getSource());
        assertEquals("http://127.0.0.1:8080/#rule=guarantee", guarantee.getCodeDescription().getHref());
        assertTrue(guarantee.getMessage().startsWith("'guarantees' presents the outcome"), guarantee.getMessage());
        Diagnostic statement = withCode(first, "compliance-statement");
        assertEquals(DiagnosticSeverity.Warning, statement.getSeverity());
        assertEquals(new Range(new Position(0, 0), new Position(0, 0)), statement.getRange());

        // Hover over the claim: the rule's explanation.
        Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(guarantee.getRange().getStart().getLine(),
                        guarantee.getRange().getStart().getCharacter() + 3))).get(10, TimeUnit.SECONDS);
        String md = hover.getContents().getRight().getValue();
        assertTrue(md.contains("`guarantee`") && md.contains("*Law:*") && md.contains("*Why:*"), md);
        assertEquals(guarantee.getRange(), hover.getRange());
        assertEquals(null, server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(4, 2))).get(10, TimeUnit.SECONDS), "nothing to say where there is no finding");

        // Fix the sentence: its diagnostic goes, the others stay.
        String fixed = text.replace("guarantees a firm jawline", "may help the jawline look firmer, depending "
                + "on the individual");
        change(uri, 2, fixed);
        PublishDiagnosticsParams second = next(uri);
        assertEquals(2, second.getVersion());
        assertTrue(second.getDiagnostics().stream().noneMatch(d -> d.getCode().getLeft().equals("guarantee")),
                second::toString);
        withCode(second, "compliance-statement");

        // Break it again, ask for the quick fixes at the claim and apply "suppress with a reason".
        change(uri, 3, text);
        Diagnostic again = withCode(next(uri), "guarantee");
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), again.getRange(),
                        new CodeActionContext(List.of(again)))).get(10, TimeUnit.SECONDS);
        CodeAction suppress = actions.stream().map(Either::getRight)
                .filter(a -> a.getTitle().equals("Suppress guarantee here, with a reason")).findFirst()
                .orElseThrow(() -> new AssertionError("no suppression among " + actions));
        assertEquals("quickfix", suppress.getKind());
        List<TextEdit> edits = suppress.getEdit().getChanges().get(uri);
        String suppressed = apply(text, edits);
        assertTrue(suppressed.contains("\n<!-- medlint-disable-next-line guarantee -- REASON: ")
                && suppressed.contains(" -->\nSmile 😀 again"), suppressed);
        change(uri, 4, suppressed);
        PublishDiagnosticsParams fourth = next(uri);
        assertTrue(fourth.getDiagnostics().stream().noneMatch(d -> d.getCode().getLeft().equals("guarantee")
                || d.getCode().getLeft().endsWith("-suppression")), fourth::toString);
    }

    @Test
    void plainTextGetsAHashDirective() throws Exception {
        String text = "Intro line.\n  We guarantee results.\n";
        String uri = workspace.resolve("notes.txt").toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "plaintext", 1, text)));
        Diagnostic d = withCode(next(uri), "guarantee");
        assertEquals(rangeOf(text, "guarantee"), d.getRange());
        CodeAction a = server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
                d.getRange(), new CodeActionContext(List.of(d)))).get(10, TimeUnit.SECONDS).stream()
                .map(Either::getRight).filter(x -> x.getTitle().startsWith("Suppress guarantee")).findFirst()
                .orElseThrow();
        String suppressed = apply(text, a.getEdit().getChanges().get(uri));
        assertTrue(suppressed.contains("\n  # medlint-disable-next-line guarantee -- REASON"), suppressed);
        change(uri, 2, suppressed);
        assertTrue(next(uri).getDiagnostics().stream().noneMatch(x -> x.getCode().getLeft().equals("guarantee")));
    }

    @Test
    void theWorkspaceConfigurationIsReadAndReloadedWhenItChanges() throws Exception {
        String text = "<p>We guarantee results.</p>\n";
        String uri = workspace.resolve("page.html").toUri().toString();
        Path config = workspace.resolve(".medlint.yaml");
        Files.writeString(config, "rules:\n  guarantee: warning\n");
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "html", 1, text)));
        assertEquals(DiagnosticSeverity.Warning, withCode(next(uri), "guarantee").getSeverity());

        Files.writeString(config, "rules:\n  guarantee: off\n");
        server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
                new FileEvent(config.toUri().toString(), FileChangeType.Changed))));
        PublishDiagnosticsParams reloaded = next(uri);
        assertTrue(reloaded.getDiagnostics().stream().noneMatch(d -> d.getCode().getLeft().equals("guarantee")),
                reloaded::toString);

        // A broken configuration is one diagnostic saying so, not a silent server.
        Files.writeString(config, "rules:\n  guarante: off\n");
        server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
                new FileEvent(config.toUri().toString(), FileChangeType.Changed))));
        Diagnostic broken = withCode(next(uri), "configuration");
        assertTrue(broken.getMessage().contains("guarante"), broken.getMessage());
    }
}

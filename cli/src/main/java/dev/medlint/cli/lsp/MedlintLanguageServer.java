package dev.medlint.cli.lsp;

import dev.medlint.core.api.Engine;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The language server of {@code medlint lsp}: diagnostics for Markdown, HTML and plain-text documents, hovers with
 * the rule's explanation, and "suppress with a reason" quick fixes, with the configuration that applies to each
 * document (reloaded when a {@code .medlint.yaml} or rule file changes).
 */
public final class MedlintLanguageServer implements LanguageServer, LanguageClientAware {
    /** Where a diagnostic's rule id links to by default: the rule's explanation on {@code medlint serve}'s page. */
    public static final String DEFAULT_RULE_URL = "http://127.0.0.1:8080/#rule={id}";

    private final Checker checker;
    private final DocumentService documents;
    private final WorkspaceHandler workspace;
    private final CountDownLatch exited = new CountDownLatch(1);
    private volatile LanguageClient client;
    private volatile boolean shutdown;
    private volatile boolean watchDynamically;

    /** A server checking with {@code engine}; {@code ruleUrl} links rule ids ({@code {id}} is replaced). */
    public MedlintLanguageServer(Engine engine, Path workingDirectory, String ruleUrl) {
        this.checker = new Checker(engine, workingDirectory);
        this.documents = new DocumentService(checker, new Diagnostics(ruleUrl), () -> client);
        this.workspace = new WorkspaceHandler(documents);
    }

    /** Serves the protocol on these streams until the client exits; true when it shut down first, as it should. */
    public boolean run(InputStream in, OutputStream out) throws InterruptedException {
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(this, in, out);
        connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        Thread watcher = new Thread(() -> {
            try {
                listening.get();
            } catch (Exception e) {
                // the stream closed or broke: nothing more will come
            }
            exited.countDown();
        }, "medlint-lsp-input");
        watcher.setDaemon(true);
        watcher.start();
        exited.await();
        return shutdown;
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        Path root = root(params);
        if (root != null) {
            checker.workspace(root);
        }
        var caps = params.getCapabilities();
        watchDynamically = caps != null && caps.getWorkspace() != null
                && caps.getWorkspace().getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(caps.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
        ServerCapabilities c = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Full);
        sync.setSave(new SaveOptions(false));
        c.setTextDocumentSync(sync);
        c.setHoverProvider(true);
        c.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        String version = MedlintLanguageServer.class.getPackage().getImplementationVersion();
        return CompletableFuture.completedFuture(new InitializeResult(c, new ServerInfo("medlint", version)));
    }

    private static Path root(InitializeParams params) {
        try {
            if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
                return Path.of(URI.create(params.getWorkspaceFolders().get(0).getUri()));
            }
            @SuppressWarnings("deprecation")
            String rootUri = params.getRootUri();
            return rootUri == null ? null : Path.of(URI.create(rootUri));
        } catch (RuntimeException e) {
            return null; // not a file URI: documents use their own folders, unsaved ones the working directory
        }
    }

    @Override
    public void initialized(InitializedParams params) {
        if (watchDynamically) {
            var options = new DidChangeWatchedFilesRegistrationOptions(List.of(
                    new FileSystemWatcher(Either.forLeft("**/.medlint.yaml")),
                    new FileSystemWatcher(Either.forLeft("**/*.{yaml,yml}"))));
            client.registerCapability(new RegistrationParams(List.of(
                    new Registration("medlint-watch-config", "workspace/didChangeWatchedFiles", options))));
        }
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exited.countDown();
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }
}

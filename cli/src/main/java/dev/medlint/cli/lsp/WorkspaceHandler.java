package dev.medlint.cli.lsp;

import dev.medlint.core.api.Engine;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Workspace events: a changed {@code .medlint.yaml} or rule file makes every open document be checked anew. */
final class WorkspaceHandler implements WorkspaceService {
    private final DocumentService documents;

    WorkspaceHandler(DocumentService documents) {
        this.documents = documents;
    }

    /** Whether a file is one medlint reads rules from: a configuration file or a YAML rule file. */
    static boolean isConfiguration(String uri) {
        return uri.endsWith("/" + Engine.CONFIG_FILE_NAME) || uri.endsWith(".yaml") || uri.endsWith(".yml");
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        if (params.getChanges().stream().anyMatch(c -> isConfiguration(c.getUri()))) {
            documents.recheckAll(true);
        }
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // medlint takes its settings from .medlint.yaml, not from the editor
    }
}

package dev.medlint.cli.lsp;

import dev.medlint.cli.serve.DraftFormat;
import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineException;
import dev.medlint.core.report.Report;
import dev.medlint.core.report.RuleDescriptor;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checks editor documents with the engine: picks each document's format (language id, else extension), its name and
 * the place whose configuration applies (the file itself, or the workspace folder for an unsaved buffer).
 */
final class Checker {
    private final Engine engine;
    private volatile Path workspace;

    Checker(Engine engine, Path workspace) {
        this.engine = engine;
        this.workspace = workspace;
    }

    void workspace(Path folder) {
        this.workspace = folder;
    }

    /** The document with the findings of a check. */
    OpenDocument check(OpenDocument doc) throws EngineException {
        Report report = engine.checkText(doc.format().nameFor(fileName(doc.uri())), doc.text(), location(doc.uri()));
        Map<String, RuleDescriptor> rules = new HashMap<>();
        report.rules().forEach(r -> rules.put(r.id(), r));
        return doc.withFindings(report.findings(), rules);
    }

    /** Forgets the configurations and rule files read, so the next check reads them again. */
    void reload() throws EngineException {
        engine.clearCaches();
    }

    static DraftFormat format(String languageId, String uri) {
        String id = languageId == null ? "" : languageId.toLowerCase(Locale.ROOT);
        return switch (id) {
            case "markdown", "mdx" -> DraftFormat.MARKDOWN;
            case "html" -> DraftFormat.HTML;
            case "plaintext", "text" -> DraftFormat.TEXT;
            default -> DraftFormat.ofFileName(fileName(uri)).orElse(DraftFormat.TEXT);
        };
    }

    private static String fileName(String uri) {
        String path = URI.create(uri).getPath();
        if (path == null) {
            return "";
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private Path location(String uri) {
        try {
            URI u = URI.create(uri);
            if ("file".equals(u.getScheme())) {
                return Path.of(u);
            }
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // not a file: the workspace's configuration applies
        }
        return workspace;
    }
}

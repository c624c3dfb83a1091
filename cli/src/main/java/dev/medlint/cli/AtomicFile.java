package dev.medlint.cli;

import dev.medlint.core.api.EngineException;
import dev.medlint.core.api.ReportFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a file so that readers see either the old content or the whole new content, never a half-written report,
 * and never over an article, a link or a special file (the core's {@link ReportFile} decides).
 */
final class AtomicFile {
    private AtomicFile() {
    }

    /** @throws IOException with a message fit to follow "path: " on one line */
    static void write(Path target, String content) throws IOException {
        ReportFile file;
        try {
            file = ReportFile.at(target, target.toString());
        } catch (EngineException e) {
            String m = e.getMessage();
            String prefix = target + ": ";
            throw new IOException(m.startsWith(prefix) ? m.substring(prefix.length()) : m);
        }
        file.write(content);
    }
}

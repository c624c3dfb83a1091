package dev.medlint.core.api;

import dev.medlint.core.source.ArticleFile;
import dev.medlint.core.source.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first few kilobytes of the first few articles of a selection, read before the configuration so that the
 * languages they show can start loading their models while the packs load. A file that cannot be read is skipped
 * here, and only regular files are opened: the check itself reports the others.
 */
final class InputSample {
    private static final int FILES = 20;
    private static final int BYTES = 2048;

    private InputSample() {
    }

    static List<String> of(List<ArticleFile> files) {
        return sample(files.stream().map(ArticleFile::file).toList(), false);
    }

    /** The same for names given on a command line, of which only files with an article's extension are read. */
    static List<String> ofPaths(List<Path> names) {
        return sample(names, true);
    }

    private static List<String> sample(List<Path> files, boolean articlesOnly) {
        List<String> out = new ArrayList<>();
        for (Path f : files.subList(0, Math.min(FILES, files.size()))) {
            if (!Files.isRegularFile(f)) {
                continue; // opening a named pipe would block the run before the check could report it
            }
            if (articlesOnly && (f.getFileName() == null
                    || Format.forFileName(f.getFileName().toString()).isEmpty())) {
                continue; // a configuration or rule file named by an option
            }
            try (InputStream in = Files.newInputStream(f)) {
                byte[] head = in.readNBytes(BYTES);
                out.add(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.IGNORE)
                        .onUnmappableCharacter(CodingErrorAction.IGNORE).decode(java.nio.ByteBuffer.wrap(head))
                        .toString());
            } catch (CharacterCodingException e) {
                // cannot happen with IGNORE; the check reads and reports the file
            } catch (IOException e) {
                // unreadable here is reported by the check itself
            }
        }
        return out;
    }
}

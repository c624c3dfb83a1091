package dev.medlint.core.api;

import dev.medlint.core.source.ArticleFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        List<String> out = new ArrayList<>();
        for (ArticleFile f : files.subList(0, Math.min(FILES, files.size()))) {
            if (!Files.isRegularFile(f.file())) {
                continue; // opening a named pipe would block the run before the check could report it
            }
            try (InputStream in = Files.newInputStream(f.file())) {
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

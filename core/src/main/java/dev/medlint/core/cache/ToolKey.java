package dev.medlint.core.cache;

import dev.medlint.core.util.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What about medlint itself decides its findings, as one key: the cache layout, medlint's version, the versions of
 * the language models, and a digest of the engine's compiled code. The code digest matters for snapshot builds,
 * whose version stays the same while the code changes; it is made from the CRC-32 and size of each class file as the
 * jar's directory records them, so computing it reads no class and costs a few milliseconds, and rebuilding the
 * same code gives the same key (a CI job that builds medlint on every run keeps its cache).
 */
final class ToolKey {
    private static final String KEY = compute();

    private ToolKey() {
    }

    /** The key of the medlint running now. */
    static String current() {
        return KEY;
    }

    private static String compute() {
        Properties p = new Properties();
        try (InputStream in = ToolKey.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource leaves the versions empty; the code digest still tells builds apart
        }
        return "medlint " + p.getProperty("version", "unknown") + "; models " + p.getProperty("models", "unknown")
                + "; code " + codeDigest();
    }

    /** A digest of the classes of the jar or folder medlint's engine was loaded from, or "unknown". */
    private static String codeDigest() {
        CodeSource source = ToolKey.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        try {
            Path where = Path.of(source.getLocation().toURI());
            StringBuilder b = new StringBuilder();
            if (Files.isDirectory(where)) {
                for (String line : folderClasses(where)) {
                    b.append(line).append('\n');
                }
            } else {
                try (ZipFile jar = new ZipFile(where.toFile())) {
                    List<String> lines = new ArrayList<>();
                    Enumeration<? extends ZipEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        ZipEntry e = entries.nextElement();
                        if (e.getName().startsWith("dev/medlint/core/") && !e.isDirectory()) {
                            lines.add(e.getName() + " " + Long.toHexString(e.getCrc()) + " " + e.getSize());
                        }
                    }
                    lines.sort(null);
                    lines.forEach(l -> b.append(l).append('\n'));
                }
            }
            return Digests.sha256(b.toString()).substring(0, 16);
        } catch (IOException | URISyntaxException | IllegalArgumentException | UnsupportedOperationException e) {
            return "unknown";
        }
    }

    /** Classes compiled into a folder (tests, an IDE): each file's name and the digest of its bytes. */
    private static List<String> folderClasses(Path root) throws IOException {
        Path core = root.resolve("dev/medlint/core");
        if (!Files.isDirectory(core)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(core)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                lines.add(root.relativize(f).toString().replace('\\', '/') + " "
                        + Digests.sha256(Files.readAllBytes(f)));
            }
        }
        return lines;
    }
}

package dev.medlint.core.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files being written right now; a shutdown hook removes any left when the JVM is stopped (SIGTERM,
 * Ctrl-C) in the middle of a write, so no partial {@code .tmp} stays next to a report.
 */
final class TempFiles {
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::removeAll, "medlint-temp-cleanup"));
    }

    private TempFiles() {
    }

    static void register(Path tmp) {
        OPEN.add(tmp);
    }

    static void unregister(Path tmp) {
        OPEN.remove(tmp);
    }

    private static void removeAll() {
        for (Path p : OPEN) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // the JVM is going away; nothing more can be done
            }
        }
    }
}

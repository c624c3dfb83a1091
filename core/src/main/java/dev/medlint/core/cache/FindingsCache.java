package dev.medlint.core.cache;

import dev.medlint.core.report.Finding;
import dev.medlint.core.util.Digests;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The findings of articles checked before, for one run: read from {@value #FILE_NAME} in the cache folder when the
 * run starts, consulted and filled by the workers, and written back (atomically) when it ends. An entry answers a
 * check only when the article's path, the SHA-256 of its text and the key of its rules and settings
 * ({@link #rulesKey}) are all the same as when it was stored, and the file was written by this very medlint
 * ({@link ToolKey}); anything else is a miss and the article is checked afresh. A cache file that cannot be used
 * (damaged, truncated, not a cache) is ignored with one warning and replaced. Entries of files that no longer exist
 * are dropped when the cache is written. Safe for the workers of one run to share.
 */
public final class FindingsCache {
    /** The file in the cache folder. */
    public static final String FILE_NAME = "cache.json";

    /** What a stored check gives back: the findings the configuration's filters left, and the lines to quote. */
    public record Entry(List<Finding> findings, Map<Integer, String> lines) {
        public Entry {
            findings = List.copyOf(findings);
            lines = Map.copyOf(lines);
        }
    }

    /** What a run did with the cache: articles answered by it, articles checked and stored, entries dropped. */
    public record Summary(int answered, int stored, int dropped) {
    }

    private final Path folder;
    private final String display;
    private final Consumer<String> warnings;
    private final String tool;
    private final Map<String, CacheFile.Stored> entries = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger();
    /** Whether the file read holds exactly the entries loaded (so a run that changes none need not rewrite it). */
    private boolean loadedAsIs;

    private FindingsCache(Path folder, String display, Consumer<String> warnings, String tool) {
        this.folder = folder.toAbsolutePath().normalize();
        this.display = display;
        this.warnings = warnings;
        this.tool = tool;
    }

    /**
     * Opens the cache in a folder (which need not exist yet). A cache file that cannot be used is reported to
     * {@code warnings} in one line and ignored.
     *
     * @param display how messages name the folder
     */
    public static FindingsCache open(Path folder, String display, Consumer<String> warnings) {
        return open(folder, display, warnings, ToolKey.current());
    }

    /** Opens the cache as a medlint with another tool key would (tests of invalidation). */
    static FindingsCache open(Path folder, String display, Consumer<String> warnings, String tool) {
        FindingsCache c = new FindingsCache(folder, display, warnings, tool);
        c.load();
        return c;
    }

    private String fileDisplay() {
        return display.endsWith("/") ? display + FILE_NAME : display + "/" + FILE_NAME;
    }

    /** The largest cache file read (a million articles' findings fit well below it). */
    private static final long MAX_BYTES = 1L << 30;

    private void load() {
        if (!Files.isDirectory(folder)) {
            return; // nothing stored yet (or something in the way, which writing the cache reports)
        }
        Path file = folder.resolve(FILE_NAME);
        byte[] bytes;
        try {
            // Bounded, and never a named pipe someone left in its place (opening one would block the run).
            bytes = dev.medlint.core.util.RegularFiles.read(file, MAX_BYTES, "cache file");
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            warnings.accept("cache " + fileDisplay() + " cannot be read (" + e.getMessage() + "); checking every "
                    + "article afresh");
            return;
        }
        try {
            CacheFile.Content c = CacheFile.parse(bytes, tool);
            if (c != null) {
                c.entries().forEach(s -> entries.put(s.file(), s));
                loadedAsIs = entries.size() == c.entries().size();
            }
        } catch (CacheFile.Unusable e) {
            warnings.accept("cache " + fileDisplay() + " is " + e.getMessage() + "; ignoring it, checking every "
                    + "article afresh and writing a new one");
        }
    }

    /**
     * The key of a rule set and the settings that shape its findings, from their parts (the digests of the
     * configuration and rule files, the fail level, ...); null parts or an empty digest make it null: such rules
     * (built in memory, with no text to digest) are never cached.
     */
    public static String rulesKey(List<String> parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p == null) {
                return null;
            }
            b.append(p).append('\u0000');
        }
        return Digests.sha256(b.toString());
    }

    /** The stored check of an article, if its path, text and rules are those it was stored with. */
    public Optional<Entry> find(Path file, String path, String sha256, String rulesKey) {
        String key = key(file);
        CacheFile.Stored s = entries.get(key);
        if (s == null || !s.path().equals(path) || !s.sha256().equals(sha256) || !s.rules().equals(rulesKey)) {
            return Optional.empty();
        }
        used.add(key);
        answered.incrementAndGet();
        return Optional.of(new Entry(s.findings(), s.lines()));
    }

    /** Stores the check of an article, replacing what was stored for its file. */
    public void put(Path file, String path, String sha256, String rulesKey, Entry entry) {
        String key = key(file);
        entries.put(key, new CacheFile.Stored(key, path, sha256, rulesKey, entry.findings(),
                new TreeMap<>(entry.lines())));
        used.add(key);
        stored.incrementAndGet();
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /**
     * Writes the cache: the entries this run used or stored, and the older ones whose files still exist (articles
     * this run did not look at, e.g. of another folder); entries of deleted files are dropped. The file is written
     * to a temporary file in the folder and moved over the old one, so a reader never sees half a cache. A failure
     * is a warning: the run's results stand.
     */
    public Summary save() {
        List<CacheFile.Stored> kept = new ArrayList<>();
        int dropped = 0;
        for (Map.Entry<String, CacheFile.Stored> e : entries.entrySet()) {
            if (used.contains(e.getKey()) || Files.isRegularFile(Path.of(e.getKey()))) {
                kept.add(e.getValue());
            } else {
                dropped++;
            }
        }
        Summary summary = new Summary(answered.get(), stored.get(), dropped);
        if (loadedAsIs && summary.stored() == 0 && dropped == 0) {
            return summary; // the file on disk already says all this; a fully cached run writes nothing
        }
        kept.sort(Comparator.comparing(CacheFile.Stored::file));
        byte[] bytes = CacheFile.render(new CacheFile.Content(CacheFile.LAYOUT, tool, kept));
        Path tmp = null;
        try {
            Files.createDirectories(folder);
            Path ignore = folder.resolve(".gitignore");
            if (!Files.exists(ignore)) {
                // The folder is the tool's, not the project's: keep it out of version control.
                Files.writeString(ignore, "# written by medlint: a cache, never commit it\n*\n");
            }
            tmp = Files.createTempFile(folder, FILE_NAME + ".", ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, folder.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, folder.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | RuntimeException e) {
            warnings.accept("cache " + fileDisplay() + " cannot be written (" + describe(e) + "); the next run "
                    + "checks every article again");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // nothing more to do: the temporary file is named as medlint's and holds no secret
                }
            }
        }
        return summary;
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.FileSystemException f) {
            String reason = f.getReason() == null ? e.getClass().getSimpleName() : f.getReason();
            return (f.getFile() == null ? "" : f.getFile() + ": ") + reason;
        }
        return String.valueOf(e.getMessage());
    }
}

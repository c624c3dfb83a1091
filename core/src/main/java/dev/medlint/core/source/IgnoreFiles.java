package dev.medlint.core.source;

import dev.medlint.core.report.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The {@code .medlintignore} files that apply to a path, found as {@code .medlint.yaml} is: in the path's folder
 * and every folder above it. All of them apply, each relative to its own folder, a deeper one's patterns winning
 * over those of a file further up (as nested .gitignore files do). Files are read once; thread-safe.
 */
public final class IgnoreFiles {
    /** The name of the ignore file. */
    public static final String FILE_NAME = ".medlintignore";

    /** One ignore file and the folder its patterns are relative to. */
    private record Found(Path folder, IgnoreRules rules) {
    }

    private final Map<Path, List<Found>> ofFolder = new ConcurrentHashMap<>();
    private final Map<Path, Problem> problems = new ConcurrentHashMap<>();
    private final Function<Path, String> display;

    /** @param display how an ignore file is named in a problem (it could not be read) */
    public IgnoreFiles(Function<Path, String> display) {
        this.display = display;
    }

    /** Whether a file or folder is left out by the ignore files above it, its folders looked at first. */
    public boolean ignores(Path path, boolean isFolder) {
        Path abs = path.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null) {
            return false;
        }
        List<Found> found = applying(parent);
        if (found.isEmpty()) {
            return false;
        }
        // The folders between the outermost ignore file and the path: a left-out folder keeps all it holds out.
        Path outer = found.get(0).folder();
        for (Path folder = parent; folder != null && folder.startsWith(outer) && !folder.equals(outer);
                folder = folder.getParent()) {
            if (verdict(folder, true, applying(folder.getParent())) == IgnoreRules.Verdict.IGNORED) {
                return true;
            }
        }
        return verdict(abs, isFolder, found) == IgnoreRules.Verdict.IGNORED;
    }

    /** Ignore files that could not be read (each once); their patterns are not used. */
    public List<Problem> problems() {
        return problems.values().stream().sorted(java.util.Comparator.comparing(Problem::path)).toList();
    }

    private static IgnoreRules.Verdict verdict(Path abs, boolean isFolder, List<Found> found) {
        IgnoreRules.Verdict v = IgnoreRules.Verdict.NONE;
        for (Found f : found) {
            String relative = f.folder().relativize(abs).toString().replace('\\', '/');
            if (relative.isEmpty()) {
                continue;
            }
            IgnoreRules.Verdict here = f.rules().verdict(relative, isFolder);
            if (here != IgnoreRules.Verdict.NONE) {
                v = here;
            }
        }
        return v;
    }

    /** The ignore files of a folder and the folders above, the outermost first. */
    private List<Found> applying(Path folder) {
        if (folder == null) {
            return List.of();
        }
        List<Found> cached = ofFolder.get(folder);
        if (cached != null) {
            return cached;
        }
        List<Found> out = new ArrayList<>(applying(folder.getParent()));
        Path file = folder.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            IgnoreRules rules = read(file);
            if (!rules.isEmpty()) {
                out.add(new Found(folder, rules));
            }
        }
        List<Found> result = List.copyOf(out);
        ofFolder.put(folder, result);
        return result;
    }

    private IgnoreRules read(Path file) {
        try {
            byte[] bytes = dev.medlint.core.util.RegularFiles.read(file, 1 << 20, "ignore file");
            // Lenient as git is: a stray byte that is not UTF-8 only spoils its own pattern.
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
            return IgnoreRules.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException e) {
            problems.putIfAbsent(file, new Problem(display.apply(file), "cannot read the ignore file: "
                    + e.getMessage()));
            return IgnoreRules.parse("");
        }
    }
}

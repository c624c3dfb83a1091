package dev.medlint.core.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Expands the paths a user named into article files. Folders are walked recursively, skipping build and tool folders
 * and files of unknown kinds; a file named explicitly must be of a known kind.
 */
public final class FileWalker {
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", ".hg", ".svn", "node_modules", "target",
            ".idea", ".vscode");

    /** The files found and the problems met, both in a stable order. */
    public record Result(List<ArticleFile> files, List<InputException> problems) {
    }

    private final Predicate<Path> filter;

    public FileWalker() {
        this(p -> true);
    }

    /** @param filter decides, for each file found while walking a folder, whether it is checked */
    public FileWalker(Predicate<Path> filter) {
        this.filter = filter;
    }

    public Result expand(List<Path> paths) {
        List<ArticleFile> files = new ArrayList<>();
        List<InputException> problems = new ArrayList<>();
        for (Path path : paths) {
            String display = display(path);
            if (!Files.exists(path)) {
                problems.add(new InputException(display, "no such file or directory"));
            } else if (Files.isDirectory(path)) {
                int[] leftOut = {0};
                List<ArticleFile> found = walk(path, problems, leftOut);
                if (found.isEmpty() && leftOut[0] > 0) {
                    problems.add(new InputException(display, "no articles to check: the configuration's include "
                            + "and exclude patterns leave out all " + leftOut[0] + " article"
                            + (leftOut[0] == 1 ? "" : "s") + " here (see 'medlint config " + display + "')"));
                } else if (found.isEmpty()) {
                    problems.add(new InputException(display, "no articles found (looked for "
                            + Format.knownExtensions() + ")"));
                }
                files.addAll(found);
            } else {
                var format = Format.forFileName(path.getFileName().toString());
                if (format.isEmpty()) {
                    problems.add(new InputException(display, "unknown file type; medlint reads "
                            + Format.knownExtensions() + " (use --stdin-filename with '-' to pick a format)"));
                } else {
                    files.add(new ArticleFile(path, display, format.get()));
                }
            }
        }
        return new Result(files, problems);
    }

    private List<ArticleFile> walk(Path root, List<InputException> problems, int[] leftOut) {
        List<ArticleFile> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        var format = Format.forFileName(file.getFileName().toString());
                        if (format.isPresent() && filter.test(file)) {
                            found.add(new ArticleFile(file, display(file), format.get()));
                        } else if (format.isPresent()) {
                            leftOut[0]++;
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    problems.add(new InputException(display(file), "cannot read: " + exc.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new InputException(display(root), "cannot walk folder: " + e.getMessage()));
        }
        found.sort(Comparator.comparing(ArticleFile::displayPath));
        return found;
    }

    /** Paths are shown with forward slashes, as given (relative stays relative), so output is stable across OSes. */
    public static String display(Path path) {
        String s = path.normalize().toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }
}

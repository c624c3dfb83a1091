package dev.medlint.core.source;

import dev.medlint.core.report.Problem;
import java.io.IOException;
import dev.medlint.core.util.RegularFiles;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Chooses the article files of a run, the same way for every front end: files named explicitly are checked (if of a
 * known kind); folders are walked recursively, skipping build and tool folders ({@link #SKIPPED_FOLDERS}) and paths
 * a front end never checks (the plugin's build directory), keeping the files the include and exclude patterns
 * ({@link PathPattern}, relative to each folder walked) and then the configuration select. Immutable.
 */
public final class FileSelection {
    /** Folders never walked into: version control, build output, dependencies, editor settings. */
    public static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn", "node_modules", "target",
            ".idea", ".vscode");

    /**
     * The files found, the problems met, the named folders that do not exist (when those are not problems), and
     * notes on what a walk passed over without checking (named pipes, devices, dangling links, link loops).
     */
    public record Result(List<ArticleFile> files, List<Problem> problems, List<Path> missing, int leftOut,
            List<Problem> notes) {
    }

    private final List<PathPattern> includes;
    private final List<PathPattern> excludes;
    private final List<Path> skipped;
    private final boolean missingIsProblem;
    private final boolean emptyIsProblem;
    private final String unknownTypeHint;
    private final IgnoreFiles ignores;

    private FileSelection(List<PathPattern> includes, List<PathPattern> excludes, List<Path> skipped,
            boolean missingIsProblem, boolean emptyIsProblem, String unknownTypeHint, IgnoreFiles ignores) {
        this.ignores = ignores;
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
        this.skipped = skipped.stream().map(FileSelection::normal).toList();
        this.missingIsProblem = missingIsProblem;
        this.emptyIsProblem = emptyIsProblem;
        this.unknownTypeHint = unknownTypeHint;
    }

    /** Every article below the named folders; a missing path or a folder without articles is a problem. */
    public static FileSelection articles() {
        return new FileSelection(List.of(), List.of(), List.of(), true, true, "", null);
    }

    /**
     * Only files matching one of these patterns (a file of an unknown kind that matches is then a problem); empty:
     * every article.
     */
    public FileSelection including(List<PathPattern> patterns) {
        return new FileSelection(patterns, excludes, skipped, missingIsProblem, emptyIsProblem, unknownTypeHint, ignores);
    }

    /** Leave out files matching one of these patterns. */
    public FileSelection excluding(List<PathPattern> patterns) {
        return new FileSelection(includes, patterns, skipped, missingIsProblem, emptyIsProblem, unknownTypeHint, ignores);
    }

    /** Never check these files or anything in these folders (unless a walked folder is itself inside one). */
    public FileSelection skipping(List<Path> paths) {
        return new FileSelection(includes, excludes, paths, missingIsProblem, emptyIsProblem, unknownTypeHint, ignores);
    }

    /** A missing folder is reported in {@link Result#missing()}, and a folder without articles is no problem. */
    public FileSelection lenient() {
        return new FileSelection(includes, excludes, skipped, false, false, unknownTypeHint, ignores);
    }

    /** Words added to the message for a file of an unknown kind, telling the user of this front end what to do. */
    public FileSelection unknownTypeHint(String hint) {
        return new FileSelection(includes, excludes, skipped, missingIsProblem, emptyIsProblem, hint, ignores);
    }

    /**
     * Leave out, while walking folders or resolving globs, what these {@code .medlintignore} files ignore (files
     * named explicitly are still checked).
     */
    public FileSelection ignoring(IgnoreFiles files) {
        return new FileSelection(includes, excludes, skipped, missingIsProblem, emptyIsProblem, unknownTypeHint, files);
    }

    /**
     * A glob argument ({@code 'posts/**}{@code /*.md'}), resolved by medlint rather than a shell: the folder before
     * the first segment with {@code * ? [ {}, walked, and the rest as an anchored {@link PathPattern} relative to it.
     *
     * @param source the argument as given
     */
    public record Glob(String source, Path base, PathPattern pattern) {
        /** Whether an argument has glob characters ({@code * ? [ {}). */
        public static boolean isGlob(String argument) {
            return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
        }

        /** @throws PathPattern.BadPattern for a pattern that cannot be compiled */
        public static Glob of(String argument) {
            String a = argument.replace('\\', '/');
            String[] parts = a.split("/", -1);
            int i = 0;
            while (i < parts.length - 1 && !isGlob(parts[i])) {
                i++;
            }
            String base = String.join("/", java.util.Arrays.copyOfRange(parts, 0, i));
            if (base.isEmpty()) {
                base = a.startsWith("/") ? "/" : ".";
            }
            String rest = String.join("/", java.util.Arrays.copyOfRange(parts, i, parts.length));
            return new Glob(argument, Path.of(base), PathPattern.anchored(rest));
        }
    }

    /**
     * The article files of the named paths.
     *
     * @param selected the configuration's say on each file found while walking (include/exclude of .medlint.yaml)
     * @param display  how a path is named in reports
     */
    public Result select(List<Path> paths, Predicate<Path> selected, Function<Path, String> display) {
        return select(paths, List.of(), selected, display);
    }

    /**
     * The article files of the named paths and globs. A glob keeps the articles its pattern matches below its base
     * folder, as a walk of that folder would (skipped folders, excludes, ignore files, the configuration); one
     * that matches none is a problem.
     */
    public Result select(List<Path> paths, List<Glob> globs, Predicate<Path> selected,
            Function<Path, String> display) {
        Map<Path, ArticleFile> files = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<Path> missing = new ArrayList<>();
        List<Problem> notes = new ArrayList<>();
        int allLeftOut = 0;
        for (Path path : paths) {
            String shown = display.apply(path);
            if (!Files.exists(path)) {
                if (missingIsProblem) {
                    problems.add(new Problem(shown, "no such file or directory"));
                } else {
                    missing.add(normal(path));
                }
            } else if (Files.isDirectory(path)) {
                int[] leftOut = {0, 0};
                List<ArticleFile> found = walk(path, null, selected, display, problems, notes, leftOut);
                allLeftOut += leftOut[0];
                if (found.isEmpty() && leftOut[1] > 0 && emptyIsProblem) {
                    problems.add(new Problem(shown, "no articles to check: " + IgnoreFiles.FILE_NAME + " leaves out "
                            + "every article here"));
                } else if (found.isEmpty() && leftOut[0] > 0 && emptyIsProblem) {
                    problems.add(new Problem(shown, "no articles to check: the configuration's include "
                            + "and exclude patterns leave out all " + leftOut[0] + " article"
                            + (leftOut[0] == 1 ? "" : "s") + " here (see 'medlint config " + shown + "')"));
                } else if (found.isEmpty() && emptyIsProblem) {
                    problems.add(new Problem(shown, "no articles found (looked for " + Format.knownExtensions()
                            + ")"));
                }
                found.forEach(f -> files.putIfAbsent(identity(f.file()), f));
            } else {
                var format = Format.forFileName(path.getFileName().toString());
                if (format.isEmpty()) {
                    problems.add(unknownType(shown));
                } else {
                    files.putIfAbsent(identity(path), new ArticleFile(path, shown, format.get()));
                }
            }
        }
        for (Glob glob : globs) {
            int[] leftOut = {0, 0};
            List<ArticleFile> found = Files.isDirectory(glob.base())
                    ? walk(glob.base(), glob.pattern(), selected, display, problems, notes, leftOut) : List.of();
            allLeftOut += leftOut[0];
            if (found.isEmpty()) {
                String why = !Files.isDirectory(glob.base()) ? " (there is no folder " + asGiven(glob.base()) + ")"
                        : leftOut[0] + leftOut[1] > 0 ? " (the configuration or " + IgnoreFiles.FILE_NAME
                        + " leaves out those that do)" : "";
                problems.add(new Problem(glob.source(), "no articles match this pattern" + why));
            }
            found.forEach(f -> files.putIfAbsent(normal(f.file()), f));
        }
        if (ignores != null) {
            problems.addAll(ignores.problems());
        }
        // A folder lists its entries in no fixed order; the notes are sorted so output is the same every run.
        notes.sort(Comparator.comparing(Problem::path).thenComparing(Problem::reason));
        return new Result(new ArrayList<>(files.values()), problems, missing, allLeftOut, notes);
    }

    private Problem unknownType(String shown) {
        return new Problem(shown, "unknown file type; medlint reads " + Format.knownExtensions()
                + (unknownTypeHint.isEmpty() ? "" : " (" + unknownTypeHint + ")"));
    }

    /** leftOut[0]: articles the configuration left out; leftOut[1]: files and folders the ignore files left out. */
    private List<ArticleFile> walk(Path root, PathPattern glob, Predicate<Path> selected,
            Function<Path, String> display, List<Problem> problems, List<Problem> notes, int[] leftOut) {
        Path normalRoot = normal(root);
        List<ArticleFile> found = new ArrayList<>();
        try {
            // Links are followed (a linked folder or article is checked like any other); the walk detects loops.
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && (SKIPPED_FOLDERS.contains(dir.getFileName().toString())
                            || isSkipped(normalRoot, normal(dir)))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!dir.equals(root) && ignores != null && ignores.ignores(dir, true)) {
                        if (glob == null) {
                            leftOut[1]++; // (a glob's message counts only the files it matched)
                        }
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isSkipped(normalRoot, normal(file))) {
                        return FileVisitResult.CONTINUE;
                    }
                    String relative = normalRoot.relativize(normal(file)).toString().replace('\\', '/');
                    var format = Format.forFileName(file.getFileName().toString());
                    boolean patternsKeep = glob != null ? format.isPresent() && glob.matches(relative)
                            : includes.isEmpty() ? format.isPresent()
                            : includes.stream().anyMatch(p -> p.matches(relative));
                    if (!patternsKeep || excludes.stream().anyMatch(p -> p.matches(relative))) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (ignores != null && ignores.ignores(file, false)) {
                        leftOut[1]++;
                        return FileVisitResult.CONTINUE;
                    }
                    if (!attrs.isRegularFile()) {
                        // Opening a named pipe would block the run; a device may never end. Say what was passed over.
                        notes.add(new Problem(display.apply(file), "not checked: " + RegularFiles.kind(file)
                                + ", not a regular file"));
                        return FileVisitResult.CONTINUE;
                    }
                    if (format.isEmpty()) {
                        problems.add(unknownType(display.apply(file)));
                    } else if (selected.test(file)) {
                        found.add(new ArticleFile(file, display.apply(file), format.get()));
                    } else {
                        leftOut[0]++;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    if (exc instanceof FileSystemLoopException) {
                        notes.add(new Problem(display.apply(file), "not walked again: the link leads back into a "
                                + "folder above it"));
                    } else {
                        problems.add(new Problem(display.apply(file), "cannot read: " + RegularFiles.reason(exc)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(display.apply(root), "cannot walk folder: " + e.getMessage()));
        }
        found.sort(Comparator.comparing(ArticleFile::displayPath));
        return found;
    }

    /**
     * Whether a path lies in a skipped folder inside the walked folder. A walked folder that is itself inside one
     * (articles generated into target/) is checked: it was named on purpose.
     */
    private boolean isSkipped(Path root, Path path) {
        return skipped.stream().anyMatch(s -> s.startsWith(root) && !s.equals(root) && path.startsWith(s));
    }

    /** Paths are shown with forward slashes, as given (relative stays relative), so output is stable across OSes. */
    public static String asGiven(Path path) {
        String s = path.normalize().toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    /** What makes two named paths the same file: the real path when it exists (links and case resolved). */
    private static Path identity(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return normal(p);
        }
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}

package dev.medlint.maven;

import dev.medlint.core.source.ArticleFile;
import dev.medlint.core.source.FileWalker;
import dev.medlint.core.source.Format;
import dev.medlint.core.source.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * Finds the articles of a project: the files under the source directories that match the Ant-style includes and
 * none of the excludes (the same pattern syntax as every other Maven plugin), minus folders that never hold articles
 * (the build directory, the report file, the folders of sub-modules, which check their own articles). Each file is
 * reported under its path relative to the project base directory, the name {@code medlint check} would print when
 * run from there.
 */
final class ArticleScanner {
    /** What was found: the articles, the files that cannot be checked, and the source directories that do not exist. */
    record Result(List<ArticleFile> files, List<InputException> problems, List<Path> missingDirectories) {
    }

    private final Path basedir;
    private final String[] includes;
    private final String[] excludes;
    private final List<Path> skipped;

    /**
     * @param basedir  the project base directory; display paths are relative to it
     * @param includes Ant-style patterns relative to each source directory
     * @param excludes Ant-style patterns relative to each source directory
     * @param skipped  files and folders never checked, whatever the patterns say
     */
    ArticleScanner(Path basedir, List<String> includes, List<String> excludes, List<Path> skipped) {
        this.basedir = normal(basedir);
        this.includes = includes.toArray(String[]::new);
        this.excludes = excludes.toArray(String[]::new);
        this.skipped = skipped.stream().map(ArticleScanner::normal).toList();
    }

    Result scan(List<Path> sourceDirectories) {
        Map<Path, ArticleFile> found = new LinkedHashMap<>();
        List<InputException> problems = new ArrayList<>();
        List<Path> missing = new ArrayList<>();
        for (Path dir : sourceDirectories) {
            Path root = normal(dir);
            if (!Files.isDirectory(root)) {
                missing.add(root);
                continue;
            }
            DirectoryScanner scanner = new DirectoryScanner();
            scanner.setBasedir(root.toFile());
            scanner.setIncludes(includes);
            scanner.setExcludes(withSkipped(root));
            scanner.addDefaultExcludes();
            scanner.setCaseSensitive(true);
            scanner.scan();
            for (String relative : scanner.getIncludedFiles()) {
                Path file = normal(root.resolve(relative));
                if (isSkipped(root, file) || found.containsKey(file)) {
                    continue;
                }
                String display = display(file);
                Optional<Format> format = Format.forFileName(file.getFileName().toString());
                if (format.isEmpty()) {
                    problems.add(new InputException(display, "unknown file type; medlint reads "
                            + Format.knownExtensions() + " (narrow the includes parameter)"));
                } else {
                    found.put(file, new ArticleFile(file, display, format.get()));
                }
            }
        }
        List<ArticleFile> files = new ArrayList<>(found.values());
        files.sort(Comparator.comparing(ArticleFile::displayPath));
        return new Result(files, problems, missing);
    }

    /** A path as shown in the log: relative to the base directory, with forward slashes. */
    String display(Path path) {
        Path p = normal(path);
        try {
            return FileWalker.display(basedir.relativize(p));
        } catch (IllegalArgumentException e) {
            // another file system root (Windows drive): nothing to be relative to
            return FileWalker.display(p);
        }
    }

    /** The excludes plus one pattern per skipped folder inside {@code root}, so the scanner does not descend there. */
    private String[] withSkipped(Path root) {
        List<String> all = new ArrayList<>(Arrays.asList(excludes));
        for (Path s : skipped) {
            if (s.startsWith(root) && !s.equals(root)) {
                String rel = root.relativize(s).toString().replace('\\', '/');
                all.add(rel);
                all.add(rel + "/**");
            }
        }
        return all.toArray(String[]::new);
    }

    /**
     * Whether a file lies in a skipped folder inside the source directory. A source directory that is itself inside
     * one (articles generated into target/) is checked: it was named on purpose.
     */
    private boolean isSkipped(Path root, Path file) {
        return skipped.stream().anyMatch(s -> s.startsWith(root) && !s.equals(root) && file.startsWith(s));
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}

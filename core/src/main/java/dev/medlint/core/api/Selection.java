package dev.medlint.core.api;

import dev.medlint.core.report.Problem;
import dev.medlint.core.source.ArticleFile;
import java.util.List;

/**
 * The articles a run will check, chosen from the paths a user named ({@link Engine#select}): their number and
 * names, the problems met choosing them, the named folders that do not exist (with
 * {@link EngineOptions#lenientSelection()}), and how many articles the configurations' include/exclude left out.
 */
public final class Selection {
    private final List<ArticleFile> files;
    private final List<Problem> problems;
    private final List<String> missing;
    private final int leftOut;
    private final List<Problem> notes;

    Selection(List<ArticleFile> files, List<Problem> problems, List<String> missing, int leftOut,
            List<Problem> notes) {
        this.notes = List.copyOf(notes);
        this.files = List.copyOf(files);
        this.problems = List.copyOf(problems);
        this.missing = List.copyOf(missing);
        this.leftOut = leftOut;
    }

    List<ArticleFile> files() {
        return files;
    }

    /** The articles' paths as reports name them. */
    public List<String> paths() {
        return files.stream().map(ArticleFile::displayPath).toList();
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The named folders that do not exist, as shown in messages. */
    public List<String> missing() {
        return missing;
    }

    /**
     * What walking the folders passed over without checking, each a path and why (a named pipe, a device, a
     * dangling link, a link loop): not problems of the run, but worth an info line.
     */
    public List<Problem> notes() {
        return notes;
    }

    /** How many articles found while walking the configurations' include and exclude patterns left out. */
    public int leftOutByConfiguration() {
        return leftOut;
    }
}

package dev.medlint.core.analysis;

import dev.medlint.core.nlp.NlpModels;
import dev.medlint.core.pack.RulePack;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Report;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.source.ArticleFile;
import dev.medlint.core.source.FileWalker;
import dev.medlint.core.source.Format;
import dev.medlint.core.source.InputException;
import dev.medlint.core.source.SourceDocument;
import dev.medlint.core.source.SourceReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The medlint engine: checks articles against a set of rules. Immutable and safe to share between threads. The CLI
 * and the Maven plugin do not use it directly but through {@link dev.medlint.core.config.ConfiguredLinter}, which
 * picks each article's rules from its configuration file.
 */
public final class Linter {
    private final List<Rule> rules;
    private final NlpModels models;
    private final SourceReader reader;
    private final int threads;

    private final Suppressions.Settings suppressions;

    private Linter(List<Rule> rules, NlpModels models, SourceReader reader, int threads,
            Suppressions.Settings suppressions) {
        this.rules = List.copyOf(rules);
        this.models = models;
        this.reader = reader;
        this.threads = threads;
        this.suppressions = suppressions != null ? suppressions : Suppressions.Settings.of(ids(this.rules));
    }

    private static java.util.Set<String> ids(List<Rule> rules) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        rules.forEach(r -> ids.add(r.id()));
        ids.addAll(Suppressions.ENGINE_RULES);
        return ids;
    }

    /** A linter over the given rules, with the shared models, the default reader and one worker per core. */
    public static Linter of(List<Rule> rules) {
        return new Linter(rules, NlpModels.shared(), new SourceReader(),
                Runtime.getRuntime().availableProcessors(), null);
    }

    /**
     * A linter over every rule of the given packs, with the packs' {@code extend:} changes applied. (Configuration
     * files are not read here: {@link dev.medlint.core.config.ConfiguredLinter} does that.)
     *
     * @throws IllegalArgumentException when a rule id is defined twice or an extension names no loaded rule; the
     *                                  message is {@code file[:line:col]: reason}
     */
    public static Linter ofPacks(List<RulePack> packs) {
        try {
            return of(dev.medlint.core.pack.PackCombiner.combine(packs).rules());
        } catch (dev.medlint.core.pack.RuleFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public Linter withThreads(int n) {
        return new Linter(rules, models, reader, Math.max(1, n), suppressions);
    }

    public Linter withReader(SourceReader r) {
        return new Linter(rules, models, r, threads, suppressions);
    }

    /** A linter with the same threads, reader and models over other rules. */
    public Linter withRules(List<Rule> other) {
        return new Linter(other, models, reader, threads, null);
    }

    /**
     * The same linter reading inline suppressions with these settings: the rule ids that exist (rules turned off
     * included, so a directive naming one is not taken for a typo) and the severities of the engine's findings.
     */
    public Linter withSuppressions(Suppressions.Settings s) {
        return new Linter(rules, models, reader, threads, s);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Checks files and folders (walked recursively). Files are checked in parallel; the report is in a stable order. */
    public Report check(List<Path> paths) {
        FileWalker.Result walked = new FileWalker().expand(paths);
        return checkFiles(walked.files(), walked.problems());
    }

    /** Checks the given article files; {@code problems} already met (while walking) are carried into the report. */
    public Report checkFiles(List<ArticleFile> files, List<InputException> problems) {
        List<InputException> allProblems = new ArrayList<>(problems);
        List<Finding> findings = new ArrayList<>();
        Map<String, Map<Integer, String>> excerpts = new HashMap<>();
        int checked = 0;
        int workers = Math.min(threads, Math.max(1, files.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "medlint-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (ArticleFile f : files) {
                futures.add(pool.submit(() -> checkFile(f)));
            }
            for (Future<Outcome> future : futures) {
                Outcome o = future.get();
                if (o.problem != null) {
                    allProblems.add(o.problem);
                } else {
                    checked++;
                    findings.addAll(o.findings);
                    if (!o.excerpts.isEmpty()) {
                        excerpts.put(o.path, o.excerpts);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("internal error while checking: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Report(checked, findings, allProblems, excerpts);
    }

    /** Checks one document already in memory (stdin, an editor buffer, a test). */
    public Report checkDocument(SourceDocument doc) {
        Outcome o = analyse(doc);
        return new Report(1, o.findings, List.of(), o.excerpts.isEmpty() ? Map.of() : Map.of(o.path, o.excerpts));
    }

    /** Checks a text under a name and format, returning its findings. */
    public List<Finding> checkText(String name, Format format, String text) {
        return analyse(new SourceDocument(name, format, text)).findings;
    }

    private Outcome checkFile(ArticleFile f) {
        try {
            return analyse(reader.read(f.file(), f.displayPath(), f.format()));
        } catch (InputException e) {
            return new Outcome(f.displayPath(), List.of(), Map.of(), e);
        }
    }

    private Outcome analyse(SourceDocument doc) {
        DocumentChecker.Checked checked = new DocumentChecker(rules, models, suppressions).check(doc);
        Map<Integer, String> lines = new LinkedHashMap<>();
        for (Finding f : checked.findings()) {
            if (!f.isDocumentLevel()) {
                lines.computeIfAbsent(f.line(), checked.lines()::lineText);
            }
        }
        return new Outcome(doc.path(), checked.findings(), lines, null);
    }

    private record Outcome(String path, List<Finding> findings, Map<Integer, String> excerpts,
            InputException problem) {
    }
}

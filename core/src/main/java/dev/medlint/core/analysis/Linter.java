package dev.medlint.core.analysis;

import dev.medlint.core.report.CheckedFile;
import dev.medlint.core.report.FailLevel;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Problem;
import dev.medlint.core.report.Report;
import dev.medlint.core.report.RuleDescriptor;
import dev.medlint.core.report.RuleSource;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.source.ArticleFile;
import dev.medlint.core.source.Format;
import dev.medlint.core.source.InputException;
import dev.medlint.core.source.SourceDocument;
import dev.medlint.core.source.SourceReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks articles against one set of rules, in parallel, into a {@link Report}. Immutable and safe to share between
 * threads. Front ends use {@link dev.medlint.core.api.Engine}, which picks each article's rules (and this linter)
 * from its configuration; tests and rule tools use it directly.
 */
public final class Linter {
    private final List<Rule> rules;
    private final SourceReader reader;
    private final int threads;
    private final FindingPipeline pipeline;
    private final List<RuleDescriptor> descriptors;
    private final boolean wholeText;
    /** The configuration file (display name, empty for the defaults) and the rule sources, for reports. */
    private final String configuration;
    private final List<RuleSource> sources;
    /** A filter after the configuration's pipeline (the baseline), or null. */
    private final FindingFilter last;

    private Linter(List<Rule> rules, SourceReader reader, int threads, FindingPipeline pipeline,
            List<RuleDescriptor> descriptors, boolean wholeText) {
        this(rules, reader, threads, pipeline, descriptors, wholeText, "", List.of(), null);
    }

    private Linter(List<Rule> rules, SourceReader reader, int threads, FindingPipeline pipeline,
            List<RuleDescriptor> descriptors, boolean wholeText, String configuration, List<RuleSource> sources,
            FindingFilter last) {
        this.last = last;
        this.configuration = configuration;
        this.sources = List.copyOf(sources);
        this.wholeText = wholeText;
        this.rules = List.copyOf(rules);
        this.reader = reader;
        this.threads = threads;
        this.pipeline = pipeline != null ? pipeline
                : FindingPipeline.standard(Suppressions.Settings.of(ids(this.rules)), FailLevel.ERROR);
        this.descriptors = List.copyOf(descriptors);
    }

    private static Set<String> ids(List<Rule> rules) {
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> ids.add(r.id()));
        ids.addAll(EngineRules.ids());
        return ids;
    }

    /** A linter over the given rules, with the default reader, one worker per core and the standard pipeline. */
    public static Linter of(List<Rule> rules) {
        return new Linter(rules, new SourceReader(), Runtime.getRuntime().availableProcessors(), null, List.of(),
                false);
    }

    /**
     * A linter over every rule of the given packs, with the packs' {@code extend:} changes applied (configuration
     * files are not read here: the engine does that).
     *
     * @throws IllegalArgumentException when a rule id is defined twice or an extension names no loaded rule; the
     *                                  message is {@code file[:line:col]: reason}
     */
    public static Linter ofPacks(List<dev.medlint.core.pack.RulePack> packs) {
        try {
            return of(dev.medlint.core.pack.PackCombiner.combine(packs).rules());
        } catch (dev.medlint.core.yaml.RuleFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * The same linter quoting every line of every article in its reports, not only the lines findings point at
     * (for formats that show whole articles, such as html).
     */
    public Linter withWholeText() {
        return new Linter(rules, reader, threads, pipeline, descriptors, true, configuration, sources, last);
    }

    /** The same linter recording in its reports which configuration and rule files its rules came from. */
    public Linter describedBy(String configurationFile, List<RuleSource> from) {
        return new Linter(rules, reader, threads, pipeline, descriptors, wholeText, configurationFile, from, last);
    }

    /** The same linter with one more filter after its pipeline, whatever pipeline it is later given. */
    public Linter withFinalFilter(FindingFilter filter) {
        return new Linter(rules, reader, threads, pipeline, descriptors, wholeText, configuration, sources, filter);
    }

    public Linter withThreads(int n) {
        return new Linter(rules, reader, Math.max(1, n), pipeline, descriptors, wholeText, configuration, sources, last);
    }

    public Linter withReader(SourceReader r) {
        return new Linter(rules, r, threads, pipeline, descriptors, wholeText, configuration, sources, last);
    }

    /** A linter with the same threads and reader over other rules, described as {@code described} in reports. */
    public Linter withRules(List<Rule> other, List<RuleDescriptor> described) {
        return new Linter(other, reader, threads, null, described, wholeText, configuration, sources, last);
    }

    /**
     * The same linter reading inline suppressions with these settings: the rule ids that exist (rules turned off
     * included, so a directive naming one is not taken for a typo) and the severities of the engine's findings.
     */
    public Linter withSuppressions(Suppressions.Settings s) {
        return new Linter(rules, reader, threads, FindingPipeline.standard(s, pipeline.failLevel()), descriptors,
                wholeText, configuration, sources, last);
    }

    /** The same linter passing findings through another pipeline (suppression settings, fail level). */
    public Linter withPipeline(FindingPipeline p) {
        return new Linter(rules, reader, threads, p, descriptors, wholeText, configuration, sources, last);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Checks files and folders (walked recursively for every article, paths shown as given). */
    public Report check(List<java.nio.file.Path> paths) {
        dev.medlint.core.source.FileSelection.Result r = dev.medlint.core.source.FileSelection.articles()
                .select(paths, p -> true, dev.medlint.core.source.FileSelection::asGiven);
        return checkFiles(r.files(), r.problems());
    }

    /** Checks the given article files; {@code problems} already met (while walking) are carried into the report. */
    public Report checkFiles(List<ArticleFile> files, List<Problem> problems) {
        return checkFiles(files, problems, () -> { });
    }

    /**
     * As {@link #checkFiles(List, List)}, running {@code afterEachFile} (from a worker thread, so it must be
     * thread-safe) when a file has been read and checked, e.g. to show progress.
     */
    public Report checkFiles(List<ArticleFile> files, List<Problem> problems, Runnable afterEachFile) {
        List<Problem> allProblems = new ArrayList<>(problems);
        List<Finding> findings = new ArrayList<>();
        List<CheckedFile> checked = new ArrayList<>();
        Map<String, Map<Integer, String>> excerpts = new HashMap<>();
        int workers = Math.min(threads, Math.max(1, files.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "medlint-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (ArticleFile f : files) {
                futures.add(pool.submit(() -> {
                    try {
                        return checkFile(f);
                    } finally {
                        afterEachFile.run();
                    }
                }));
            }
            for (Future<Outcome> future : futures) {
                Outcome o = future.get();
                if (o.problem != null) {
                    allProblems.add(o.problem);
                } else {
                    checked.add(o.file);
                    findings.addAll(o.findings);
                    if (!o.excerpts.isEmpty()) {
                        excerpts.put(o.file.path(), o.excerpts);
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
        return new Report(checked, findings, allProblems, excerpts, descriptors, sources);
    }

    /** Checks one document already in memory (stdin, an editor buffer, a test). */
    public Report checkDocument(SourceDocument doc) {
        Outcome o = analyse(doc);
        return new Report(List.of(o.file), o.findings, List.of(),
                o.excerpts.isEmpty() ? Map.of() : Map.of(doc.path(), o.excerpts), descriptors, sources);
    }

    /** Checks a text under a name and format, returning its findings. */
    public List<Finding> checkText(String name, Format format, String text) {
        return analyse(new SourceDocument(name, format, text)).findings;
    }

    private Outcome checkFile(ArticleFile f) {
        try {
            return analyse(reader.read(f.file(), f.displayPath(), f.format()));
        } catch (InputException e) {
            return new Outcome(null, List.of(), Map.of(), e.problem());
        }
    }

    private Outcome analyse(SourceDocument doc) {
        DocumentChecker.Checked checked = new DocumentChecker(rules, last == null ? pipeline : pipeline.then(last))
                .check(doc);
        Map<Integer, String> lines = new LinkedHashMap<>();
        if (wholeText) {
            for (int i = 1; i <= checked.lines().lineCount(); i++) {
                lines.put(i, checked.lines().lineText(i));
            }
        }
        for (Finding f : checked.findings()) {
            if (!f.isDocumentLevel()) {
                lines.computeIfAbsent(f.line(), checked.lines()::lineText);
                // The end line too, so formats counting bytes (rdjsonl) can convert the end column.
                lines.computeIfAbsent(f.endLine(), checked.lines()::lineText);
            }
        }
        CheckedFile file = new CheckedFile(doc.path(), doc.format().name().toLowerCase(Locale.ROOT),
                sha256(doc.text()), pipeline.failLevel(), configuration);
        return new Outcome(file, checked.findings(), lines, null);
    }

    private static String sha256(String text) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private record Outcome(CheckedFile file, List<Finding> findings, Map<Integer, String> excerpts,
            Problem problem) {
    }
}

package dev.medlint.core.analysis;

import dev.medlint.core.cache.FindingsCache;
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
import dev.medlint.core.text.UnreadableText;
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
import java.util.Optional;
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
    /** The findings of earlier runs (null: none), and the key of this linter's rules and settings in it. */
    private final FindingsCache cache;
    private final String cacheKey;
    /** Run once before the first article that has to be analysed (not answered by the cache), or null. */
    private final Runnable beforeAnalysis;
    /** Shared by the copies of this linter over the same rules, so each table is built once. */
    private final LanguageTables languageTables;

    private Linter(List<Rule> rules, SourceReader reader, int threads, FindingPipeline pipeline,
            List<RuleDescriptor> descriptors, boolean wholeText) {
        this(rules, reader, threads, pipeline, descriptors, wholeText, "", List.of(), null, null);
    }

    private Linter(List<Rule> rules, SourceReader reader, int threads, FindingPipeline pipeline,
            List<RuleDescriptor> descriptors, boolean wholeText, String configuration, List<RuleSource> sources,
            FindingFilter last, LanguageTables languageTables) {
        this(rules, reader, threads, pipeline, descriptors, wholeText, configuration, sources, last, null, null,
                languageTables);
    }

    private Linter(List<Rule> rules, SourceReader reader, int threads, FindingPipeline pipeline,
            List<RuleDescriptor> descriptors, boolean wholeText, String configuration, List<RuleSource> sources,
            FindingFilter last, FindingsCache cache, Runnable beforeAnalysis, LanguageTables languageTables) {
        this.last = last;
        this.cache = cache;
        this.beforeAnalysis = beforeAnalysis;
        this.configuration = configuration;
        this.sources = List.copyOf(sources);
        this.wholeText = wholeText;
        this.rules = List.copyOf(rules);
        this.languageTables = languageTables != null ? languageTables : new LanguageTables(this.rules);
        this.reader = reader;
        this.threads = threads;
        this.pipeline = pipeline != null ? pipeline
                : FindingPipeline.standard(Suppressions.Settings.of(ids(this.rules)), FailLevel.ERROR);
        this.descriptors = dev.medlint.core.util.LazyList.copyOf(descriptors);
        this.cacheKey = cache == null ? null : cacheKey();
    }

    /**
     * What decides this linter's findings besides the article: the digests of its configuration and rule files (so
     * a changed pack, rule file or .medlint.yaml is a new key), the rules that run, the fail level and whether whole
     * articles are quoted. Null, so nothing is cached, when a rule file has no digest (rules built in memory).
     */
    private String cacheKey() {
        List<String> parts = new ArrayList<>();
        parts.add("configuration " + configuration);
        for (RuleSource s : sources) {
            parts.add(s.sha256() == null || s.sha256().isEmpty() ? null
                    : s.kind() + " " + s.name() + " " + s.file() + " " + s.sha256());
        }
        if (sources.isEmpty()) {
            parts.add(null);
        }
        rules.forEach(r -> parts.add("rule " + r.id()));
        parts.add("fail-on " + pipeline.failLevel().name());
        parts.add("whole-text " + wholeText);
        return FindingsCache.rulesKey(parts);
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
        return new Linter(rules, reader, threads, pipeline, descriptors, true, configuration, sources, last,
                languageTables);
    }

    /** The same linter recording in its reports which configuration and rule files its rules came from. */
    public Linter describedBy(String configurationFile, List<RuleSource> from) {
        return new Linter(rules, reader, threads, pipeline, descriptors, wholeText, configurationFile, from, last,
                languageTables);
    }

    /** The same linter with one more filter after its pipeline, whatever pipeline it is later given. */
    public Linter withFinalFilter(FindingFilter filter) {
        return new Linter(rules, reader, threads, pipeline, descriptors, wholeText, configuration, sources, filter,
                languageTables);
    }

    public Linter withThreads(int n) {
        return new Linter(rules, reader, Math.max(1, n), pipeline, descriptors, wholeText, configuration, sources, last,
                languageTables);
    }

    public Linter withReader(SourceReader r) {
        return new Linter(rules, r, threads, pipeline, descriptors, wholeText, configuration, sources, last,
                languageTables);
    }

    /** A linter with the same threads and reader over other rules, described as {@code described} in reports. */
    public Linter withRules(List<Rule> other, List<RuleDescriptor> described) {
        return new Linter(other, reader, threads, null, described, wholeText, configuration, sources, last, null);
    }

    /**
     * The same linter reading inline suppressions with these settings: the rule ids that exist (rules turned off
     * included, so a directive naming one is not taken for a typo) and the severities of the engine's findings.
     */
    public Linter withSuppressions(Suppressions.Settings s) {
        return new Linter(rules, reader, threads, FindingPipeline.standard(s, pipeline.failLevel()), descriptors,
                wholeText, configuration, sources, last, languageTables);
    }

    /** The same linter passing findings through another pipeline (suppression settings, fail level). */
    public Linter withPipeline(FindingPipeline p) {
        return new Linter(rules, reader, threads, p, descriptors, wholeText, configuration, sources, last,
                languageTables);
    }

    /**
     * The same linter answering from a cache the articles it has checked before with the same text and rules, and
     * storing what it checks; {@code beforeAnalysis} (may be null) runs once, in the worker of the first article the
     * cache cannot answer, before that article is analysed, so models are loaded only when needed. An exception it
     * throws ends the run.
     */
    public Linter withCache(FindingsCache c, Runnable beforeAnalysis) {
        return new Linter(rules, reader, threads, pipeline, descriptors, wholeText, configuration, sources, last, c,
                beforeAnalysis, languageTables);
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
        // The models load (beforeAnalysis) when the first article the cache cannot answer is analysed, in that
        // worker; each article is read once, whether the cache answers it or not.
        Preparation prepare = new Preparation(beforeAnalysis);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (ArticleFile f : files) {
                futures.add(pool.submit(() -> {
                    try {
                        return checkFile(f, prepare);
                    } finally {
                        afterEachFile.run();
                    }
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                outcomes.add(outcome(futures.get(i), files.get(i)));
            }
            for (Outcome o : outcomes) {
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
        } finally {
            pool.shutdownNow();
        }
        return new Report(checked, findings, allProblems, excerpts, descriptors, sources);
    }

    /** Checks one document already in memory (stdin, an editor buffer, a test). */
    public Report checkDocument(SourceDocument doc) {
        Outcome o;
        try {
            o = analyse(doc, null);
        } catch (UnreadableText e) {
            return new Report(List.of(), List.of(), List.of(new Problem(doc.path(), e.getMessage())), Map.of(),
                    descriptors, sources);
        }
        return new Report(List.of(o.file), o.findings, List.of(),
                o.excerpts.isEmpty() ? Map.of() : Map.of(doc.path(), o.excerpts), descriptors, sources);
    }

    /** Checks a text under a name and format, returning its findings. */
    public List<Finding> checkText(String name, Format format, String text) {
        return analyse(new SourceDocument(name, format, text), null).findings;
    }

    /** A file's outcome; whatever went wrong in its worker is a problem of that file, never of the whole run. */
    private static Outcome outcome(Future<Outcome> future, ArticleFile f) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Preparation.Failed failed) {
                throw failed.cause; // not this file's fault: the run cannot analyse anything
            }
            return failed(f, e.getCause() == null ? e : e.getCause());
        }
    }

    private Outcome checkFile(ArticleFile f, Preparation prepare) {
        try {
            SourceDocument doc = reader.read(f.file(), f.displayPath(), f.format());
            Outcome cached = cache != null && cacheKey != null ? lookUp(f, doc) : null;
            if (cached != null) {
                return cached;
            }
            prepare.run();
            return analyse(doc, f.file());
        } catch (InputException e) {
            return new Outcome(null, List.of(), Map.of(), e.problem());
        } catch (UnreadableText e) {
            return new Outcome(null, List.of(), Map.of(), new Problem(f.displayPath(), e.getMessage()));
        } catch (Preparation.Failed e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // The file's own memory and stack are gone once we are here, so the other files can still be checked.
            return failed(f, e);
        }
    }

    private static Outcome failed(ArticleFile f, Throwable e) {
        String what = e instanceof StackOverflowError ? "nested too deeply to check (StackOverflowError)"
                : e instanceof OutOfMemoryError ? "too large to check in the memory given (OutOfMemoryError)"
                : "internal error while checking this file (" + e + ")";
        return new Outcome(null, List.of(), Map.of(), new Problem(f.displayPath(), what
                + "; the other files were checked"));
    }

    /**
     * An article's outcome from the cache, or null when it has to be analysed. Only findings are cached, never
     * whether an article can be read: it has been read (and so checked for being readable) already.
     */
    private Outcome lookUp(ArticleFile f, SourceDocument doc) {
        String sha = sha256(doc.text());
        Optional<FindingsCache.Entry> hit = cache.find(f.file(), doc.path(), sha, cacheKey);
        if (hit.isEmpty()) {
            return null;
        }
        Map<Integer, String> lines = hit.get().lines();
        DocumentContext context = new DocumentContext(doc.path(), doc.text(), null, null, activeIds(),
                wholeDocumentIds());
        return finish(doc, sha, context, hit.get().findings(), lines::get, lines.size());
    }

    private Set<String> wholeDocumentIds() {
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> {
            if (r.judgesWholeDocument()) {
                ids.add(r.id());
            }
        });
        return ids;
    }

    private Set<String> activeIds() {
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** Analyses a document; one read from {@code file} (null: not a file) is stored in the cache, if any. */
    private Outcome analyse(SourceDocument doc, java.nio.file.Path file) {
        DocumentChecker.Checked checked = new DocumentChecker(rules, pipeline, threads, languageTables).check(doc);
        String sha = sha256(doc.text());
        if (cache != null && cacheKey != null && file != null) {
            Map<Integer, String> lines = new HashMap<>();
            quote(lines, checked.findings(), checked.lines()::lineText, checked.lines().lineCount());
            cache.put(file, doc.path(), sha, cacheKey, new FindingsCache.Entry(checked.findings(), lines));
        }
        return finish(doc, sha, checked.context(), checked.findings(), checked.lines()::lineText,
                checked.lines().lineCount());
    }

    /**
     * The outcome of filtered findings, fresh or cached alike: the final filter (a baseline), the fail level, and
     * the lines to quote, so a cached run reports exactly what a fresh one does.
     */
    private Outcome finish(SourceDocument doc, String sha, DocumentContext context, List<Finding> filtered,
            java.util.function.IntFunction<String> lineText, int lineCount) {
        List<Finding> kept = pipeline.judge(last == null ? filtered : last.apply(context, filtered));
        Map<Integer, String> lines = new LinkedHashMap<>();
        quote(lines, kept, lineText, lineCount);
        CheckedFile file = new CheckedFile(doc.path(), doc.format().name().toLowerCase(Locale.ROOT), sha,
                pipeline.failLevel(), configuration);
        return new Outcome(file, kept, lines, null);
    }

    /** Every line of the article for formats that show it whole, else the lines the findings start and end on. */
    private void quote(Map<Integer, String> lines, List<Finding> findings,
            java.util.function.IntFunction<String> lineText, int lineCount) {
        if (wholeText) {
            for (int i = 1; i <= lineCount; i++) {
                String t = lineText.apply(i);
                if (t != null) {
                    lines.put(i, t);
                }
            }
        }
        for (Finding f : findings) {
            if (!f.isDocumentLevel()) {
                lines.computeIfAbsent(f.line(), lineText::apply);
                // The end line too, so formats counting bytes (rdjsonl) can convert the end column.
                lines.computeIfAbsent(f.endLine(), lineText::apply);
            }
        }
    }

    private static String sha256(String text) {
        return dev.medlint.core.util.Digests.sha256(text);
    }

    /** Runs the before-analysis step (loading models) once, in whichever worker needs it first. */
    private static final class Preparation {
        private final Runnable step;
        private boolean done;
        private RuntimeException failure;

        Preparation(Runnable step) {
            this.step = step;
        }

        synchronized void run() {
            if (!done) {
                done = true;
                try {
                    if (step != null) {
                        step.run();
                    }
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw new Failed(failure);
            }
        }

        /** The step failed: every worker that needs it stops, and the run rethrows the step's own exception. */
        static final class Failed extends RuntimeException {
            final RuntimeException cause;

            Failed(RuntimeException cause) {
                super(cause.getMessage(), cause, false, false);
                this.cause = cause;
            }
        }
    }

    private record Outcome(CheckedFile file, List<Finding> findings, Map<Integer, String> excerpts,
            Problem problem) {
    }
}

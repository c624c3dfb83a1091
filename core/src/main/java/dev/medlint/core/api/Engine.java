package dev.medlint.core.api;

import dev.medlint.core.analysis.EngineRules;
import dev.medlint.core.analysis.Linter;
import dev.medlint.core.authoring.ExampleRunner;
import dev.medlint.core.cache.FindingsCache;
import dev.medlint.core.authoring.TextAnalysis;
import dev.medlint.core.config.Config;
import dev.medlint.core.config.Configurations;
import dev.medlint.core.config.Origin;
import dev.medlint.core.config.RuleSet;
import dev.medlint.core.lang.Language;
import dev.medlint.core.lang.Languages;
import dev.medlint.core.lang.Script;
import dev.medlint.core.pack.PackLoader;
import dev.medlint.core.pack.RuleOverride;
import dev.medlint.core.pack.RulePack;
import dev.medlint.core.report.AnalyzedSentence;
import dev.medlint.core.report.ConfigurationView;
import dev.medlint.core.report.ExampleOutcome;
import dev.medlint.core.report.Problem;
import dev.medlint.core.report.Report;
import dev.medlint.core.report.RuleDescriptor;
import dev.medlint.core.report.RuleList;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.rule.RuleTypes;
import dev.medlint.core.source.ArticleFile;
import dev.medlint.core.source.FileSelection;
import dev.medlint.core.source.Format;
import dev.medlint.core.source.InputException;
import dev.medlint.core.source.PathPattern;
import dev.medlint.core.source.SourceDocument;
import dev.medlint.core.source.SourceReader;
import dev.medlint.core.yaml.RuleFileException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * medlint's front door: checks articles (files, folders, texts in memory) with the rules their configurations
 * choose, and answers the questions of rule authors (which rules, why an example fails, how a text is analysed).
 * The CLI, the Maven plugin and every other front end use only this class, its options, and the report package.
 *
 * <p>An engine reads configurations and rule files once and keeps them until {@link #clearCaches()}; it is safe to
 * use from many threads at once. Models load once per {@link Languages} holder (see
 * {@link EngineOptions#languages}).
 */
public final class Engine {
    /** The name of the configuration file medlint looks for in each article's folder and the folders above. */
    public static final String CONFIG_FILE_NAME = Config.FILE_NAME;

    private final EngineOptions options;
    private final Languages languages;
    private final Configurations configurations;
    private final FileSelection selection;
    private final RuleTypes types;

    private Engine(EngineOptions options, Languages languages, RuleTypes types, Configurations configurations,
            FileSelection selection) {
        this.options = options;
        this.types = types;
        this.languages = languages;
        this.configurations = configurations;
        this.selection = selection;
    }

    /**
     * An engine for these options. The rule files named in the options and an explicit configuration are read now,
     * so a mistake in them is reported before anything else.
     */
    public static Engine create(EngineOptions options) throws EngineException {
        EngineOptions o = options.copy();
        Languages languages = o.languages != null ? o.languages : Languages.builtIn();
        RuleTypes types = o.ruleTypes != null ? o.ruleTypes : RuleTypes.builtIn();
        Linter base = Linter.of(List.of());
        if (o.threads != null) {
            base = base.withThreads(o.threads);
        }
        if (o.maxBytes != null) {
            base = base.withReader(new SourceReader(o.maxBytes));
        }
        if (o.wholeText) {
            base = base.withWholeText();
        }
        if (o.baseline != null) {
            base = base.withFinalFilter(new dev.medlint.core.analysis.BaselineFilter(o.baseline));
        }
        List<Configurations.ExtraRuleFile> extra = o.ruleFiles.stream()
                .map(f -> new Configurations.ExtraRuleFile(f.path(), f.display(), f.setting())).toList();
        Configurations.Settings settings = new Configurations.Settings(o.config, o.configDisplay, o.useConfigFiles,
                o.builtin, extra, o.failOn, o.baseDir, o.ruleFilesSetting, o.noBuiltinSetting,
                o.ruleTexts.stream().map(t -> new Configurations.RuleText(t.name(), t.yaml())).toList(),
                o.configText);
        FileSelection selection = FileSelection.articles().including(patterns(o.includes, "includes"))
                .excluding(patterns(o.excludes, "excludes")).skipping(o.skipped)
                .unknownTypeHint(o.unknownTypeHint);
        if (o.lenientSelection) {
            selection = selection.lenient();
        }
        try {
            Configurations c = Configurations.create(settings, base, new PackLoader(types, languages), types);
            if (o.ignoreFiles) {
                selection = selection.ignoring(new dev.medlint.core.source.IgnoreFiles(c::display));
            }
            return new Engine(o, languages, types, c, selection);
        } catch (RuleFileException e) {
            throw wrap(e);
        }
    }

    private static List<PathPattern> patterns(List<String> patterns, String what) throws EngineException {
        List<PathPattern> out = new ArrayList<>();
        for (String p : patterns) {
            try {
                out.add(PathPattern.compile(p));
            } catch (PathPattern.BadPattern e) {
                throw new EngineException(what + ": bad pattern '" + p + "': " + e.getMessage() + " (at character "
                        + (e.index() + 1) + ")");
            }
        }
        return out;
    }

    /** The file extensions of the article formats medlint reads, as shown in messages (".md, .markdown, ..."). */
    public static String articleExtensions() {
        return Format.knownExtensions();
    }

    /** A path as a user gave it, with forward slashes and normalised ("./a/../b.md" is "b.md"). */
    public static String asGiven(Path path) {
        return FileSelection.asGiven(path);
    }

    /** The ids of the categories rules belong to, and "medlint" for the engine's own rules. */
    public static List<String> categories() {
        List<String> ids = new ArrayList<>(java.util.Arrays.stream(dev.medlint.core.rule.Category.values())
                .map(dev.medlint.core.rule.Category::id).toList());
        ids.add(EngineRules.PACK);
        return ids;
    }

    /** The rule types rule files may name, and "directive" for the engine's own rules. */
    public List<String> ruleTypes() {
        List<String> names = new ArrayList<>(types.names());
        names.add("directive");
        return names;
    }

    /** Whether a file name has the extension of an article format medlint reads. */
    public static boolean isArticleName(String fileName) {
        return Format.forFileName(fileName).isPresent();
    }

    /** How a path is named in reports and messages. */
    public String display(Path path) {
        return configurations.display(path);
    }

    /** Loads every language's models now; true when this call did the loading. */
    public boolean preload() {
        return languages.preload();
    }

    /** Forgets every configuration and rule file read, so the next check reads them again (models stay loaded). */
    public void clearCaches() throws EngineException {
        call(() -> {
            configurations.clear();
            return null;
        });
    }

    /**
     * The articles a run over these paths checks: named files, and the files in named folders that the include and
     * exclude patterns and each file's configuration select. Every configuration involved is read now.
     */
    public Selection select(List<Path> paths) throws EngineException {
        return select(paths, List.of());
    }

    /**
     * The articles a run over command-line arguments checks: each argument is a path, or, when no such path exists
     * and it has glob characters ({@code * ? [ {}), a pattern medlint resolves itself ({@code 'posts/**}{@code /*.md'}:
     * the articles matching it below {@code posts}, as a walk of that folder would choose them). An argument that is
     * neither (an invalid path or pattern) is a problem of the selection.
     */
    public Selection selectArguments(List<String> arguments) throws EngineException {
        List<Path> paths = new ArrayList<>();
        List<FileSelection.Glob> globs = new ArrayList<>();
        List<Problem> bad = new ArrayList<>();
        for (String a : arguments) {
            Path path = null;
            String invalid = null;
            try {
                path = Path.of(a);
            } catch (java.nio.file.InvalidPathException e) {
                invalid = e.getReason(); // not a path on this system; perhaps a glob ('*' on Windows)
            }
            if ((path == null || !Files.exists(path)) && FileSelection.Glob.isGlob(a)) {
                try {
                    globs.add(FileSelection.Glob.of(a));
                } catch (PathPattern.BadPattern | java.nio.file.InvalidPathException e) {
                    bad.add(new Problem(a, "bad pattern: " + e.getMessage()));
                }
            } else if (path == null) {
                bad.add(new Problem(a, "not a valid path: " + invalid));
            } else {
                paths.add(path);
            }
        }
        Selection s = select(paths, globs);
        List<Problem> problems = new ArrayList<>(bad);
        problems.addAll(s.problems());
        return new Selection(s.files(), problems, s.missing(), s.leftOutByConfiguration(), s.notes());
    }

    private Selection select(List<Path> paths, List<FileSelection.Glob> globs) throws EngineException {
        AtomicReference<RuleFileException> error = new AtomicReference<>();
        FileSelection.Result r = selection.select(paths, globs, p -> {
            try {
                return configurations.selects(p);
            } catch (RuleFileException e) {
                error.compareAndSet(null, e);
                return false;
            }
        }, configurations::display);
        if (error.get() != null) {
            throw wrap(error.get());
        }
        List<ArticleFile> files = r.files();
        // before the configurations resolve: resolving compiles the packs, which the model loads can overlap
        List<String> samples = InputSample.of(files);
        samples.forEach(languages::warmUpFor);
        java.util.Set<RuleSet> resolved = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (ArticleFile f : files) {
            resolved.add(call(() -> configurations.resolve(f.file())).rules());
        }
        // the rules of the languages the sample shows are built beside the reading of the first articles
        List<String> seen = languages.claiming(samples);
        resolved.forEach(rs -> dev.medlint.core.rule.DeferredRule.bindInBackground(rs.linter().rules(), seen));
        return new Selection(files, r.problems(), r.missing().stream().map(configurations::display).toList(),
                r.leftOut(), r.notes());
    }

    /** Checks files and folders (see {@link #select}). */
    public Report check(List<Path> paths) throws EngineException {
        return check(select(paths));
    }

    /** Checks the articles of a selection, each with the rules of its configuration. */
    public Report check(Selection selected) throws EngineException {
        return check(selected, (done, total) -> { });
    }

    /**
     * As {@link #check(Selection)}, telling {@code progress} each time an article has been checked (from the
     * worker threads, in no fixed order).
     */
    public Report check(Selection selected, Progress progress) throws EngineException {
        int total = selected.files().size();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        Runnable afterEachFile = () -> progress.checked(done.incrementAndGet(), total);
        Map<RuleSet, List<ArticleFile>> groups = new IdentityHashMap<>();
        List<RuleSet> order = new ArrayList<>();
        for (ArticleFile f : selected.files()) {
            RuleSet rules = call(() -> configurations.resolve(f.file())).rules();
            groups.computeIfAbsent(rules, k -> {
                order.add(k);
                return new ArrayList<>();
            }).add(f);
        }
        FindingsCache cache = null;
        if (options.cacheFolder != null) {
            CacheListener listener = options.cacheListener != null ? options.cacheListener : message -> { };
            cache = FindingsCache.open(options.cacheFolder, display(options.cacheFolder), listener::warning);
        }
        Runnable once = once(options.beforeAnalysis);
        List<Report> parts = new ArrayList<>();
        parts.add(Report.ofProblems(selected.problems()));
        for (RuleSet rs : order) {
            Linter linter = cache != null || once != null ? rs.linter().withCache(cache, once) : rs.linter();
            parts.add(linter.checkFiles(groups.get(rs), List.of(), afterEachFile));
        }
        if (cache != null) {
            FindingsCache.Summary s = cache.save();
            if (options.cacheListener != null) {
                String file = display(options.cacheFolder.resolve(FindingsCache.FILE_NAME));
                options.cacheListener.used(new CacheUse(file, s.answered(), s.stored(), s.dropped()));
            }
        }
        return Report.merge(parts);
    }

    /** The action run at most once (several rule sets' linters share it), or null. */
    private static Runnable once(Runnable action) {
        if (action == null) {
            return null;
        }
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        };
    }

    /**
     * Checks a text in memory (an editor buffer, standard input already read) named {@code name}, whose extension
     * picks the format (plain text when it has none medlint reads), with the configuration that applies at
     * {@code location} (the file it stands for, or a folder).
     */
    public Report checkText(String name, String text, Path location) throws EngineException {
        Format format = Format.forFileName(name).orElse(Format.TEXT);
        RuleSet rules = call(() -> configurations.resolve(location)).rules();
        return rules.linter().checkDocument(new SourceDocument(name, format, stripBom(text)));
    }

    /**
     * Checks an article read from a stream (standard input), with the same checks as a file (UTF-8, size, binary);
     * a stream that cannot be checked is a problem in the report.
     */
    public Report checkStream(InputStream in, String name, Path location) throws EngineException {
        Format format = Format.forFileName(name).orElse(Format.TEXT);
        RuleSet rules = call(() -> configurations.resolve(location)).rules();
        try {
            SourceDocument doc = reader().read(in, name, format);
            return rules.linter().checkDocument(doc);
        } catch (InputException e) {
            return Report.ofProblems(List.of(e.problem()));
        }
    }

    private SourceReader reader() {
        return options.maxBytes != null ? new SourceReader(options.maxBytes) : new SourceReader();
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The rules in use at a place (turned-off ones included, the engine's own last). */
    public RuleList rules(Path location) throws EngineException {
        Configurations.Resolved r = call(() -> configurations.resolve(location));
        return new RuleList(r.rules().descriptors(), r.config().file() == null ? null : r.config().display());
    }

    /** One rule as the configuration at a place leaves it. */
    public RuleDescriptor rule(Path location, String id) throws EngineException {
        RuleList list = rules(location);
        Optional<RuleDescriptor> d = list.rules().stream().filter(r -> r.id().equals(id)).findFirst();
        if (d.isEmpty()) {
            List<String> ids = list.rules().stream().map(RuleDescriptor::id).toList();
            throw new EngineException("unknown rule id '" + id + "'" + Hint.didYouMean(id, ids)
                    + "; run 'medlint rules list' to see the rule ids");
        }
        return d.get();
    }

    /**
     * Runs the examples of the rules in use at a place: all rules that are on, or, when {@code fromRuleFiles} names
     * rule files given in the options (by their display names), the rules those files define or extend.
     */
    public ExampleRun testExamples(Path location, List<String> fromRuleFiles) throws EngineException {
        RuleSet set = call(() -> configurations.resolve(location)).rules();
        List<Rule> rules;
        if (fromRuleFiles.isEmpty()) {
            rules = set.active();
        } else {
            Set<String> ids = new LinkedHashSet<>();
            for (RulePack p : set.packs()) {
                if (fromRuleFiles.contains(p.file())) {
                    p.rules().forEach(r -> ids.add(r.id()));
                    p.extensions().stream().map(RuleOverride::id).forEach(ids::add);
                }
            }
            rules = set.all().stream().filter(r -> ids.contains(r.id())).toList();
        }
        ExampleRunner runner = new ExampleRunner();
        List<ExampleRun.RuleExamples> out = new ArrayList<>();
        for (Rule rule : rules) {
            List<ExampleOutcome> outcomes = runner.run(rule).stream().map(ExampleRunner::outcome).toList();
            out.add(new ExampleRun.RuleExamples(rule.id(), outcomes));
        }
        int skipped = fromRuleFiles.isEmpty() ? set.all().size() - set.active().size() : 0;
        return new ExampleRun(out, skipped);
    }

    /** Whether {@code name} is an input format {@link #analyze} reads: text, markdown or html. */
    public static boolean isInputFormat(String name) {
        return Format.forFileName("x." + name.toLowerCase(Locale.ROOT)).isPresent();
    }

    /**
     * How a language's analyzer reads a text: sentences, tokens, tags and lemmas with their positions.
     *
     * @param format   text, markdown or html (see {@link #isInputFormat})
     * @param language a language id ("en", "ko"), or null for the language of the text's script, as checking routes
     *                 it: Korean when most of its letters are Hangul, else English
     */
    public List<AnalyzedSentence> analyze(String text, String format, String language) throws EngineException {
        Format f = Format.forFileName("x." + format.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new EngineException("unknown input format '" + format + "'; use text, markdown "
                        + "or html"));
        String id = language != null ? language
                : Script.mostlyHangul(text, 0, text.length()) && languages.find("ko").isPresent() ? "ko" : "en";
        Language l = languages.find(id).orElseThrow(() -> new EngineException("unknown language '" + id
                + "'" + Hint.didYouMean(id, languages.ids()) + "; languages: "
                + String.join(", ", languages.ids())));
        return TextAnalysis.analyze(stripBom(text), f, l);
    }

    /** Reads a stream as an article would be read (UTF-8, size); a problem is an {@link EngineException}. */
    public String read(InputStream in, String name) throws EngineException {
        try {
            return reader().read(in, name, Format.TEXT).text();
        } catch (InputException e) {
            throw new EngineException(e.getMessage());
        }
    }

    /**
     * The configuration that applies to a file or folder, every value with its origin, for {@code medlint config}.
     */
    public ConfigurationView configuration(Path target) throws EngineException {
        Configurations.Resolved r = call(() -> configurations.resolve(target));
        Config c = r.config();
        List<ConfigurationView.Setting> settings = new ArrayList<>();
        settings.add(options.builtin ? setting("packs", list(c.packs().value()), c.packs().origin())
                : setting("packs", "(none: " + options.noBuiltinSetting + ")", Origin.of("command line")));
        String files = c.ruleFiles().value().stream().map(Config.RuleFile::display).collect(Collectors.joining(", "));
        settings.add(setting("rule-files", files.isEmpty() ? "(none)" : files, c.ruleFiles().origin()));
        if (!options.ruleFiles.isEmpty()) {
            settings.add(setting(options.ruleFilesSetting, options.ruleFiles.stream()
                    .map(EngineOptions.RuleFile::display).collect(Collectors.joining(", ")), Origin.of("command line")));
        }
        settings.add(setting("include", sources(c.include().value(), "(every article)"), c.include().origin()));
        settings.add(setting("exclude", sources(c.exclude().value(), "(nothing)"), c.exclude().origin()));
        settings.add(setting("fail-on", c.failOn().value().label(), c.failOn().origin()));
        Boolean walked = Files.isDirectory(target) ? null : c.selects(target);
        return new ConfigurationView(c.file() == null ? null : c.display(), settings, walked,
                r.rules().descriptors());
    }

    private static ConfigurationView.Setting setting(String name, String value, Origin origin) {
        return new ConfigurationView.Setting(name, value, origin.toString(), origin.isDefault());
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "(none)" : String.join(", ", items);
    }

    private static String sources(List<PathPattern> globs, String none) {
        return globs.isEmpty() ? none : globs.stream().map(PathPattern::source).collect(Collectors.joining(", "));
    }

    /**
     * The fail level that applied to an article, with where it was set, for a build failure message: "fail-on:
     * warning (.medlint.yaml:3:10)" when its configuration sets it, else null (the front end's or the default).
     */
    public String failLevelOrigin(Path article) throws EngineException {
        if (configurations.failLevelOverridden()) {
            return null;
        }
        Config.Value<dev.medlint.core.report.FailLevel> v = call(() -> configurations.configFor(article)).failOn();
        return v.origin().isDefault() ? null : "fail-on: " + v.value().label() + " (" + v.origin() + ")";
    }

    /** The ids of the engine's own rules (suppression checks). */
    public static List<String> engineRuleIds() {
        return EngineRules.ids();
    }

    /** A one-line problem for a path, as reports record it. */
    public static Problem problem(String path, String reason) {
        return new Problem(path, reason);
    }

    private interface Call<T> {
        T run() throws RuleFileException;
    }

    private static <T> T call(Call<T> c) throws EngineException {
        try {
            return c.run();
        } catch (RuleFileException e) {
            throw wrap(e);
        }
    }

    private static EngineException wrap(RuleFileException e) {
        return new EngineException(e.getMessage(), e.file(), e.line(), e.column(), e);
    }
}

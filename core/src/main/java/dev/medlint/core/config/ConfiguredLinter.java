package dev.medlint.core.config;

import dev.medlint.core.analysis.Linter;
import dev.medlint.core.pack.BuiltinPacks;
import dev.medlint.core.pack.PackLoader;
import dev.medlint.core.pack.RuleFileException;
import dev.medlint.core.pack.RulePack;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Report;
import dev.medlint.core.source.ArticleFile;
import dev.medlint.core.source.FileWalker;
import dev.medlint.core.source.InputException;
import dev.medlint.core.source.SourceDocument;
import dev.medlint.core.source.SourceReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine as the CLI and the Maven plugin use it: configuration files ({@code .medlint.yaml}, the nearest one above
 * each checked file, or one named explicitly) choose the packs, rule files, rule settings, file patterns and fail
 * level for the files below them. Configurations and the rule sets compiled from them are read once and cached, per
 * folder and per configuration file; an instance is safe to share between threads.
 *
 * <p>Anything wrong with a configuration or rule file is a {@link RuleFileException} ({@code file:line:col: reason}),
 * raised before any article is checked.
 */
public final class ConfiguredLinter {
    /** How to find configurations and rules. Mutable; {@link ConfiguredLinter#create} takes a copy. */
    public static final class Options {
        private Path config;
        private String configDisplay;
        private boolean useConfigFiles = true;
        private boolean builtin = true;
        private final List<Config.RuleFile> ruleFiles = new ArrayList<>();
        private Integer threads;
        private SourceReader reader;
        private FailLevel failOn;
        private Path baseDir;

        /** Use this configuration file for every article instead of looking for {@code .medlint.yaml} files. */
        public Options config(Path file) {
            return config(file, FileWalker.display(file));
        }

        public Options config(Path file, String display) {
            this.config = file;
            this.configDisplay = display;
            return this;
        }

        /** Ignore configuration files: the defaults apply everywhere. */
        public Options noConfig() {
            this.useConfigFiles = false;
            return this;
        }

        /** Leave out the bundled packs (the configuration's {@code packs} included). */
        public Options noBuiltin() {
            this.builtin = false;
            return this;
        }

        /** A rule file given with {@code --rules}, used besides the configuration's, shown as {@code display}. */
        public Options ruleFile(Path file, String display) {
            ruleFiles.add(new Config.RuleFile(file, display, COMMAND_LINE));
            return this;
        }

        /**
         * A rule file used besides the configuration's, shown in messages as {@code display}; {@code setting} names
         * where it was given (e.g. "ruleFiles parameter"), for messages about a missing file.
         */
        public Options ruleFile(Path file, String display, String setting) {
            ruleFiles.add(new Config.RuleFile(file, display, Origin.of(setting)));
            return this;
        }

        public Options threads(int n) {
            this.threads = n;
            return this;
        }

        public Options reader(SourceReader r) {
            this.reader = r;
            return this;
        }

        /** A fail level that wins over every configuration's {@code fail-on} (a command-line option). */
        public Options failOn(FailLevel level) {
            this.failOn = level;
            return this;
        }

        /** The folder paths in messages are relative to (default: the working directory). */
        public Options baseDir(Path dir) {
            this.baseDir = dir;
            return this;
        }
    }

    /** A file's configuration and the rules that follow from it. */
    public record Resolved(Config config, RuleSet rules) {
    }

    /**
     * The outcome of a run: the report, and the fail level that applies to each checked path (configurations in
     * different folders may set different levels; a command-line level wins over all).
     */
    public record Result(Report report, Map<String, FailLevel> failOn, FailLevel fallback) {
        public Result {
            failOn = Map.copyOf(failOn);
        }

        public FailLevel failOn(String path) {
            return failOn.getOrDefault(path, fallback);
        }

        /** Whether a finding makes the run fail. */
        public boolean counts(Finding f) {
            return failOn(f.path()).counts(f.severity());
        }

        /** Whether any finding makes the run fail. */
        public boolean fails() {
            return report.findings().stream().anyMatch(this::counts);
        }
    }

    private static final Path NO_CONFIG = Path.of("");
    /** Where a rule file given with {@code --rules} comes from. */
    private static final Origin COMMAND_LINE = Origin.of("command line");

    private final Path explicitConfig;
    private final String explicitDisplay;
    private final boolean useConfigFiles;
    private final boolean builtin;
    private final List<Config.RuleFile> extraRuleFiles;
    private final FailLevel failOn;
    private final Path baseDir;
    private final Linter base;
    private final ConfigLoader loader;
    private final List<RulePack> extraPacks;

    private final Map<Path, Path> configOfFolder = new ConcurrentHashMap<>();
    private final Map<Path, Attempt<Config>> configs = new ConcurrentHashMap<>();
    private final Map<Path, Attempt<RuleSet>> ruleSets = new ConcurrentHashMap<>();
    private final Map<Path, Attempt<RulePack>> ruleFilePacks = new ConcurrentHashMap<>();
    private final Map<String, Attempt<RulePack>> bundled = new ConcurrentHashMap<>();

    private ConfiguredLinter(Options o) {
        this.explicitConfig = o.config == null ? null : o.config.toAbsolutePath().normalize();
        this.explicitDisplay = o.configDisplay;
        this.useConfigFiles = o.useConfigFiles;
        this.builtin = o.builtin;
        this.extraRuleFiles = List.copyOf(o.ruleFiles);
        this.failOn = o.failOn;
        this.baseDir = (o.baseDir != null ? o.baseDir : Path.of("")).toAbsolutePath().normalize();
        Linter b = Linter.of(List.of());
        if (o.threads != null) {
            b = b.withThreads(o.threads);
        }
        if (o.reader != null) {
            b = b.withReader(o.reader);
        }
        this.base = b;
        this.loader = new ConfigLoader(this::display);
        this.extraPacks = new ArrayList<>();
    }

    /**
     * A linter for these options. The rule files named in the options and an explicit configuration are read now,
     * so a mistake in them is reported before anything else.
     */
    public static ConfiguredLinter create(Options options) throws RuleFileException {
        ConfiguredLinter l = new ConfiguredLinter(options);
        for (Config.RuleFile f : l.extraRuleFiles) {
            l.extraPacks.add(l.ruleFile(f.path(), f.display(), f.origin()));
        }
        if (l.explicitConfig != null) {
            l.ruleSet(l.explicit());
        } else if (!l.useConfigFiles) {
            l.ruleSet(Config.defaults());
        }
        return l;
    }

    /** How a path is named in messages: relative to the base folder when inside it, else absolute. */
    public String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (abs.startsWith(baseDir)) {
            String rel = baseDir.relativize(abs).toString().replace('\\', '/');
            return rel.isEmpty() ? "." : rel;
        }
        return abs.toString().replace('\\', '/');
    }

    /**
     * The configuration file that applies to a file or folder: the explicit one, else the nearest
     * {@code .medlint.yaml} in its folder or a folder above; empty when none applies.
     */
    public Optional<Path> configFile(Path fileOrFolder) {
        if (explicitConfig != null) {
            return Optional.of(explicitConfig);
        }
        if (!useConfigFiles) {
            return Optional.empty();
        }
        Path abs = fileOrFolder.toAbsolutePath().normalize();
        Path folder = Files.isDirectory(abs) ? abs : abs.getParent();
        Path found = folder == null ? NO_CONFIG : nearest(folder);
        return found == NO_CONFIG ? Optional.empty() : Optional.of(found);
    }

    private Path nearest(Path folder) {
        Path cached = configOfFolder.get(folder);
        if (cached != null) {
            return cached;
        }
        Path candidate = folder.resolve(Config.FILE_NAME);
        Path found;
        if (Files.isRegularFile(candidate)) {
            found = candidate;
        } else {
            Path parent = folder.getParent();
            found = parent == null ? NO_CONFIG : nearest(parent);
        }
        configOfFolder.put(folder, found);
        return found;
    }

    /** The configuration for a file or folder (the defaults when no file applies). */
    public Config configFor(Path fileOrFolder) throws RuleFileException {
        Optional<Path> file = configFile(fileOrFolder);
        if (file.isEmpty()) {
            return Config.defaults();
        }
        if (file.get().equals(explicitConfig)) {
            return explicit();
        }
        return configs.computeIfAbsent(file.get(), p -> Attempt.of(() -> loader.load(p))).get();
    }

    private Config explicit() throws RuleFileException {
        return configs.computeIfAbsent(explicitConfig, p -> Attempt.of(() -> {
            if (!Files.exists(p)) {
                throw new RuleFileException(explicitDisplay, "no such configuration file");
            }
            Config c = new ConfigLoader(q -> q.equals(p) ? explicitDisplay : display(q)).load(p);
            return c;
        })).get();
    }

    /** A file's configuration and rules. */
    public Resolved resolve(Path fileOrFolder) throws RuleFileException {
        Config c = configFor(fileOrFolder);
        return new Resolved(c, ruleSet(c));
    }

    /** The rules a configuration checks with (compiled once per configuration file). */
    public RuleSet ruleSet(Config config) throws RuleFileException {
        Path key = config.file() == null ? NO_CONFIG : config.file().toAbsolutePath().normalize();
        return ruleSets.computeIfAbsent(key, k -> Attempt.of(() -> compile(config))).get();
    }

    private RuleSet compile(Config config) throws RuleFileException {
        List<RulePack> packs = new ArrayList<>();
        if (builtin) {
            for (String name : config.packs().value()) {
                packs.add(bundledPack(name, config.packs().origin()));
            }
        }
        for (Config.RuleFile f : config.ruleFiles().value()) {
            packs.add(ruleFile(f.path(), f.display(), null));
        }
        for (RulePack p : extraPacks) {
            if (packs.stream().noneMatch(q -> q == p)) {
                packs.add(p); // a rule file both in the configuration and on the command line is used once
            }
        }
        if (packs.isEmpty() && !builtin && config.file() == null) {
            throw new RuleFileException("--no-builtin", "there are no rules to check with: name a rule file with "
                    + "--rules FILE, or leave out --no-builtin");
        }
        if (packs.isEmpty()) {
            Origin o = config.packs().origin();
            String reason = "there are no rules to check with: the configuration uses no pack and no rule file; "
                    + "list a pack under 'packs' or your own rule files under 'rule-files'";
            throw o.line() > 0 ? new RuleFileException(o.source(), o.line(), o.column(), reason)
                    : new RuleFileException(config.display(), reason);
        }
        return RuleSet.compile(config, packs, !builtin, base);
    }

    private RulePack bundledPack(String name, Origin origin) throws RuleFileException {
        return bundled.computeIfAbsent(name, n -> Attempt.of(() -> {
            try {
                return BuiltinPacks.load(n);
            } catch (RuleFileException e) {
                if (!e.file().startsWith("builtin:")) {
                    // Not a broken pack but a missing one: the rules jar on the class path does not bundle it.
                    throw new RuleFileException("builtin:" + n, 1, 1, "the built-in rule pack is missing from this "
                            + "build; use --no-builtin --rules FILE");
                }
                throw e;
            }
        })).get();
    }

    /**
     * A rule file's pack, read once per path. {@code given} is where an extra rule file was named (the command line
     * or a front end's setting), for the messages about a missing file or a folder; null for a configuration's rule
     * files, which the configuration loader has checked already.
     */
    private RulePack ruleFile(Path path, String display, Origin given) throws RuleFileException {
        Path abs = path.toAbsolutePath().normalize();
        return ruleFilePacks.computeIfAbsent(abs, p -> Attempt.of(() -> {
            boolean cli = given == null || given.equals(COMMAND_LINE);
            if (!Files.exists(p)) {
                throw new RuleFileException(display, "no such rule file" + (cli ? "" : " (" + given.source() + ")"));
            }
            if (Files.isDirectory(p)) {
                throw new RuleFileException(display, "is a folder; " + (cli ? "--rules" : "the " + given.source())
                        + " takes a rule file (YAML)");
            }
            return new PackLoader().load(p, display);
        })).get();
    }

    /** Whether a file found while walking a folder is checked, by its configuration's include and exclude. */
    public boolean selects(Path file) throws RuleFileException {
        return configFor(file).selects(file);
    }

    /** The files their configurations' include and exclude patterns select (for callers that find files themselves). */
    public List<ArticleFile> select(List<ArticleFile> files) throws RuleFileException {
        List<ArticleFile> out = new ArrayList<>();
        for (ArticleFile f : files) {
            if (selects(f.file())) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Checks files and folders. Folders are walked recursively, keeping the files their configuration's include
     * and exclude patterns select; a file named explicitly is always checked.
     */
    public Result check(List<Path> paths) throws RuleFileException {
        AtomicReference<RuleFileException> error = new AtomicReference<>();
        FileWalker walker = new FileWalker(p -> {
            try {
                return selects(p);
            } catch (RuleFileException e) {
                error.compareAndSet(null, e);
                return false;
            }
        });
        FileWalker.Result walked = walker.expand(paths);
        if (error.get() != null) {
            throw error.get();
        }
        return checkFiles(walked.files(), walked.problems());
    }

    /**
     * Checks the given files, each with the rules of its configuration; {@code problems} already met are carried
     * into the report. Every configuration is read before the first file is checked.
     */
    public Result checkFiles(List<ArticleFile> files, List<InputException> problems) throws RuleFileException {
        Map<RuleSet, List<ArticleFile>> groups = new IdentityHashMap<>();
        List<RuleSet> order = new ArrayList<>();
        Map<String, FailLevel> levels = new HashMap<>();
        for (ArticleFile f : files) {
            Resolved r = resolve(f.file());
            groups.computeIfAbsent(r.rules(), k -> {
                order.add(k);
                return new ArrayList<>();
            }).add(f);
            levels.put(f.displayPath(), level(r.config()));
        }
        List<Report> parts = new ArrayList<>();
        parts.add(new Report(0, List.of(), problems, Map.of()));
        for (RuleSet rs : order) {
            parts.add(rs.linter().checkFiles(groups.get(rs), List.of()));
        }
        return new Result(Report.merge(parts), levels, fallback());
    }

    /**
     * Checks one document in memory (standard input), with the configuration that applies at {@code location} (the
     * file it stands for, or the working directory).
     */
    public Result checkDocument(SourceDocument doc, Path location) throws RuleFileException {
        Resolved r = resolve(location);
        return new Result(r.rules().linter().checkDocument(doc), Map.of(doc.path(), level(r.config())), fallback());
    }

    private FailLevel level(Config c) {
        return failOn != null ? failOn : c.failOn().value();
    }

    private FailLevel fallback() {
        return failOn != null ? failOn : FailLevel.ERROR;
    }

    /**
     * Results of this linter (standard input and files of one run) and input problems met outside it, as one result:
     * the reports merged, each path keeping its fail level.
     */
    public Result merge(List<Result> parts, List<InputException> problems) {
        List<Report> reports = new ArrayList<>();
        reports.add(new Report(0, List.of(), problems, Map.of()));
        Map<String, FailLevel> levels = new HashMap<>();
        for (Result r : parts) {
            reports.add(r.report());
            levels.putAll(r.failOn());
        }
        return new Result(Report.merge(reports), levels, fallback());
    }

    /** A value computed once, or the error computing it met (so every later caller sees the same error). */
    private record Attempt<T>(T value, RuleFileException error) {
        interface Body<T> {
            T run() throws RuleFileException;
        }

        static <T> Attempt<T> of(Body<T> body) {
            try {
                return new Attempt<>(body.run(), null);
            } catch (RuleFileException e) {
                return new Attempt<>(null, e);
            }
        }

        T get() throws RuleFileException {
            if (error != null) {
                throw error;
            }
            return value;
        }
    }
}

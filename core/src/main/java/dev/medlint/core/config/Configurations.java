package dev.medlint.core.config;

import dev.medlint.core.analysis.Linter;
import dev.medlint.core.pack.BuiltinPacks;
import dev.medlint.core.pack.PackLoader;
import dev.medlint.core.pack.RulePack;
import dev.medlint.core.report.FailLevel;
import dev.medlint.core.rule.RuleTypes;
import dev.medlint.core.source.FileSelection;
import dev.medlint.core.yaml.RuleFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds and reads configurations ({@code .medlint.yaml}, the nearest one above each checked file, or one named
 * explicitly) and compiles the rule sets they choose: packs, rule files, rule settings, file patterns and fail level.
 * Configurations, rule files and rule sets are read once and cached in this instance, per folder and per file;
 * {@link #clear()} drops them (a long-running server does so when files change). Safe to share between threads.
 *
 * <p>Anything wrong with a configuration or rule file is a {@link RuleFileException} ({@code file:line:col: reason}).
 */
public final class Configurations {
    /** A rule file named by a front end besides the configuration's: where, how shown, which setting named it. */
    public record ExtraRuleFile(Path path, String display, String setting) {
    }

    /** A rule file a front end read itself and gives as text (a Spark driver ships it so): its name and YAML. */
    public record RuleText(String name, String yaml) {
    }

    /**
     * What a front end decided: an explicit configuration (or none), whether to read configuration files and the
     * bundled packs, extra rule files, a fail level that wins over every configuration's, the base folder paths are
     * shown relative to (null: as given), and the names its users know two settings by (for messages). Rule files
     * and the explicit configuration may also come as text ({@code ruleTexts}, {@code explicitText}: then
     * {@code explicitConfig} is only where the configuration stands, and is not read).
     */
    public record Settings(Path explicitConfig, String explicitDisplay, boolean useConfigFiles, boolean builtin,
            List<ExtraRuleFile> ruleFiles, FailLevel failOn, Path baseDir, String ruleFilesSetting,
            String noBuiltinSetting, List<RuleText> ruleTexts, String explicitText) {
        public Settings {
            ruleFiles = List.copyOf(ruleFiles);
            ruleTexts = List.copyOf(ruleTexts);
        }

        /** Settings whose rule files and configuration (if any) are all files. */
        public Settings(Path explicitConfig, String explicitDisplay, boolean useConfigFiles, boolean builtin,
                List<ExtraRuleFile> ruleFiles, FailLevel failOn, Path baseDir, String ruleFilesSetting,
                String noBuiltinSetting) {
            this(explicitConfig, explicitDisplay, useConfigFiles, builtin, ruleFiles, failOn, baseDir,
                    ruleFilesSetting, noBuiltinSetting, List.of(), null);
        }
    }

    /** A file's configuration and the rules that follow from it. */
    public record Resolved(Config config, RuleSet rules) {
    }

    private static final Path NO_CONFIG = Path.of("");

    private final Settings settings;
    private final Path explicitConfig;
    private final Path baseDir;
    private final Linter base;
    private final PackLoader packLoader;
    private final RuleTypes types;
    private final ConfigLoader loader;
    private final List<RulePack> extraPacks = new ArrayList<>();

    private final Map<Path, Path> configOfFolder = new ConcurrentHashMap<>();
    private final Map<Path, Attempt<Config>> configs = new ConcurrentHashMap<>();
    private final Map<Path, Attempt<RuleSet>> ruleSets = new ConcurrentHashMap<>();
    private final Map<Path, Attempt<RulePack>> ruleFilePacks = new ConcurrentHashMap<>();
    private final Map<String, Attempt<RulePack>> bundled = new ConcurrentHashMap<>();

    private Configurations(Settings settings, Linter base, PackLoader packLoader, RuleTypes types) {
        this.settings = settings;
        this.explicitConfig = settings.explicitConfig() == null ? null
                : settings.explicitConfig().toAbsolutePath().normalize();
        this.baseDir = settings.baseDir() == null ? null : settings.baseDir().toAbsolutePath().normalize();
        this.base = base;
        this.packLoader = packLoader;
        this.types = types;
        this.loader = new ConfigLoader(this::displayConfig);
    }

    /**
     * Configurations for these settings. The extra rule files and an explicit configuration are read now, so a
     * mistake in them is reported before anything else.
     *
     * @param base the linter whose threads and reader every rule set's linter takes
     */
    public static Configurations create(Settings settings, Linter base, PackLoader packLoader, RuleTypes types)
            throws RuleFileException {
        Configurations c = new Configurations(settings, base, packLoader, types);
        c.load();
        return c;
    }

    private void load() throws RuleFileException {
        for (ExtraRuleFile f : settings.ruleFiles()) {
            extraPacks.add(ruleFile(f.path(), f.display(), f.setting()));
        }
        for (RuleText t : settings.ruleTexts()) {
            extraPacks.add(packLoader.load(t.name(), t.yaml()));
        }
        if (explicitConfig != null) {
            ruleSet(explicit());
        } else if (!settings.useConfigFiles()) {
            ruleSet(Config.defaults());
        }
    }

    /** Forgets every configuration, rule file and rule set read, so the next use reads them again. */
    public void clear() throws RuleFileException {
        configOfFolder.clear();
        configs.clear();
        ruleSets.clear();
        ruleFilePacks.clear();
        bundled.clear();
        extraPacks.clear();
        load();
    }

    /** How a path is named in messages: relative to the base folder when inside it (else absolute), or as given. */
    public String display(Path path) {
        if (baseDir == null) {
            return FileSelection.asGiven(path);
        }
        return relativeToBase(path);
    }

    private String displayConfig(Path path) {
        return relativeToBase(path);
    }

    private String relativeToBase(Path path) {
        Path base = baseDir != null ? baseDir : Path.of("").toAbsolutePath().normalize();
        Path abs = path.toAbsolutePath().normalize();
        if (abs.startsWith(base)) {
            String rel = base.relativize(abs).toString().replace('\\', '/');
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
        if (!settings.useConfigFiles()) {
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
            if (settings.explicitText() != null) {
                // No folder holds a configuration given as text, so it cannot name rule files by path.
                return new ConfigLoader(q -> q.equals(p) ? settings.explicitDisplay() : displayConfig(q),
                        settings.ruleFilesSetting()).parse(p, settings.explicitText());
            }
            if (!Files.exists(p)) {
                throw new RuleFileException(settings.explicitDisplay(), "no such configuration file");
            }
            return new ConfigLoader(q -> q.equals(p) ? settings.explicitDisplay() : displayConfig(q)).load(p);
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

    /** The fail level for a configuration: the front end's, else the configuration's {@code fail-on}. */
    public FailLevel failLevel(Config c) {
        return settings.failOn() != null ? settings.failOn() : c.failOn().value();
    }

    /** Whether the fail level was set by the front end (and so wins over every configuration). */
    public boolean failLevelOverridden() {
        return settings.failOn() != null;
    }

    private RuleSet compile(Config config) throws RuleFileException {
        List<RulePack> packs = new ArrayList<>();
        if (settings.builtin()) {
            for (String name : config.packs().value()) {
                packs.add(bundledPack(name));
            }
        }
        for (Config.RuleFile f : config.ruleFiles().value()) {
            packs.add(ruleFile(f.path(), f.display(), null));
        }
        for (RulePack p : extraPacks) {
            if (packs.stream().noneMatch(q -> q == p)) {
                packs.add(p); // a rule file both in the configuration and named by the front end is used once
            }
        }
        if (packs.isEmpty() && !settings.builtin() && config.file() == null) {
            throw new RuleFileException(settings.noBuiltinSetting(), "there are no rules to check with: name a "
                    + "rule file with " + settings.ruleFilesSetting() + " FILE, or leave out "
                    + settings.noBuiltinSetting());
        }
        if (packs.isEmpty()) {
            Origin o = config.packs().origin();
            String reason = "there are no rules to check with: the configuration uses no pack and no rule file; "
                    + "list a pack under 'packs' or your own rule files under 'rule-files'";
            throw o.line() > 0 ? new RuleFileException(o.source(), o.line(), o.column(), reason)
                    : new RuleFileException(config.display(), reason);
        }
        return RuleSet.compile(config, packs, !settings.builtin(), this::bundledPackOf, base, failLevel(config),
                types);
    }

    /** The bundled pack not in use that defines a rule id, or null. */
    private String bundledPackOf(String id) {
        for (String name : BuiltinPacks.names()) {
            try {
                if (bundledPack(name).rules().stream().anyMatch(r -> r.id().equals(id))) {
                    return name;
                }
            } catch (RuleFileException e) {
                // a broken bundled pack is reported where it is used
            }
        }
        return null;
    }

    private RulePack bundledPack(String name) throws RuleFileException {
        return bundled.computeIfAbsent(name, n -> Attempt.of(() -> {
            try {
                return BuiltinPacks.load(n, packLoader);
            } catch (RuleFileException e) {
                if (!e.file().startsWith("builtin:")) {
                    // Not a broken pack but a missing one: the rules jar on the class path does not bundle it.
                    throw new RuleFileException("builtin:" + n, 1, 1, "the built-in rule pack is missing from this "
                            + "build; use " + settings.noBuiltinSetting() + " " + settings.ruleFilesSetting()
                            + " FILE");
                }
                throw e;
            }
        })).get();
    }

    /**
     * A rule file's pack, read once per path. {@code setting} is the front end's setting that named it, for the
     * messages about a missing file or a folder; null for a configuration's rule files, which the configuration
     * loader has checked already, or a setting named like a command-line option.
     */
    private RulePack ruleFile(Path path, String display, String setting) throws RuleFileException {
        Path abs = path.toAbsolutePath().normalize();
        return ruleFilePacks.computeIfAbsent(abs, p -> Attempt.of(() -> {
            boolean option = setting == null || setting.startsWith("-");
            if (!Files.exists(p)) {
                throw new RuleFileException(display, "no such rule file" + (option ? "" : " (" + setting + ")"));
            }
            if (Files.isDirectory(p)) {
                throw new RuleFileException(display, "is a folder; " + (option ? settings.ruleFilesSetting()
                        : "the " + setting) + " takes a rule file (YAML)");
            }
            return packLoader.load(p, display);
        })).get();
    }

    /** Whether a file found while walking a folder is checked, by its configuration's include and exclude. */
    public boolean selects(Path file) throws RuleFileException {
        return configFor(file).selects(file);
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

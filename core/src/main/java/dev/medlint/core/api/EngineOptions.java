package dev.medlint.core.api;

import dev.medlint.core.lang.Languages;
import dev.medlint.core.report.FailLevel;
import dev.medlint.core.rule.RuleTypes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a front end wants the engine set up: which configuration and rule files, how many threads, which files a walk
 * of a folder chooses, the fail level, and the words its users know its settings by (so the engine's messages name
 * them). Mutable, for building; {@link Engine#create} takes a copy.
 */
public final class EngineOptions {
    Path config;
    String configDisplay;
    boolean useConfigFiles = true;
    boolean builtin = true;
    final List<RuleFile> ruleFiles = new ArrayList<>();
    final List<RuleText> ruleTexts = new ArrayList<>();
    String configText;
    Integer threads;
    FailLevel failOn;
    Path baseDir;
    final List<String> includes = new ArrayList<>();
    final List<String> excludes = new ArrayList<>();
    final List<Path> skipped = new ArrayList<>();
    boolean lenientSelection;
    boolean ignoreFiles = true;
    String unknownTypeHint = "";
    String ruleFilesSetting = "the rule files setting";
    String noBuiltinSetting = "the no-built-in setting";
    Languages languages;
    RuleTypes ruleTypes;
    Long maxBytes;
    boolean wholeText;
    dev.medlint.core.report.Baseline baseline;

    /** A rule file named by the front end: where, how shown, and which of its settings named it (null: an option). */
    record RuleFile(Path path, String display, String setting) {
    }

    /** A rule file given as its text: its name in messages, and its YAML. */
    record RuleText(String name, String yaml) {
    }

    /** Use this configuration file for every article instead of looking for {@code .medlint.yaml} files. */
    public EngineOptions config(Path file, String display) {
        this.config = file;
        this.configDisplay = display;
        this.configText = null;
        return this;
    }

    /**
     * Use this configuration, given as its YAML text and named {@code name} in messages, for every article (a front
     * end that read the file once, such as a Spark driver shipping it to executors). No folder holds it, so it may
     * not name {@code rule-files} (give them with {@link #ruleText}); its include/exclude are relative to the
     * working folder.
     */
    public EngineOptions configText(String name, String yaml) {
        this.config = Path.of(name).toAbsolutePath().normalize();
        this.configDisplay = name;
        this.configText = yaml;
        return this;
    }

    /** Ignore configuration files: the defaults apply everywhere. */
    public EngineOptions noConfig() {
        this.useConfigFiles = false;
        return this;
    }

    /** Leave out the bundled packs (the configuration's {@code packs} included). */
    public EngineOptions noBuiltin() {
        this.builtin = false;
        return this;
    }

    /** A rule file used besides the configuration's, shown in messages as {@code display}. */
    public EngineOptions ruleFile(Path file, String display) {
        ruleFiles.add(new RuleFile(file, display, null));
        return this;
    }

    /**
     * A rule file used besides the configuration's; {@code setting} names where it was given (e.g. "ruleFiles
     * parameter"), for messages about a missing file.
     */
    public EngineOptions ruleFile(Path file, String display, String setting) {
        ruleFiles.add(new RuleFile(file, display, setting));
        return this;
    }

    /**
     * A rule file used besides the configuration's, given as its YAML text (read once by the front end, e.g. on a
     * Spark driver) and named {@code name} in messages; no file is read.
     */
    public EngineOptions ruleText(String name, String yaml) {
        ruleTexts.add(new RuleText(name, yaml));
        return this;
    }

    /** Files checked in parallel (default: one per core). */
    public EngineOptions threads(int n) {
        this.threads = n;
        return this;
    }

    /** A fail level that wins over every configuration's {@code fail-on} (a command-line option). */
    public EngineOptions failOn(FailLevel level) {
        this.failOn = level;
        return this;
    }

    /** The folder paths in reports and messages are relative to (default: paths as given). */
    public EngineOptions baseDir(Path dir) {
        this.baseDir = dir;
        return this;
    }

    /** Patterns (relative to each folder walked) of the files to check; default: every article. */
    public EngineOptions includes(List<String> patterns) {
        includes.addAll(patterns);
        return this;
    }

    /** Patterns (relative to each folder walked) of the files to leave out. */
    public EngineOptions excludes(List<String> patterns) {
        excludes.addAll(patterns);
        return this;
    }

    /** Files and folders never checked (a build directory, a report file), whatever the patterns say. */
    public EngineOptions skip(Path path) {
        skipped.add(path);
        return this;
    }

    /**
     * A named folder that does not exist is reported in {@link Selection#missing()} instead of as a problem, and a
     * folder without articles is no problem (a build plugin's source directories).
     */
    public EngineOptions lenientSelection() {
        this.lenientSelection = true;
        return this;
    }

    /**
     * Whether walks and globs leave out what {@code .medlintignore} files (gitignore syntax, in each file's folder
     * and the folders above) ignore; on by default.
     */
    public EngineOptions ignoreFiles(boolean use) {
        this.ignoreFiles = use;
        return this;
    }

    /** What the message for a file of an unknown kind tells this front end's user to do. */
    public EngineOptions unknownTypeHint(String hint) {
        this.unknownTypeHint = hint;
        return this;
    }

    /** The names the front end's users know the rule-file and no-built-in settings by ("--rules", "--no-builtin"). */
    public EngineOptions settingNames(String ruleFiles, String noBuiltin) {
        this.ruleFilesSetting = ruleFiles;
        this.noBuiltinSetting = noBuiltin;
        return this;
    }

    /**
     * The languages and their models; default: a new holder of the built-in languages. Give the same holder to
     * every engine of a process so models load once.
     */
    public EngineOptions models(LanguageModels m) {
        this.languages = m.languages();
        return this;
    }

    /** The rule types rule files may use; default: {@link RuleTypes#builtIn()}. */
    public EngineOptions ruleTypes(RuleTypes t) {
        this.ruleTypes = t;
        return this;
    }

    /** The largest article read, in bytes. */
    public EngineOptions maxBytes(long bytes) {
        this.maxBytes = bytes;
        return this;
    }

    /** Quote every line of every article in reports, not only the lines with findings (the html format shows them). */
    public EngineOptions quoteWholeArticles() {
        this.wholeText = true;
        return this;
    }

    /**
     * Report and fail only on findings this baseline does not accept; the baseline counts what it met, for
     * {@link dev.medlint.core.report.Baseline#fixed}.
     */
    public EngineOptions baseline(dev.medlint.core.report.Baseline b) {
        this.baseline = b;
        return this;
    }

    EngineOptions copy() {
        EngineOptions o = new EngineOptions();
        o.config = config;
        o.configDisplay = configDisplay;
        o.useConfigFiles = useConfigFiles;
        o.builtin = builtin;
        o.ruleFiles.addAll(ruleFiles);
        o.ruleTexts.addAll(ruleTexts);
        o.configText = configText;
        o.threads = threads;
        o.failOn = failOn;
        o.baseDir = baseDir;
        o.includes.addAll(includes);
        o.excludes.addAll(excludes);
        o.skipped.addAll(skipped);
        o.lenientSelection = lenientSelection;
        o.ignoreFiles = ignoreFiles;
        o.unknownTypeHint = unknownTypeHint;
        o.ruleFilesSetting = ruleFilesSetting;
        o.noBuiltinSetting = noBuiltinSetting;
        o.languages = languages;
        o.ruleTypes = ruleTypes;
        o.maxBytes = maxBytes;
        o.wholeText = wholeText;
        o.baseline = baseline;
        return o;
    }
}

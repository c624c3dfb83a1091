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
    Path cacheFolder;
    CacheListener cacheListener;
    Runnable beforeAnalysis;

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

    /** The largest article read, in bytes (default 256 MB); a larger file is a problem of that file. */
    public EngineOptions maxBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive: " + bytes);
        }
        this.maxBytes = bytes;
        return this;
    }

    /**
     * A size as officers write it: a whole number of bytes, optionally followed by {@code k}, {@code m} or
     * {@code g} (binary units, case-insensitive, an optional {@code b}): {@code 300m}, {@code 1G}, {@code 64KB}.
     *
     * @throws IllegalArgumentException with a one-line reason when the text is not such a size
     */
    public static long parseSize(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\s*(\\d{1,15})\\s*([kmg]?)b?\\s*")
                .matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size (write e.g. 300m, 1g or 1048576)");
        }
        long n = Long.parseLong(m.group(1));
        int shift = switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        if (n <= 0 || n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("'" + text + "' is not a usable size (it must be above zero)");
        }
        return n << shift;
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

    /**
     * Keep the findings of each article checked in this folder's cache file, and answer a later check of the same
     * article from it while its text, its path, its rules and configuration (every rule pack, rule file and
     * configuration file by digest, the fail level) and medlint itself (version, models, code) stay the same. The
     * folder is created when first written; {@code listener} hears a cache file that could not be used (the check
     * then goes on without it) and what each check did. Only {@link Engine#check} uses the cache; texts in memory
     * and standard input are always checked afresh. The code of rule types given with {@link #ruleTypes} is not
     * part of the key: an embedder changing it should use a new folder.
     */
    public EngineOptions cache(Path folder, CacheListener listener) {
        this.cacheFolder = folder;
        this.cacheListener = listener;
        return this;
    }

    /**
     * Run this once per {@link Engine#check}, in the calling thread, before the first article that has to be
     * analysed, i.e. not when the cache answers every article (a front end loads the models and says so here).
     */
    public EngineOptions beforeAnalysis(Runnable action) {
        this.beforeAnalysis = action;
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
        o.cacheFolder = cacheFolder;
        o.cacheListener = cacheListener;
        o.beforeAnalysis = beforeAnalysis;
        return o;
    }
}

package dev.medlint.maven;

import dev.medlint.core.api.CacheListener;
import dev.medlint.core.api.CacheUse;
import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineException;
import dev.medlint.core.api.EngineOptions;
import dev.medlint.core.api.Hint;
import dev.medlint.core.api.LanguageModels;
import dev.medlint.core.api.ReportFile;
import dev.medlint.core.api.Selection;
import dev.medlint.core.report.Baseline;
import dev.medlint.core.report.FailLevel;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Report;
import dev.medlint.core.report.ReportSettings;
import dev.medlint.core.report.Reporter;
import dev.medlint.core.report.Reporters;
import dev.medlint.core.report.TextReporter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the project's articles (Markdown, HTML, plain text) against the medlint rules for Article 56 of the Korean
 * Medical Service Act, logs each finding as {@code path:line:col: severity [rule-id] message} and fails the build
 * when a finding is at least as serious as the fail level: {@code failOnSeverity} if set, else the {@code fail-on} of
 * the article's configuration, else error.
 *
 * <p>Configuration: each article is checked with the same {@code .medlint.yaml} as {@code medlint check} would use
 * (the nearest one in the article's folder or a folder above it, up to the root of the file system, or the one named
 * by {@code configFile}): its packs, rule files, rule settings, include/exclude patterns and fail-on. The plugin's
 * own includes/excludes choose the files first; the configuration's include/exclude then narrow them.
 *
 * <p>Failures: findings at or above the fail level, and articles that cannot be read (binary, invalid UTF-8,
 * empty, unknown type), fail the build with a MojoFailureException: the content is at fault. A broken
 * configuration (an unknown parameter value, a missing or malformed rule or configuration file) or a report that
 * cannot be written stops it with a MojoExecutionException naming the file, line and problem.
 *
 * <p>The engine is the medlint core's {@link Engine}, as in the CLI. The language models are loaded once per JVM
 * (one holder per plugin class realm) and shared by every module and thread of the build.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {
    /** The default of {@link #includes}: every article format medlint reads. */
    static final String DEFAULT_INCLUDES = "**/*.md,**/*.markdown,**/*.html,**/*.htm,**/*.txt,**/*.text";
    /**
     * The names (before the extension, any case) of a repository's own files that the default source directory
     * leaves out at its top: they describe the project, they are not articles.
     */
    static final java.util.Set<String> REPOSITORY_FILES = java.util.Set.of("README", "CHANGELOG", "CHANGES",
            "HISTORY", "LICENSE", "LICENCE", "NOTICE", "CONTRIBUTING", "CODE_OF_CONDUCT", "SECURITY", "SUPPORT");

    /** The default of {@link #excludes}: build output and tool folders. */
    static final String DEFAULT_EXCLUDES = "**/target/**,**/.git/**,**/node_modules/**";

    /** The models of this plugin class realm: every execution of the build (modules, threads) shares them. */
    private static final LanguageModels MODELS = LanguageModels.builtIn();

    /** Skips the check. */
    @Parameter(property = "medlint.skip", defaultValue = "false")
    boolean skip;

    /**
     * Folders searched (recursively) for articles. Default: the project base directory, without the repository's
     * own files at its top ({@link #REPOSITORY_FILES}: README, CHANGELOG, LICENSE, CONTRIBUTING, ... in any
     * format). Folders of the project's sub-modules and the build directory are left out (each module checks its
     * own articles); a folder that does not exist is skipped with a warning. Name the content folder here (e.g.
     * {@code <sourceDirectory>posts</sourceDirectory>}) to check only it.
     */
    @Parameter(property = "medlint.sourceDirectories")
    List<File> sourceDirectories;

    /**
     * Reads {@code .medlintignore} files (gitignore syntax) in the folders walked and above, as {@code medlint check}
     * does; false: as {@code medlint check --no-ignore}.
     */
    @Parameter(property = "medlint.useIgnoreFiles", defaultValue = "true")
    boolean useIgnoreFiles = true;

    /** Comma-separated Ant-style patterns, relative to each source directory, of the files to check. */
    @Parameter(property = "medlint.includes", defaultValue = DEFAULT_INCLUDES)
    String includes = DEFAULT_INCLUDES;

    /**
     * Comma-separated Ant-style patterns of files to leave out. Setting it replaces the default, so repeat the default
     * patterns when adding your own. SCM folders (.git, .svn, ...) are always left out.
     */
    @Parameter(property = "medlint.excludes", defaultValue = DEFAULT_EXCLUDES)
    String excludes = DEFAULT_EXCLUDES;

    /**
     * The least serious finding that fails the build: error, warning, info, or never (only report). Default: the
     * {@code fail-on} of each article's configuration file, else error. Set, it wins over every configuration, as
     * {@code medlint check --fail-on} does.
     */
    @Parameter(property = "medlint.failOnSeverity")
    String failOnSeverity;

    /**
     * The largest article checked, as {@code medlint check --max-file-size}: bytes, or a number with {@code k},
     * {@code m} or {@code g} ({@code 300m}). A larger article is a problem of that file (the build fails), the
     * others are still checked.
     */
    @Parameter(property = "medlint.maxFileSize", defaultValue = "256m")
    String maxFileSize;

    /**
     * The configuration file ({@code .medlint.yaml} format) used for every article, as {@code medlint check --config}.
     * Default: none, i.e. for each article the nearest {@code .medlint.yaml} in its folder or a folder above it, up to
     * the root of the file system (the same file {@code medlint check} would use); without one, the defaults.
     */
    @Parameter(property = "medlint.configFile")
    File configFile;

    /**
     * Extra rule files (YAML, the format of the bundled pack), checked besides the rules of the configuration (the
     * built-in pack by default), as {@code medlint check --rules}.
     */
    @Parameter(property = "medlint.ruleFiles")
    List<File> ruleFiles;

    /** Format of {@link #outputFile}: any of {@code medlint check --format} (text, json, sarif, html, ...). */
    @Parameter(property = "medlint.outputFormat", defaultValue = "text")
    String outputFormat = "text";

    /**
     * Where the report is written, in the outputFormat; it is written whether or not the build fails. Default:
     * medlint-result.txt in the build directory (target/), or medlint-result.json with outputFormat json.
     */
    @Parameter(property = "medlint.outputFile")
    File outputFile;

    /**
     * More reports, each {@code FORMAT=FILE} (relative to the project) or just {@code FORMAT} (then
     * target/medlint-result.EXT), as {@code medlint check --report}: e.g. {@code <report>sarif=target/medlint.sarif
     * </report>}.
     */
    @Parameter(property = "medlint.reports")
    List<String> reports;

    /**
     * A baseline file ({@code medlint check --update-baseline} writes one): findings it accepts are neither reported
     * nor fail the build; the log says how many were fixed since it was written.
     */
    @Parameter(property = "medlint.baselineFile")
    File baselineFile;

    /** Logs each finding (with its source line) at the level of its severity; off: only the summary is logged. */
    @Parameter(property = "medlint.consoleOutput", defaultValue = "true")
    boolean consoleOutput = true;

    /**
     * Remembers each article's findings in {@link #cacheLocation} and, on the next build, checks again only the
     * articles whose text, rules or configuration changed (and all of them after a medlint upgrade). On by default;
     * {@code -Dmedlint.cache=false} checks everything afresh.
     */
    @Parameter(property = "medlint.cache", defaultValue = "true")
    boolean cache = true;

    /** The folder of the cache; {@code mvn clean} empties it with the rest of the build directory. */
    @Parameter(property = "medlint.cacheLocation", defaultValue = "${project.build.directory}/medlint-cache")
    File cacheLocation;

    /** The project base directory: paths in findings are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The build directory, never searched for articles. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    /** The project's sub-modules, whose folders the parent leaves to them. */
    @Parameter(defaultValue = "${project.modules}", readonly = true)
    List<String> modules;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("medlint: skipped (medlint.skip)");
            return;
        }
        Path base = basedir.toPath().toAbsolutePath().normalize();
        if (maxFileSize != null) {
            try {
                EngineOptions.parseSize(maxFileSize);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("medlint: maxFileSize: " + e.getMessage());
            }
        }
        FailLevel level = failLevel();
        Reporter reporter = reporter();
        Path report = reportFile(base);
        Map<Path, Reporter> extra = extraReports(base);
        Baseline baseline = baseline(base);
        // Checked before anything runs: a report must never replace an article or a special file. The reports of an
        // earlier run are removed now, so a run that stops before writing leaves no stale report behind.
        Map<Path, ReportFile> outputs = new LinkedHashMap<>();
        outputs.put(report, engine(() -> ReportFile.at(report, display(base, report))));
        for (Path p : extra.keySet()) {
            outputs.put(p, engine(() -> ReportFile.at(p, display(base, p))));
        }
        for (ReportFile f : outputs.values()) {
            try {
                f.discardOld();
            } catch (IOException e) {
                throw new MojoExecutionException("medlint: cannot remove the old report " + f.display() + ": "
                        + e.getMessage(), e);
            }
        }
        EngineOptions options = engineOptions(base, level, report);
        extra.keySet().forEach(options::skip);
        if (reporter.name().equals("html") || extra.values().stream().anyMatch(r -> r.name().equals("html"))) {
            options.quoteWholeArticles();
        }
        if (baseline != null) {
            options.baseline(baseline);
        }
        Engine engine = engine(() -> Engine.create(options));
        // The project directory's configuration and rules, read now: a mistake stops the build even without articles.
        engine(() -> engine.rules(base));

        List<Path> roots = sourceDirectories == null || sourceDirectories.isEmpty()
                ? List.of(base) : absolute(base, sourceDirectories);
        Selection selected = engine(() -> engine.select(roots));
        for (var note : selected.notes()) {
            getLog().info("medlint: " + note.message());
        }
        for (String missing : selected.missing()) {
            getLog().warn("medlint: source directory " + missing + " does not exist; skipped");
        }
        String where = roots.stream().map(engine::display).collect(Collectors.joining(", "));
        if (selected.isEmpty() && selected.problems().isEmpty() && selected.leftOutByConfiguration() == 0) {
            getLog().info("medlint: no articles found in " + where + " (includes: " + String.join(",",
                    patterns(includes, DEFAULT_INCLUDES)) + ")");
        } else if (selected.isEmpty() && selected.problems().isEmpty()) {
            getLog().info("medlint: no articles to check in " + where + ": the include/exclude of the configuration "
                    + "leave out all " + selected.leftOutByConfiguration() + " found");
        }

        Report checked;
        try {
            checked = engine(() -> engine.check(selected));
        } catch (ModelsFailed e) {
            throw e.failure;
        }
        ReportLog.problems(getLog(), checked);
        if (consoleOutput) {
            ReportLog.findings(getLog(), checked);
        }
        if (checked.filesChecked() > 0) {
            // (with nothing checked, "No problems found in 0 articles." would mislead; the lines above say it all)
            getLog().info(TextReporter.summary(checked));
        }
        write(outputs.get(report), checked, reporter);
        for (Map.Entry<Path, Reporter> e : extra.entrySet()) {
            write(outputs.get(e.getKey()), checked, e.getValue());
        }
        if (baseline != null) {
            getLog().info("medlint: baseline " + display(base, base.resolve(baselineFile.toPath())) + ": "
                    + baseline.accepted(checked) + " known findings not reported; " + baseline.fixed(checked)
                    + " fixed since the baseline");
        }

        String failure = TextReporter.failure(checked);
        if (!failure.isEmpty()) {
            String levels = engine(() -> levels(engine, base, level, checked));
            throw new MojoFailureException("medlint: " + failure + " (" + levels + "; report: "
                    + engine.display(report) + ")");
        }
    }

    /**
     * The engine options: the configuration file, the extra rule files, an explicit fail level, and the files a
     * walk chooses (includes, excludes, never the build directory, the report or the sub-modules' folders).
     */
    private EngineOptions engineOptions(Path base, FailLevel level, Path report) {
        EngineOptions o = new EngineOptions().baseDir(base).models(MODELS).lenientSelection()
                .settingNames("the ruleFiles parameter", "no built-in packs")
                .unknownTypeHint("narrow the includes parameter")
                .includes(patterns(includes, DEFAULT_INCLUDES))
                .excludes(patterns(excludes == null ? DEFAULT_EXCLUDES : excludes, ""))
                .ignoreFiles(useIgnoreFiles);
        skippedPaths(base, report).forEach(o::skip);
        if (sourceDirectories == null || sourceDirectories.isEmpty()) {
            repositoryFiles(base).forEach(o::skip);
        }
        if (configFile != null) {
            Path config = base.resolve(configFile.toPath()).normalize();
            o.config(config, display(base, config));
        }
        for (Path file : absolute(base, ruleFiles)) {
            o.ruleFile(file, display(base, file), "ruleFiles parameter");
        }
        if (level != null) {
            o.failOn(level);
        }
        // The models load only when an article has to be analysed: a build whose articles the cache answers
        // never loads them.
        o.beforeAnalysis(() -> {
            try {
                loadModels();
            } catch (MojoExecutionException e) {
                throw new ModelsFailed(e);
            }
        });
        if (cache) {
            Path folder = cacheLocation != null ? base.resolve(cacheLocation.toPath()).normalize()
                    : buildDir(base).resolve("medlint-cache");
            o.cache(folder, new CacheListener() {
                @Override
                public void warning(String message) {
                    getLog().warn("medlint: " + message);
                }

                @Override
                public void used(CacheUse use) {
                    getLog().info("medlint: cache " + use.file() + ": " + use.unchanged() + " unchanged "
                            + (use.unchanged() == 1 ? "article" : "articles") + " not checked again, "
                            + use.checked() + " checked");
                }
            });
        }
        if (maxFileSize != null) {
            o.maxBytes(EngineOptions.parseSize(maxFileSize)); // checked in execute()
        }
        return o;
    }

    /** The models could not be loaded inside the engine's check: carries the build failure out of it. */
    private static final class ModelsFailed extends RuntimeException {
        final transient MojoExecutionException failure;

        ModelsFailed(MojoExecutionException failure) {
            super(failure.getMessage(), failure);
            this.failure = failure;
        }
    }

    /** A path as the log shows it before the engine exists: relative to the base directory, forward slashes. */
    private static String display(Path base, Path path) {
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(base) ? Engine.asGiven(base.relativize(p)) : Engine.asGiven(p);
    }

    /** A call into the engine, which may meet a broken configuration or rule file. */
    private interface EngineCall<T> {
        T run() throws EngineException;
    }

    /**
     * Runs an engine call: a broken configuration or rule file stops the build with its {@code file:line:col:
     * reason}, before any article is checked (the engine reads every configuration and rule file first).
     */
    private static <T> T engine(EngineCall<T> call) throws MojoExecutionException {
        try {
            return call.run();
        } catch (EngineException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (ModelsFailed e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MojoExecutionException("medlint: internal error: " + e.getMessage(), e);
        }
    }

    /**
     * The fail levels that applied, for the failure message: "failOnSeverity: warning" when set, else the level of
     * each configuration of the articles that fail the build (of all articles, when only unreadable files do), as
     * "failOnSeverity: error" for the default or "fail-on: warning (.medlint.yaml:3:10)" where a configuration sets
     * it.
     */
    private static String levels(Engine engine, Path base, FailLevel level, Report report) throws EngineException {
        if (level != null) {
            return "failOnSeverity: " + level.label();
        }
        Set<String> failing = report.findings().stream().filter(Finding::failing).map(Finding::path)
                .collect(Collectors.toSet());
        Set<String> notes = new LinkedHashSet<>();
        for (var file : report.files()) {
            if (failing.isEmpty() || failing.contains(file.path())) {
                String origin = engine.failLevelOrigin(base.resolve(file.path()));
                notes.add(origin == null ? "failOnSeverity: " + file.failOn().label() : origin);
            }
        }
        return notes.isEmpty() ? "failOnSeverity: " + FailLevel.ERROR.label() : String.join(", ", notes);
    }

    /** The explicit failOnSeverity, or null when the configurations decide. */
    private FailLevel failLevel() throws MojoExecutionException {
        if (failOnSeverity == null || failOnSeverity.isBlank()) {
            return null;
        }
        return FailLevel.parse(failOnSeverity).orElseThrow(() -> new MojoExecutionException("medlint: "
                + FailLevel.unknown("failOnSeverity", failOnSeverity)));
    }

    private Reporter reporter() throws MojoExecutionException {
        String format = format();
        Reporters reporters = Reporters.builtIn();
        return reporters.find(format).orElseThrow(() -> new MojoExecutionException("medlint: unknown outputFormat '"
                + outputFormat + "'" + Hint.didYouMean(format, reporters.names()) + "; use "
                + String.join(" or ", reporters.names())));
    }

    /** The {@code reports} parameter: FORMAT=FILE or FORMAT, in order. */
    private Map<Path, Reporter> extraReports(Path base) throws MojoExecutionException {
        Map<Path, Reporter> out = new LinkedHashMap<>();
        Reporters reporters = Reporters.builtIn();
        for (String r : reports == null ? List.<String>of() : reports) {
            int eq = r.indexOf('=');
            String name = (eq < 0 ? r : r.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            Reporter reporter = reporters.find(name).orElseThrow(() -> new MojoExecutionException("medlint: "
                    + "reports: unknown format '" + name + "' in '" + r + "'" + Hint.didYouMean(name,
                    reporters.names()) + "; use " + String.join(", ", reporters.names())));
            Path file = eq < 0 ? buildDir(base).resolve("medlint-result." + reporter.fileExtension())
                    : base.resolve(r.substring(eq + 1).strip()).normalize();
            out.put(file, reporter);
        }
        return out;
    }

    private Baseline baseline(Path base) throws MojoExecutionException {
        if (baselineFile == null) {
            return null;
        }
        Path file = base.resolve(baselineFile.toPath()).normalize();
        try {
            return Baseline.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new MojoExecutionException("medlint: " + display(base, file) + ": no such baseline file; write "
                    + "one with 'medlint check --update-baseline --baseline " + display(base, file) + " PATH'");
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoExecutionException("medlint: " + display(base, file) + ": " + e.getMessage(), e);
        }
    }

    private String format() {
        return outputFormat == null ? "text" : outputFormat.strip().toLowerCase(Locale.ROOT);
    }

    private Path reportFile(Path base) {
        if (outputFile != null) {
            return base.resolve(outputFile.toPath()).normalize();
        }
        String extension = Reporters.builtIn().find(format()).map(Reporter::fileExtension).orElse("txt");
        return buildDir(base).resolve("medlint-result." + extension);
    }

    private Path buildDir(Path base) {
        return base.resolve(buildDirectory == null ? Path.of("target") : buildDirectory.toPath()).normalize();
    }

    /** The build directory, the report file and the sub-module folders: never articles of this project. */
    /** The repository's own files (README.md, LICENSE.txt, ...) at the top of the base directory. */
    static List<Path> repositoryFiles(Path base) {
        try (java.util.stream.Stream<Path> top = Files.list(base)) {
            return top.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                int dot = name.indexOf('.');
                return REPOSITORY_FILES.contains((dot < 0 ? name : name.substring(0, dot))
                        .toUpperCase(java.util.Locale.ROOT));
            }).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of(); // an unreadable base directory is reported by the walk itself
        }
    }

    private List<Path> skippedPaths(Path base, Path report) {
        List<Path> out = new ArrayList<>(List.of(buildDir(base), report));
        for (String module : modules == null ? List.<String>of() : modules) {
            Path p = base.resolve(module).normalize();
            if (Files.isRegularFile(p)) {
                p = p.getParent(); // <module>sub/pom-other.xml</module>
            }
            if (p != null && !p.equals(base)) {
                out.add(p);
            }
        }
        return out;
    }

    private void write(ReportFile file, Report report, Reporter reporter) throws MojoExecutionException {
        try {
            file.write(reporter.render(report, ReportSettings.PLAIN));
        } catch (IOException e) {
            throw new MojoExecutionException("medlint: cannot write the report " + file.display() + ": "
                    + e.getMessage(), e);
        }
        getLog().info("medlint: report written to " + file.display());
    }

    /**
     * Loads the language models before the first article of the build is checked, and says so once: the models live
     * in this plugin class realm's holder, so later modules, including those built in parallel with {@code -T},
     * reuse them. A second "loading" line in one build log would mean the plugin's classes were loaded twice.
     */
    private void loadModels() throws MojoExecutionException {
        long start = System.nanoTime();
        try {
            if (MODELS.preload()) {
                getLog().info("medlint: loading OpenNLP models (once per JVM)");
                getLog().debug("medlint: OpenNLP models loaded in " + (System.nanoTime() - start) / 1_000_000
                        + " ms");
            } else {
                getLog().debug("medlint: OpenNLP models already loaded in this JVM; reusing them");
            }
        } catch (RuntimeException e) {
            throw new MojoExecutionException("medlint: cannot load the OpenNLP models: " + e.getMessage(), e);
        }
    }

    private static List<String> patterns(String value, String fallback) {
        String v = value == null || value.isBlank() ? fallback : value;
        return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<Path> absolute(Path base, List<File> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().map(f -> base.resolve(f.toPath()).normalize()).toList();
    }
}

package dev.medlint.maven;

import dev.medlint.core.config.Config;
import dev.medlint.core.config.ConfiguredLinter;
import dev.medlint.core.config.FailLevel;
import dev.medlint.core.nlp.NlpModels;
import dev.medlint.core.pack.RuleFileException;
import dev.medlint.core.pack.Suggest;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Report;
import dev.medlint.core.report.Reporter;
import dev.medlint.core.report.TextReporter;
import dev.medlint.core.source.ArticleFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
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
 * <p>The engine is the medlint core's {@link ConfiguredLinter}, as in the CLI. The language models are loaded once
 * per JVM and shared by every module and thread of the build.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {
    /** The default of {@link #includes}: every article format medlint reads. */
    static final String DEFAULT_INCLUDES = "**/*.md,**/*.markdown,**/*.html,**/*.htm,**/*.txt,**/*.text";
    /** The default of {@link #excludes}: build output and tool folders. */
    static final String DEFAULT_EXCLUDES = "**/target/**,**/.git/**,**/node_modules/**";

    /** Guards {@link #modelsLoaded}; static, so shared by every execution that uses this plugin class realm. */
    private static final Object MODELS_LOCK = new Object();
    private static boolean modelsLoaded;

    /** Skips the check. */
    @Parameter(property = "medlint.skip", defaultValue = "false")
    boolean skip;

    /**
     * Folders searched (recursively) for articles. Default: the project base directory. Folders of the project's
     * sub-modules and the build directory are left out (each module checks its own articles); a folder that does not
     * exist is skipped with a warning.
     */
    @Parameter(property = "medlint.sourceDirectories")
    List<File> sourceDirectories;

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

    /** Format of {@link #outputFile}: text or json, as {@code medlint check --format}. */
    @Parameter(property = "medlint.outputFormat", defaultValue = "text")
    String outputFormat = "text";

    /**
     * Where the report is written, in the outputFormat; it is written whether or not the build fails. Default:
     * medlint-result.txt in the build directory (target/), or medlint-result.json with outputFormat json.
     */
    @Parameter(property = "medlint.outputFile")
    File outputFile;

    /** Logs each finding (with its source line) at the level of its severity; off: only the summary is logged. */
    @Parameter(property = "medlint.consoleOutput", defaultValue = "true")
    boolean consoleOutput = true;

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
        FailLevel level = failLevel();
        Reporter reporter = reporter();
        Path report = reportFile(base);

        ArticleScanner scanner = new ArticleScanner(base, patterns(includes, DEFAULT_INCLUDES),
                patterns(excludes == null ? DEFAULT_EXCLUDES : excludes, ""), skippedPaths(base, report));
        ConfiguredLinter.Options options = linterOptions(base, level, scanner);
        ConfiguredLinter linter = engine(() -> ConfiguredLinter.create(options));
        // The project directory's configuration and rules, read now: a mistake stops the build even without articles.
        engine(() -> linter.resolve(base));

        List<Path> roots = sourceDirectories == null || sourceDirectories.isEmpty()
                ? List.of(base) : absolute(base, sourceDirectories);
        ArticleScanner.Result scanned = scanner.scan(roots);
        for (Path missing : scanned.missingDirectories()) {
            getLog().warn("medlint: source directory " + scanner.display(missing) + " does not exist; skipped");
        }
        String where = roots.stream().map(scanner::display).collect(Collectors.joining(", "));
        List<ArticleFile> articles = engine(() -> select(linter, scanned.files()));
        if (scanned.files().isEmpty() && scanned.problems().isEmpty()) {
            getLog().info("medlint: no articles found in " + where + " (includes: " + String.join(",",
                    patterns(includes, DEFAULT_INCLUDES)) + ")");
        } else if (articles.isEmpty() && scanned.problems().isEmpty()) {
            getLog().info("medlint: no articles to check in " + where + ": the include/exclude of the configuration "
                    + "leave out all " + scanned.files().size() + " found");
        } else if (!articles.isEmpty()) {
            loadModels();
        }

        ConfiguredLinter.Result result = engine(() -> linter.checkFiles(articles, scanned.problems()));
        Report checked = result.report();
        ReportLog.problems(getLog(), checked);
        if (consoleOutput) {
            ReportLog.findings(getLog(), checked);
        }
        if (checked.filesChecked() > 0) {
            // (with nothing checked, "No problems found in 0 articles." would mislead; the lines above say it all)
            getLog().info(TextReporter.summary(checked));
        }
        write(report, checked, reporter, scanner.display(report));

        String failure = ReportLog.failure(result);
        if (!failure.isEmpty()) {
            String levels = engine(() -> levels(linter, level, articles, result));
            throw new MojoFailureException("medlint: " + failure + " (" + levels + "; report: "
                    + scanner.display(report) + ")");
        }
    }

    /** The engine options: the configuration file, the extra rule files and an explicit fail level. */
    private ConfiguredLinter.Options linterOptions(Path base, FailLevel level, ArticleScanner scanner) {
        ConfiguredLinter.Options o = new ConfiguredLinter.Options().baseDir(base);
        if (configFile != null) {
            Path config = base.resolve(configFile.toPath()).normalize();
            o.config(config, scanner.display(config));
        }
        for (Path file : absolute(base, ruleFiles)) {
            o.ruleFile(file, scanner.display(file), "ruleFiles parameter");
        }
        if (level != null) {
            o.failOn(level);
        }
        return o;
    }

    /** A call into the engine, which may meet a broken configuration or rule file. */
    private interface EngineCall<T> {
        T run() throws RuleFileException;
    }

    /**
     * Runs an engine call: a broken configuration or rule file stops the build with its {@code file:line:col:
     * reason}, before any article is checked (the engine reads every configuration and rule file first).
     */
    private static <T> T engine(EngineCall<T> call) throws MojoExecutionException {
        try {
            return call.run();
        } catch (RuleFileException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("medlint: internal error: " + e.getMessage(), e);
        }
    }

    /**
     * The articles the configurations' include and exclude patterns keep, with every configuration and its rules
     * read now: a mistake in one stops the build before the models are loaded and any article is checked.
     */
    private static List<ArticleFile> select(ConfiguredLinter linter, List<ArticleFile> found)
            throws RuleFileException {
        List<ArticleFile> selected = linter.select(found);
        for (ArticleFile a : selected) {
            linter.resolve(a.file());
        }
        return selected;
    }

    /**
     * The fail levels that applied, for the failure message: "failOnSeverity: warning" when set, else the level of
     * each configuration of the articles that fail the build (of all articles, when only unreadable files do), as
     * "failOnSeverity: error" for the default or "fail-on: warning (.medlint.yaml:3:10)" where a configuration sets
     * it.
     */
    private static String levels(ConfiguredLinter linter, FailLevel level, List<ArticleFile> articles,
            ConfiguredLinter.Result result) throws RuleFileException {
        if (level != null) {
            return "failOnSeverity: " + level.label();
        }
        Set<String> failing = result.report().findings().stream().filter(result::counts).map(Finding::path)
                .collect(Collectors.toSet());
        Set<String> notes = new LinkedHashSet<>();
        for (ArticleFile a : articles) {
            if (failing.isEmpty() || failing.contains(a.displayPath())) {
                Config.Value<FailLevel> v = linter.configFor(a.file()).failOn();
                notes.add(v.origin().isDefault() ? "failOnSeverity: " + v.value().label()
                        : "fail-on: " + v.value().label() + " (" + v.origin() + ")");
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
        if (!Reporter.formats().contains(format)) {
            throw new MojoExecutionException("medlint: unknown outputFormat '" + outputFormat + "'"
                    + Suggest.hint(format, Reporter.formats()) + "; use " + String.join(" or ", Reporter.formats()));
        }
        return Reporter.forFormat(format);
    }

    private String format() {
        return outputFormat == null ? "text" : outputFormat.strip().toLowerCase(Locale.ROOT);
    }

    private Path reportFile(Path base) {
        if (outputFile != null) {
            return base.resolve(outputFile.toPath()).normalize();
        }
        return buildDir(base).resolve("medlint-result." + (format().equals("json") ? "json" : "txt"));
    }

    private Path buildDir(Path base) {
        return base.resolve(buildDirectory == null ? Path.of("target") : buildDirectory.toPath()).normalize();
    }

    /** The build directory, the report file and the sub-module folders: never articles of this project. */
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

    private void write(Path file, Report report, Reporter reporter, String display) throws MojoExecutionException {
        try {
            String content = renderWith(reporter, report);
            Path dir = file.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("medlint: cannot write the report " + display + ": " + e, e);
        }
        getLog().info("medlint: report written to " + display);
    }

    private static String renderWith(Reporter reporter, Report report) throws IOException {
        StringBuilder b = new StringBuilder();
        reporter.write(report, b);
        return b.toString();
    }

    /**
     * Loads the language models before the first article of the build is checked, and says so once: the models live
     * in a process-wide singleton ({@link NlpModels#shared()}), so later modules, including those built in parallel
     * with {@code -T}, reuse them. A second "loading" line in one build log would mean the plugin's classes were
     * loaded twice.
     */
    private void loadModels() throws MojoExecutionException {
        synchronized (MODELS_LOCK) {
            if (modelsLoaded) {
                getLog().debug("medlint: OpenNLP models already loaded in this JVM; reusing them");
                return;
            }
            getLog().info("medlint: loading OpenNLP models (once per JVM)");
            long start = System.nanoTime();
            try {
                NlpModels.shared().preload();
            } catch (RuntimeException e) {
                throw new MojoExecutionException("medlint: cannot load the OpenNLP models: " + e.getMessage(), e);
            }
            modelsLoaded = true;
            getLog().debug("medlint: OpenNLP models loaded in " + (System.nanoTime() - start) / 1_000_000 + " ms");
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

package dev.medlint.cli;

import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineException;
import dev.medlint.core.api.EngineOptions;
import dev.medlint.core.api.ReportFile;
import dev.medlint.core.api.Selection;
import dev.medlint.core.report.Baseline;
import dev.medlint.core.report.FailLevel;
import dev.medlint.core.report.Problem;
import dev.medlint.core.report.Report;
import dev.medlint.core.report.ReportSettings;
import dev.medlint.core.report.Reporter;
import dev.medlint.core.report.Reporters;
import dev.medlint.core.report.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code medlint check}: lints files, folders and standard input and reports the findings. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Check articles (Markdown, HTML, plain text) against the Article 56 rules.",
            "Folders are searched recursively for articles:",
            "  .md .markdown .html .htm .txt .text",
            "leaving out what .medlintignore files (gitignore syntax) in them or above ignore. A quoted",
            "glob such as 'posts/**/*.md' is resolved by medlint, the same way on every shell.",
            "Each article is checked with the nearest .medlint.yaml in its folder or above:",
            "packs, rule files, rule settings, include/exclude, fail-on ('medlint config PATH').",
            ""},
        footerHeading = "%nExit status:%n",
        footer = {
            "  0  no finding at or above the --fail-on level",
            "  1  at least one finding at or above the --fail-on level",
            "  2  usage error, invalid rule or configuration file, an input that could not be read (the",
            "     other inputs are still checked and reported), or an internal error",
            "",
            "Problems go to stderr, one line each: medlint: PATH[:LINE:COL]: REASON",
            "Colour (text format): by default only on a terminal, and not when NO_COLOR is set or TERM=dumb;",
            "--color and --no-color decide. A progress line is drawn on stderr when it is a terminal (not",
            "TERM=dumb, not CI) and the run takes more than a second; MEDLINT_PROGRESS or --progress decide."})
final class CheckCommand implements Callable<Integer> {
    static final String STDIN = "-";
    static final String STDIN_NAME = "<stdin>";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files, folders or quoted glob patterns ('posts/**/*.md', resolved by medlint) to check; "
                    + "'-' reads the article from standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "With '-': the name standard input is reported under; its extension picks the format "
                    + "(default: plain text, reported as " + STDIN_NAME + ").")
    String stdinFilename;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = FormatNames.class)
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (replaced atomically, missing folders created) instead of "
                    + "standard output. Input problems still go to stderr.")
    String output;

    @Option(names = "--report", paramLabel = "FORMAT[=FILE]",
            description = "Also write a report in FORMAT to FILE (default: medlint-report.EXT, the format's "
                    + "extension). Repeatable, e.g. --report sarif=medlint.sarif --report html=report.html.")
    List<String> reports = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report and fail only on findings not in this baseline file (see --update-baseline).")
    String baseline;

    @Option(names = "--update-baseline",
            description = "Write every current finding to the --baseline file (default: medlint-baseline.json), "
                    + "pruning fixed ones, and exit 0 unless an input could not be checked.")
    boolean updateBaseline;

    @Option(names = "--max-warnings", paramLabel = "N",
            description = "Exit status 1 also when there are more than N warnings (default: no limit).")
    Integer maxWarnings;

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = FailLevelConverter.class,
            description = "Least serious finding that makes the exit status 1: error, warning, info or never "
                    + "(default: the configuration's fail-on, else error).")
    FailLevel failOn;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Option(names = "--no-ignore",
            description = "Do not read .medlintignore files (by default the ones in each folder walked and the "
                    + "folders above leave out what they match, in gitignore syntax).")
    boolean noIgnore;

    @Option(names = {"-q", "--quiet"},
            description = "Text format: list only the findings at or above the --fail-on level (none with "
                    + "--fail-on never); the summary line still counts every finding. JSON is always complete.")
    boolean quiet;

    @Option(names = {"--color", "--colour"}, negatable = true,
            description = "Colour the severities of the text report (default: only on a terminal, and not when "
                    + "NO_COLOR is set or TERM is dumb). Reports written to files are never coloured.")
    Boolean colourOption;

    @Option(names = "--progress", paramLabel = "WHEN", converter = WhenConverter.class,
            description = "Progress line on stderr: auto (on a terminal, not in CI, after a second), always (at "
                    + "once, wherever stderr goes) or never (default: MEDLINT_PROGRESS, else auto).")
    String progress;

    @Option(names = "--threads", paramLabel = "N",
            description = "Number of files checked in parallel (default: the number of processors, here "
                    + "${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--cache",
            description = "Remember each article's findings in a cache folder and check again only the articles, "
                    + "rules or configuration that changed since (default: off).")
    boolean cache;

    @Option(names = "--cache-location", paramLabel = "FOLDER",
            description = "The cache folder of --cache (default: " + DEFAULT_CACHE + " in the working directory).")
    String cacheLocation;

    /** The cache folder when --cache-location is not given, in the working directory like ESLint's .eslintcache. */
    static final String DEFAULT_CACHE = ".medlint-cache";
    @Option(names = "--max-file-size", paramLabel = "SIZE",
            description = "Largest article checked, e.g. 300m or 1g (default 256m); a larger file is reported as "
                    + "too large and the others are still checked.")
    String maxFileSize;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Terminal terminal;
    private boolean colour;

    CheckCommand(InputStream in, PrintStream out, PrintStream err, Terminal terminal) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        validate();
        colour = colourOption != null ? colourOption : terminal.colourByDefault();
        List<ReportTarget> targets = reportTargets();
        Path baselineFile = baselineFile();
        // Every file this run writes is checked first: a report must never replace an article or a special file.
        Map<String, ReportFile> outputs = new LinkedHashMap<>();
        try {
            if (output != null) {
                outputs.put(output, outputFile(output));
            }
            for (ReportTarget t : targets) {
                outputs.put(t.file(), outputFile(t.file()));
            }
            if (updateBaseline) {
                outputs.put(baselineFile.toString(), outputFile(baselineFile.toString()));
            }
        } catch (EngineException e) {
            return Problems.fail(err, e.getMessage());
        }
        Baseline accepted = null;
        if (baselineFile != null && (!updateBaseline || java.nio.file.Files.exists(baselineFile))) {
            try {
                accepted = Baseline.parse(java.nio.file.Files.readString(baselineFile,
                        java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.nio.file.NoSuchFileException e) {
                return Problems.fail(err, Engine.asGiven(baselineFile) + ": no such baseline file; write one with "
                        + "--update-baseline");
            } catch (IOException | IllegalArgumentException e) {
                return Problems.fail(err, Engine.asGiven(baselineFile) + ": " + (e instanceof IOException io
                        ? ReportFile.reason(io) : e.getMessage()));
            }
        }
        Engine engine;
        try {
            EngineOptions options = engineOptions();
            // A report written into a checked folder is never checked as an article by a later run.
            outputs.values().stream().filter(f -> !f.writesThrough()).forEach(f -> options.skip(f.path()));
            if (format.equals("html") || targets.stream().anyMatch(t -> t.format().equals("html"))) {
                options.quoteWholeArticles();
            }
            if (accepted != null && !updateBaseline) {
                options.baseline(accepted);
            }
            engine = Engine.create(options);
        } catch (EngineException e) {
            return Problems.fail(err, e.getMessage());
        }

        List<Report> parts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (ProgressLine line = progressLine()) {
            if (paths.contains(STDIN)) {
                parts.add(checkStdin(engine, problems));
            }
            List<String> files = paths.stream().filter(p -> !p.equals(STDIN)).toList();
            if (!files.isEmpty()) {
                Selection selected = engine.selectArguments(files);
                for (Problem note : selected.notes()) {
                    err.println("medlint: info: " + Main.oneLine(note.message()));
                }
                if (line != null) {
                    line.total(selected.paths().size());
                }
                parts.add(line == null ? engine.check(selected) : engine.check(selected, line));
            }
        } catch (EngineException e) {
            return Problems.fail(err, e.getMessage());
        }
        parts.add(Report.ofProblems(problems));
        Report report = Report.merge(parts);

        for (Problem p : report.problems()) {
            err.println("medlint: " + Main.oneLine(p.message()));
        }
        err.flush();
        if (updateBaseline) {
            Baseline updated = accepted == null ? Baseline.of(report.findings()) : accepted.updatedBy(report);
            if (!write(outputs.get(baselineFile.toString()), updated.render(), "baseline")) {
                return Main.EXIT_ERROR;
            }
            err.println("medlint: " + Engine.asGiven(baselineFile) + ": baseline of " + updated.entries().stream()
                    .mapToInt(Baseline.Entry::count).sum() + " findings in " + updated.entries().stream()
                    .map(Baseline.Entry::path).distinct().count() + " articles");
            return report.problems().isEmpty() ? Main.EXIT_OK : Main.EXIT_ERROR;
        }
        if (!writeReport(report, outputs.get(output))) {
            return Main.EXIT_ERROR;
        }
        for (ReportTarget t : targets) {
            Reporter r = Reporters.builtIn().find(t.format()).orElseThrow();
            if (!write(outputs.get(t.file()), r.render(report, new ReportSettings(false, quiet)), "report")) {
                return Main.EXIT_ERROR;
            }
        }
        if (accepted != null) {
            int fixed = accepted.fixed(report);
            err.println("medlint: baseline " + Engine.asGiven(baselineFile) + ": " + accepted.accepted(report)
                    + " known findings not reported; " + fixed + " fixed since the baseline"
                    + (fixed > 0 ? " (run with --update-baseline to prune them)" : ""));
            err.flush();
        }
        if (!report.problems().isEmpty()) {
            return Main.EXIT_ERROR;
        }
        boolean tooManyWarnings = maxWarnings != null && report.count(Severity.WARNING) > maxWarnings;
        if (tooManyWarnings) {
            err.println("medlint: " + report.count(Severity.WARNING) + " warnings, more than --max-warnings "
                    + maxWarnings);
        }
        return report.fails() || tooManyWarnings ? Main.EXIT_FINDINGS : Main.EXIT_OK;
    }

    /** The progress line --progress and the terminal ask for, or null. */
    private ProgressLine progressLine() {
        String when = progress != null ? progress : terminal.progressSetting();
        return switch (when) {
            case "always" -> ProgressLine.start(err, 0);
            case "auto" -> terminal.progressAuto() ? ProgressLine.start(err, 1000) : null;
            default -> null;
        };
    }

    /** A --report: the format and the file it goes to. */
    record ReportTarget(String format, String file) {
    }

    private List<ReportTarget> reportTargets() {
        List<ReportTarget> out = new ArrayList<>();
        for (String r : reports) {
            int eq = r.indexOf('=');
            String name = (eq < 0 ? r : r.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            Reporter reporter = Reporters.builtIn().find(name).orElseThrow(() -> usage("--report " + r
                    + ": unknown format '" + name + "'; use " + String.join(", ", Reporters.builtIn().names())));
            String file = eq < 0 ? "medlint-report." + reporter.fileExtension() : r.substring(eq + 1).strip();
            if (file.isEmpty()) {
                throw usage("--report " + r + ": name a file after '=', e.g. " + name + "=medlint-report."
                        + reporter.fileExtension());
            }
            out.add(new ReportTarget(name, file));
        }
        return out;
    }

    private Path baselineFile() {
        if (baseline == null && !updateBaseline) {
            return null;
        }
        String name = baseline == null ? "medlint-baseline.json" : baseline;
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw usage("--baseline " + name + ": not a valid path: " + e.getReason());
        }
    }

    /**
     * Where a report goes, refused (with a one-line reason) when it is an input of this run, an article, a folder or
     * a special file that writing would replace.
     */
    private ReportFile outputFile(String file) throws EngineException {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new EngineException(Main.oneLine(file) + ": not a valid path: " + e.getReason());
        }
        ReportFile target = ReportFile.at(path, Engine.asGiven(path));
        for (String p : paths) {
            try {
                if (!p.equals(STDIN) && target.isSameFile(Path.of(p))) {
                    throw new EngineException(target.display() + ": is also an input of this run; medlint never "
                            + "writes a report over an article: choose another report file");
                }
            } catch (InvalidPathException e) {
                // reported with the inputs
            }
        }
        return target;
    }

    /** Writes a file checked by {@link #outputFile}; false after reporting why it could not be written. */
    private boolean write(ReportFile file, String content, String what) {
        try {
            file.write(content);
            return true;
        } catch (IOException e) {
            err.println("medlint: " + file.display() + ": cannot write the " + what + ": "
                    + Main.oneLine(e.getMessage()));
        }
        return false;
    }

    private void validate() {
        if (paths.isEmpty()) {
            throw usage("no input: name files or folders to check, or '-' to read standard input");
        }
        if (paths.stream().filter(STDIN::equals).count() > 1) {
            throw usage("'-' (standard input) can be named only once");
        }
        if (stdinFilename != null && !paths.contains(STDIN)) {
            throw usage("--stdin-filename applies only when reading standard input ('-')");
        }
        if (stdinFilename != null && stdinFilename.isBlank()) {
            throw usage("--stdin-filename needs a name, e.g. post.md");
        }
        if (configOptions.noBuiltin && configOptions.rules.isEmpty()) {
            throw usage("--no-builtin needs at least one --rules FILE (there would be no rules to check with)");
        }
        if (maxWarnings != null && maxWarnings < 0) {
            throw usage("--max-warnings must be 0 or more, not " + maxWarnings);
        }
        if (threads < 1) {
            throw usage("--threads must be at least 1, not " + threads);
        }
        int cap = maxThreads();
        if (threads > cap) {
            // Thousands of threads under a process limit end in an OutOfMemoryError that loses the run.
            err.println("medlint: --threads " + threads + " is more than " + MAX_THREADS_PER_CORE
                    + " per processor; using " + cap);
            threads = cap;
        }
        if (cacheLocation != null && !cache) {
            throw usage("--cache-location applies only with --cache");
        }
    }

    /** Workers per processor beyond which more threads only cost memory (checking is CPU-bound). */
    static final int MAX_THREADS_PER_CORE = 8;

    static int maxThreads() {
        return MAX_THREADS_PER_CORE * Runtime.getRuntime().availableProcessors();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** The engine options: configuration, --rules files, --no-builtin (shared with the other commands), --fail-on, --threads. */
    private EngineOptions engineOptions() {
        EngineOptions o = configOptions.options().threads(threads).ignoreFiles(!noIgnore);
        if (maxFileSize != null) {
            try {
                o.maxBytes(EngineOptions.parseSize(maxFileSize));
            } catch (IllegalArgumentException e) {
                throw usage("--max-file-size: " + e.getMessage());
            }
        }
        if (failOn != null) {
            o.failOn(failOn);
        }
        if (cache) {
            String folder = cacheLocation == null ? DEFAULT_CACHE : cacheLocation;
            try {
                o.cache(Path.of(folder), message -> err.println("medlint: warning: " + Main.oneLine(message)));
            } catch (InvalidPathException e) {
                throw usage("--cache-location " + folder + ": not a valid path: " + e.getReason());
            }
        }
        return o;
    }

    /** Checks standard input; a reason it could not be checked is a problem of the report. */
    private Report checkStdin(Engine engine, List<Problem> problems) throws EngineException {
        String name = stdinFilename == null ? STDIN_NAME : stdinFilename.replace('\\', '/');
        if (stdinFilename != null && !Engine.isArticleName(stdinFilename)) {
            problems.add(Engine.problem(name, "unknown file type; --stdin-filename must end in one of "
                    + Engine.articleExtensions()));
            return Report.ofProblems(List.of());
        }
        // The configuration is the one of the file standard input stands for, or of the working directory.
        Path location = stdinFilename != null ? Path.of(stdinFilename) : Path.of("").toAbsolutePath();
        return engine.checkStream(in, name, location);
    }

    /** Writes the report to --output or stdout; false after reporting a write failure. */
    private boolean writeReport(Report report, ReportFile outputFile) {
        boolean toFile = output != null;
        if (!toFile && format.equals("text") && report.filesChecked() == 0 && !report.problems().isEmpty()) {
            // Nothing could be checked: the error lines say it all; "No problems found in 0 articles." would mislead.
            return true;
        }
        Reporter reporter = Reporters.builtIn().find(format).orElseThrow();
        String rendered = reporter.render(report, new ReportSettings(colour && !toFile, quiet));
        if (toFile) {
            return write(outputFile, rendered, "report");
        } else {
            out.print(rendered);
            out.flush();
        }
        return true;
    }

    /** {@code --format}: one of the formats of the report registry. */
    static final class FormatConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return choose(value, Reporters.builtIn().names());
        }

        static String choose(String value, List<String> names) {
            String v = value.toLowerCase(Locale.ROOT);
            if (!names.contains(v)) {
                throw new TypeConversionException("expected " + String.join(" or ", names) + ", not '" + value
                        + "'");
            }
            return v;
        }
    }

    /** {@code --format} of {@code rules list}: a format that writes rule lists. */
    static final class RuleListFormatConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return FormatConverter.choose(value, Reporters.builtIn().ruleListNames());
        }
    }

    /** {@code --format} of {@code analyze}: a format that writes analyses. */
    static final class AnalysisFormatConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return FormatConverter.choose(value, Reporters.builtIn().analysisNames());
        }
    }

    /** {@code --progress}: auto, always or never. */
    static final class WhenConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return FormatConverter.choose(value, List.of("auto", "always", "never"));
        }
    }

    /** {@code --fail-on}: the core's fail levels (error, warning, info, never). */
    static final class FailLevelConverter implements ITypeConverter<FailLevel> {
        @Override
        public FailLevel convert(String value) {
            return FailLevel.parse(value)
                    .orElseThrow(() -> new TypeConversionException(FailLevel.unknown("level", value)));
        }
    }
}

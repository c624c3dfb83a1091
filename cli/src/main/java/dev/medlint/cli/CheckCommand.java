package dev.medlint.cli;

import dev.medlint.core.config.ConfiguredLinter;
import dev.medlint.core.config.FailLevel;
import dev.medlint.core.pack.RuleFileException;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Report;
import dev.medlint.core.report.Reporter;
import dev.medlint.core.source.FileWalker;
import dev.medlint.core.source.Format;
import dev.medlint.core.source.InputException;
import dev.medlint.core.source.SourceDocument;
import dev.medlint.core.source.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
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
            "Severities are coloured only when writing to a terminal and NO_COLOR is not set."})
final class CheckCommand implements Callable<Integer> {
    static final String STDIN = "-";
    static final String STDIN_NAME = "<stdin>";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders to check; '-' reads the article from standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "With '-': the name standard input is reported under; its extension picks the format "
                    + "(default: plain text, reported as " + STDIN_NAME + ").")
    String stdinFilename;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class,
            description = "Report format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (replaced atomically) instead of standard output. "
                    + "Input problems still go to stderr.")
    String output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = FailLevelConverter.class,
            description = "Least serious finding that makes the exit status 1: error, warning, info or never "
                    + "(default: the configuration's fail-on, else error).")
    FailLevel failOn;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Option(names = {"-q", "--quiet"},
            description = "Text format: list only the findings at or above the --fail-on level (none with "
                    + "--fail-on never); the summary line still counts every finding. JSON is always complete.")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N",
            description = "Number of files checked in parallel (default: the number of processors, here "
                    + "${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean colour;

    CheckCommand(InputStream in, PrintStream out, PrintStream err, boolean colour) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.colour = colour;
    }

    @Override
    public Integer call() {
        validate();
        ConfiguredLinter linter;
        try {
            linter = ConfiguredLinter.create(linterOptions());
        } catch (RuleFileException e) {
            return Problems.fail(err, e.getMessage());
        }

        List<ConfiguredLinter.Result> parts = new ArrayList<>();
        List<InputException> problems = new ArrayList<>();
        try {
            if (paths.contains(STDIN)) {
                checkStdin(linter, problems).ifPresent(parts::add);
            }
            List<Path> files = new ArrayList<>();
            for (String p : paths) {
                if (p.equals(STDIN)) {
                    continue;
                }
                try {
                    files.add(Path.of(p));
                } catch (InvalidPathException e) {
                    problems.add(new InputException(p, "not a valid path: " + e.getReason()));
                }
            }
            if (!files.isEmpty()) {
                parts.add(linter.check(files));
            }
        } catch (RuleFileException e) {
            return Problems.fail(err, e.getMessage());
        }
        ConfiguredLinter.Result result = linter.merge(parts, problems);
        Report report = result.report();

        for (InputException p : report.problems()) {
            err.println("medlint: " + Main.oneLine(p.getMessage()));
        }
        err.flush();
        if (!writeReport(report, result::counts)) {
            return Main.EXIT_ERROR;
        }
        if (!report.problems().isEmpty()) {
            return Main.EXIT_ERROR;
        }
        return result.fails() ? Main.EXIT_FINDINGS : Main.EXIT_OK;
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
        if (threads < 1) {
            throw usage("--threads must be at least 1, not " + threads);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** The engine options: configuration, --rules files, --no-builtin (shared with the other commands), --fail-on, --threads. */
    private ConfiguredLinter.Options linterOptions() {
        ConfiguredLinter.Options o = configOptions.options().threads(threads);
        if (failOn != null) {
            o.failOn(failOn);
        }
        return o;
    }

    /** Checks standard input; empty after adding the reason it could not be checked to {@code problems}. */
    private Optional<ConfiguredLinter.Result> checkStdin(ConfiguredLinter linter, List<InputException> problems)
            throws RuleFileException {
        String name = stdinFilename == null ? STDIN_NAME : stdinFilename.replace('\\', '/');
        Format fmt = Format.TEXT;
        if (stdinFilename != null) {
            var known = Format.forFileName(stdinFilename);
            if (known.isEmpty()) {
                problems.add(new InputException(name, "unknown file type; --stdin-filename must end in one of "
                        + Format.knownExtensions()));
                return Optional.empty();
            }
            fmt = known.get();
        }
        try {
            SourceDocument doc = new SourceReader().read(in, name, fmt);
            // The configuration is the one of the file standard input stands for, or of the working directory.
            Path location = stdinFilename != null ? Path.of(stdinFilename) : Path.of("").toAbsolutePath();
            return Optional.of(linter.checkDocument(doc, location));
        } catch (InputException e) {
            problems.add(e);
            return Optional.empty();
        }
    }

    /** Writes the report to --output or stdout; false after reporting a write failure. */
    private boolean writeReport(Report report, Predicate<Finding> counts) {
        boolean toFile = output != null;
        if (!toFile && format.equals("text") && report.filesChecked() == 0 && !report.problems().isEmpty()) {
            // Nothing could be checked: the error lines say it all; "No problems found in 0 articles." would mislead.
            return true;
        }
        String rendered;
        try {
            if (format.equals("json")) {
                StringBuilder b = new StringBuilder();
                Reporter.forFormat(format).write(report, b);
                rendered = b.toString();
            } else {
                rendered = TextOutput.render(report, quiet ? counts : f -> true, colour && !toFile);
            }
        } catch (IOException e) {
            // StringBuilder never throws; keep the compiler happy.
            throw new IllegalStateException(e);
        }
        if (toFile) {
            String display = output;
            try {
                display = FileWalker.display(Path.of(output));
                AtomicFile.write(Path.of(output), rendered);
            } catch (InvalidPathException e) {
                err.println("medlint: " + Main.oneLine(output) + ": not a valid path: " + e.getReason());
                return false;
            } catch (IOException e) {
                err.println("medlint: " + display + ": cannot write the report: " + Main.oneLine(e.getMessage()));
                return false;
            }
        } else {
            out.print(rendered);
            out.flush();
        }
        return true;
    }

    /** {@code --format}: one of the core's report formats (text or json). */
    static final class FormatConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.toLowerCase(Locale.ROOT);
            if (!Reporter.formats().contains(v)) {
                throw new TypeConversionException("expected " + String.join(" or ", Reporter.formats()) + ", not '"
                        + value + "'");
            }
            return v;
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

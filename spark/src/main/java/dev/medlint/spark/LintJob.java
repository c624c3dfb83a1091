package dev.medlint.spark;

import dev.medlint.core.api.EngineException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.Encoders;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark job: reads posts (a folder of articles, JSON Lines or Parquet), checks them with medlint's built-in
 * pack and the given rule files or configuration, and writes findings, problems and a per-category summary.
 * Run with {@code spark-submit --class dev.medlint.spark.LintJob medlint-spark.jar --input ... --output ...}.
 */
@Command(name = "dev.medlint.spark.LintJob", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Checks posts with medlint on Spark and writes findings/, problems/ and summary/ under the "
                + "output folder.")
public final class LintJob implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "A folder of article files, a JSON Lines file or folder, or a Parquet file or folder.")
    String input;

    @Option(names = "--input-format", paramLabel = "FORM",
            description = "files, jsonl or parquet (default: jsonl for .jsonl/.ndjson/.json, parquet for .parquet, "
                    + "else files).")
    String inputFormat;

    @Option(names = "--output", required = true, paramLabel = "FOLDER", description = "Where the outputs go.")
    String output;

    @Option(names = "--output-format", paramLabel = "FORM", defaultValue = "parquet",
            description = "parquet or jsonl (default: ${DEFAULT-VALUE}).")
    String outputFormat;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "A rule file used besides the built-in pack (repeatable); read once, on the driver.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "A configuration (.medlint.yaml) for every post; read once, on the driver. It may not list "
                    + "rule-files: give them with --rules.")
    Path config;

    @Option(names = "--no-builtin", description = "Leave out the built-in pack.")
    boolean noBuiltin;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "10485760",
            description = "The largest post checked; larger ones are problems (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Spread the posts over N partitions before checking (default: as read).")
    Integer partitions;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "none",
            description = "Exit with 1 when a finding at or above this severity was written: error, warning, info "
                    + "or none (default: ${DEFAULT-VALUE}; an audit's findings are its result, not a failure).")
    String failOn;

    @Option(names = "--overwrite", description = "Replace the outputs of an earlier run in the output folder.")
    boolean overwrite;

    private SparkSession given;
    private PrintWriter out;
    private PrintWriter err;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = execute(null, out, err, args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the job with these arguments in a session (null: the one spark-submit set up), printing the summary to
     * {@code out} and a one-line error to {@code err}; returns 0, 1 when {@code --fail-on} is met, or 2 for a bad
     * option, rule file or input.
     */
    public static int execute(SparkSession spark, PrintWriter out, PrintWriter err, String... args) {
        LintJob job = new LintJob();
        job.given = spark;
        job.out = out;
        job.err = err;
        CommandLine cl = new CommandLine(job).setOut(out).setErr(err);
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("medlint-spark: " + e.getMessage());
            return 2;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        try {
            FailLevel level = FailLevel.parse(failOn);
            JobSummary s = run();
            print(s);
            long failing = level.count(s);
            if (failing > 0) {
                out.printf("medlint-spark: %d findings at or above %s (--fail-on)%n", failing,
                        level.name().toLowerCase(java.util.Locale.ROOT));
                return 1;
            }
            return 0;
        } catch (JobException e) {
            err.println("medlint-spark: " + e.getMessage());
            return 2;
        }
    }

    private JobSummary run() throws JobException {
        InputForm in = inputFormat == null ? InputForm.guess(input) : choice(InputForm.class, inputFormat,
                "--input-format", "files, jsonl or parquet");
        OutputForm outForm = choice(OutputForm.class, outputFormat, "--output-format", "parquet or jsonl");
        if (maxBytes <= 0) {
            throw new JobException("--max-bytes must be a positive number of bytes");
        }
        if (partitions != null && partitions <= 0) {
            throw new JobException("--partitions must be a positive number");
        }
        JobRules shipped = JobRules.read(!noBuiltin, config, rules, maxBytes);
        try {
            // On the driver first: a broken rule file stops the job here with its file:line:col, before any task.
            Engines.forRules(shipped);
        } catch (EngineException e) {
            throw new JobException(e.getMessage());
        }
        SparkSession spark = given != null ? given : SparkSession.builder().appName("medlint").getOrCreate();
        if (!Storage.exists(spark, input)) {
            throw new JobException(input + ": no such file or folder");
        }
        if (!overwrite && Storage.exists(spark, output)) {
            throw new JobException(output + ": exists already; name a new output folder or pass --overwrite");
        }
        Dataset<Row> posts = new PostReader(spark).read(in, input);
        if (partitions != null) {
            posts = posts.repartition(partitions);
        }
        Dataset<Row> results = posts.mapPartitions(new LintPartition(shipped), Encoders.row(ResultRow.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            return new JobOutput(output, outForm, overwrite).write(results);
        } finally {
            results.unpersist();
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String option, String allowed)
            throws JobException {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        throw new JobException(option + ": unknown form '" + value + "'; use " + allowed);
    }

    private void print(JobSummary s) {
        out.printf("medlint-spark: %d posts checked, %d findings, %d problems; outputs in %s%n", s.checked(),
                s.findings(), s.problems(), output);
        for (JobSummary.Category c : s.categories()) {
            out.printf("  %-30s %8d findings in %8d posts (%d errors, %d warnings, %d info)%n", c.category(),
                    c.findings(), c.posts(), c.errors(), c.warnings(), c.infos());
        }
    }
}

package dev.medlint.spark;

import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineOptions;
import dev.medlint.core.report.Finding;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** One Spark session in local mode for every test of this JVM (starting one costs seconds), and test helpers. */
final class LocalSpark {
    static final SparkSession SPARK = SparkSession.builder()
            .master("local[2]")
            .appName("medlint-spark-test")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();

    /** The fields of a finding the job writes, in the findings output's column order, as one line. */
    static final List<String> FINDING_FIELDS = List.of(ResultRow.FINDING_COLUMNS);

    private LocalSpark() {
    }

    /** What the job printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run job(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LintJob.execute(SPARK, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The rows of an output folder, read back (Parquet or JSON Lines), as lines of the named fields, sorted. */
    static List<String> read(Path folder, String form, List<String> fields) {
        List<Row> rows = form.equals("parquet") ? SPARK.read().parquet(folder.toString()).collectAsList()
                : SPARK.read().json(folder.toString()).collectAsList();
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            List<String> values = new ArrayList<>();
            for (String f : fields) {
                Object v = r.getAs(f);
                values.add(String.valueOf(v));
            }
            out.add(String.join(" | ", values));
        }
        out.sort(null);
        return out;
    }

    /** A finding as {@link #read} shows a findings row of post {@code id}. */
    static String line(String id, Finding f) {
        return String.join(" | ", id, "null", f.path(), f.ruleId(), f.category(), f.severity().label(),
                String.valueOf(f.line()), String.valueOf(f.column()), String.valueOf(f.endLine()),
                String.valueOf(f.endColumn()), f.message(), f.law(), f.match(), f.suggestion());
    }

    /** The engine the job's findings are compared with: the built-in pack, no configuration files. */
    static Engine referenceEngine() throws Exception {
        return Engine.create(new EngineOptions().noConfig().threads(1));
    }
}

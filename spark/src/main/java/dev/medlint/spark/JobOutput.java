package dev.medlint.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes a run's results under one folder: {@code findings/}, {@code problems/} and {@code summary/} (findings per
 * category). Rows are sorted (findings by post id, place and rule), so the output does not depend on how the posts
 * were partitioned.
 */
final class JobOutput {
    private final String folder;
    private final OutputForm form;
    private final boolean overwrite;

    JobOutput(String folder, OutputForm form, boolean overwrite) {
        this.folder = folder.replaceAll("/+$", "");
        this.form = form;
        this.overwrite = overwrite;
    }

    static Dataset<Row> findings(Dataset<Row> results) {
        return results.filter(col("kind").equalTo(ResultRow.FINDING))
                .select(columns(ResultRow.FINDING_COLUMNS))
                .orderBy("id", "line", "column", "ruleId", "endLine", "endColumn", "message");
    }

    static Dataset<Row> problems(Dataset<Row> results) {
        return results.filter(col("kind").equalTo(ResultRow.PROBLEM))
                .select(columns(ResultRow.PROBLEM_COLUMNS))
                .orderBy(col("path"), col("id"), col("line"), col("column"), col("message"));
    }

    static Dataset<Row> summary(Dataset<Row> findings) {
        return findings.groupBy("category").agg(count(lit(1)).as("findings"), countDistinct("id").as("posts"),
                        severity("error", "errors"), severity("warning", "warnings"), severity("info", "infos"))
                .orderBy("category");
    }

    private static org.apache.spark.sql.Column severity(String label, String name) {
        return sum(when(col("severity").equalTo(label), 1L).otherwise(0L)).as(name);
    }

    private static org.apache.spark.sql.Column[] columns(String[] names) {
        org.apache.spark.sql.Column[] out = new org.apache.spark.sql.Column[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = col(names[i]);
        }
        return out;
    }

    /** Writes the three outputs and returns the counts. */
    JobSummary write(Dataset<Row> results) {
        Dataset<Row> findings = findings(results);
        Dataset<Row> summary = summary(findings).coalesce(1);
        write(findings, "findings");
        write(problems(results), "problems");
        write(summary, "summary");
        List<JobSummary.Category> categories = new ArrayList<>();
        long total = 0;
        for (Row r : summary.collectAsList()) {
            categories.add(new JobSummary.Category(r.getString(0), r.getLong(1), r.getLong(2), r.getLong(3),
                    r.getLong(4), r.getLong(5)));
            total += r.getLong(1);
        }
        long checked = results.filter(col("kind").equalTo(ResultRow.CHECKED)).count();
        long problems = results.filter(col("kind").equalTo(ResultRow.PROBLEM)).count();
        return new JobSummary(checked, total, problems, categories);
    }

    private void write(Dataset<Row> rows, String name) {
        DataFrameWriter<Row> w = rows.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
        String path = folder + "/" + name;
        switch (form) {
            case PARQUET -> w.parquet(path);
            // Null fields (a problem's url) are written as null, so every line has the same keys.
            case JSONL -> w.option("ignoreNullFields", "false").json(path);
        }
    }
}

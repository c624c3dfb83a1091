package dev.medlint.spark;

import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Problem;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What checking a post gives, one row each: a finding (the fields of medlint's JSON findings), a problem (the post
 * could not be checked), or the mark that a post was checked (for the counts). All three share one schema, so one
 * pass over the posts feeds every output.
 */
final class ResultRow {
    static final String FINDING = "finding";
    static final String PROBLEM = "problem";
    static final String CHECKED = "checked";

    static final StructType SCHEMA = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("id", DataTypes.StringType, true)
            .add("url", DataTypes.StringType, true)
            .add("path", DataTypes.StringType, true)
            .add("ruleId", DataTypes.StringType, true)
            .add("category", DataTypes.StringType, true)
            .add("severity", DataTypes.StringType, true)
            .add("line", DataTypes.IntegerType, true)
            .add("column", DataTypes.IntegerType, true)
            .add("endLine", DataTypes.IntegerType, true)
            .add("endColumn", DataTypes.IntegerType, true)
            .add("message", DataTypes.StringType, true)
            .add("law", DataTypes.StringType, true)
            .add("match", DataTypes.StringType, true)
            .add("suggestion", DataTypes.StringType, true);

    /** The findings output's columns: the post's id and URL, then the fields of a finding in medlint's JSON. */
    static final String[] FINDING_COLUMNS = {"id", "url", "path", "ruleId", "category", "severity", "line", "column",
        "endLine", "endColumn", "message", "law", "match", "suggestion"};

    /** The problems output's columns; {@code message} is the reason. */
    static final String[] PROBLEM_COLUMNS = {"id", "url", "path", "line", "column", "message"};

    private ResultRow() {
    }

    static Row finding(String id, String url, Finding f) {
        return RowFactory.create(FINDING, id, url, f.path(), f.ruleId(), f.category(), f.severity().label(), f.line(),
                f.column(), f.endLine(), f.endColumn(), f.message(), f.law(), f.match(), f.suggestion());
    }

    static Row problem(String id, String url, Problem p) {
        return RowFactory.create(PROBLEM, id, url, p.path(), null, null, null, p.line(), p.column(), null, null,
                p.reason(), null, null, null);
    }

    static Row checked(String id, String url, String path) {
        return RowFactory.create(CHECKED, id, url, path, null, null, null, null, null, null, null, null, null, null,
                null);
    }
}

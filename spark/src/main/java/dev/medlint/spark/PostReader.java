package dev.medlint.spark;

import dev.medlint.core.api.Engine;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Reads posts in each input form as {@link Post} rows. Texts are read as bytes (never decoded by Spark) so that the
 * engine's checks for binary content, invalid UTF-8 and size apply as they do to files on disk.
 */
final class PostReader {
    private final SparkSession spark;

    PostReader(SparkSession spark) {
        this.spark = spark;
    }

    Dataset<Row> read(InputForm form, String input) throws JobException {
        return switch (form) {
            case FILES -> files(input);
            case JSONL -> jsonLines(input);
            case PARQUET -> parquet(input);
        };
    }

    /**
     * Every article file (by extension, as medlint picks them when walking a folder) under a folder, at any depth;
     * a post's id and name are its path relative to the folder.
     */
    private Dataset<Row> files(String folder) {
        String root = Storage.qualified(spark, folder);
        String prefix = root.endsWith("/") ? root : root + "/";
        Dataset<Row> raw = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(folder)
                .select("path", "content");
        return raw.filter((FilterFunction<Row>) r -> Engine.isArticleName(fileName(r.getString(0))))
                .map((MapFunction<Row, Row>) r -> {
                    String path = r.getString(0);
                    String id = path.startsWith(prefix) ? path.substring(prefix.length()) : fileName(path);
                    return Post.of(id, id, null, (byte[]) r.get(1));
                }, Encoders.row(Post.SCHEMA));
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** One post a line; blank lines are skipped. Lines are numbered as in the file, for the problems. */
    private Dataset<Row> jsonLines(String input) {
        Dataset<Row> lines = spark.read().text(input)
                .select(functions.col("value").cast(DataTypes.BinaryType).as("line"),
                        functions.input_file_name().as("file"), functions.input_file_block_start().as("start"));
        return lines.mapPartitions(new JsonLinesPartition(spark.sparkContext().hadoopConfiguration()),
                Encoders.row(Post.SCHEMA));
    }

    /** Columns id and text (string or binary), optional format and url. */
    private Dataset<Row> parquet(String input) throws JobException {
        Dataset<Row> table = spark.read().parquet(input);
        List<String> columns = Arrays.asList(table.columns());
        for (String required : List.of("id", "text")) {
            if (!columns.contains(required)) {
                throw new JobException(input + ": the Parquet input has no column '" + required + "' (columns: "
                        + String.join(", ", columns) + "); it needs id and text, and may have format and url");
            }
        }
        Dataset<Row> posts = table.select(functions.col("id").cast(DataTypes.StringType),
                functions.col("text").cast(DataTypes.BinaryType), optional(columns, "format"),
                optional(columns, "url"));
        String where = fileName(input.replaceAll("/+$", ""));
        return posts.map((MapFunction<Row, Row>) r -> Post.ofRecord(r.getString(0), r.getString(2),
                r.getString(3), (byte[]) r.get(1), where, 0), Encoders.row(Post.SCHEMA));
    }

    private static Column optional(List<String> columns, String name) {
        return columns.contains(name) ? functions.col(name).cast(DataTypes.StringType)
                : functions.lit(null).cast(DataTypes.StringType).as(name);
    }
}

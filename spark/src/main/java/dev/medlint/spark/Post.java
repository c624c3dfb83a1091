package dev.medlint.spark;

import dev.medlint.core.api.Engine;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One post as every input form is turned into before it is checked: its id, the name it is checked and reported
 * under (the extension picks the format), its URL, its raw bytes, and a reason when the reader already knows it
 * cannot be checked (a line that is not JSON, a missing id, an unknown format) and, when that reason names the input
 * file rather than the post, where in the file (line and column, 0 when unknown).
 */
final class Post {
    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType, true)
            .add("name", DataTypes.StringType, false)
            .add("url", DataTypes.StringType, true)
            .add("content", DataTypes.BinaryType, true)
            .add("problem", DataTypes.StringType, true)
            .add("line", DataTypes.IntegerType, false)
            .add("column", DataTypes.IntegerType, false);

    private Post() {
    }

    static Row of(String id, String name, String url, byte[] content) {
        return RowFactory.create(id, name, url, content, null, 0, 0);
    }

    static Row bad(String id, String name, String url, String reason) {
        return bad(id, name, url, reason, 0, 0);
    }

    /** A post that cannot be checked, for a reason found at {@code line:column} of the input named {@code name}. */
    static Row bad(String id, String name, String url, String reason, int line, int column) {
        return RowFactory.create(id, name, url, null, reason, line, column);
    }

    /**
     * A post of a record (JSON Lines, Parquet): its id and optional format and URL, its text as bytes. The name is
     * the id, with the format's extension added when it does not end with it (no format: the id's own extension, or
     * plain text). A record without an id is a problem of {@code where}, the input file, at {@code whereLine} (0
     * when unknown).
     */
    static Row ofRecord(String id, String format, String url, byte[] content, String where, int whereLine) {
        if (id == null || id.isBlank()) {
            return bad(null, where, url, "the record has no id", whereLine, whereLine == 0 ? 0 : 1);
        }
        if (content == null) {
            return bad(id, id, url, "the record has no text");
        }
        if (format == null || format.isBlank()) {
            return of(id, id, url, content);
        }
        String f = format.trim().toLowerCase(Locale.ROOT);
        if (!Engine.isInputFormat(f)) {
            return bad(id, id, url, "unknown format '" + format + "'; use text, markdown or html");
        }
        String name = id.toLowerCase(Locale.ROOT).endsWith("." + f) ? id : id + "." + f;
        return of(id, name, url, content);
    }
}

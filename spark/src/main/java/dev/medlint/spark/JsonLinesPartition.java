package dev.medlint.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Turns the lines of one partition of JSON Lines input (columns: the line as bytes, the file, the start of the file
 * block) into posts, numbering the lines as they stand in their file. Spark gives no line numbers, but a block's
 * lines arrive in order: a block that starts the file starts at line 1, and for a later block the lines before it
 * are counted in the file ({@link FileLines}), once, and only when one of its lines is a problem without an id.
 */
final class JsonLinesPartition implements MapPartitionsFunction<Row, Row> {
    private final SerializableConfiguration hadoop;

    JsonLinesPartition(Configuration hadoop) {
        this.hadoop = new SerializableConfiguration(hadoop);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> lines) {
        return new Iterator<>() {
            private final Block block = new Block();
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null && lines.hasNext()) {
                    Row r = lines.next();
                    block.advance(r.getString(1), r.getLong(2));
                    byte[] line = (byte[]) r.get(0);
                    if (!isBlank(line)) {
                        next = parse(line);
                    }
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row r = next;
                next = null;
                return r;
            }

            /** Parses with a line number only when the post turns out to need one: numbering may read the file. */
            private Row parse(byte[] line) {
                Row post = JsonLinePost.parse(line, block.name, 0);
                return post.getString(0) == null && post.getString(4) != null
                        ? JsonLinePost.parse(line, block.name, block.lineNumber()) : post;
            }
        };
    }

    /** Where in which file the current line stands. */
    private final class Block {
        private String file;
        private long start;
        private String name;
        private long index; // of the current line within its block, from 0
        private long firstLine; // of the block; 0 until counted

        void advance(String file, long start) {
            if (file.equals(this.file) && start == this.start) {
                index++;
                return;
            }
            this.file = file;
            this.start = start;
            this.name = path(file).getName();
            this.index = 0;
            this.firstLine = start <= 0 ? 1 : 0;
        }

        /** The current line's number in its file, or 0 when it cannot be known (a split compressed file). */
        int lineNumber() {
            if (firstLine == 0) {
                try {
                    firstLine = FileLines.firstLineOfBlock(path(file), start, hadoop.value());
                } catch (IOException e) {
                    throw new UncheckedIOException(file + ": cannot read it again to number its lines", e);
                }
            }
            long n = firstLine < 0 ? 0 : firstLine + index;
            return n > Integer.MAX_VALUE ? 0 : (int) n;
        }
    }

    /** Spark names files by URL-encoded URI. */
    private static Path path(String file) {
        try {
            return new Path(new URI(file));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Path(file);
        }
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}

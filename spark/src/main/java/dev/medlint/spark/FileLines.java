package dev.medlint.spark;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.util.LineReader;

/**
 * Line numbers in a text file split into blocks. Spark's text reader (Hadoop's line reader) gives a line to the
 * block in which it starts, except that a line starting exactly at a block's start belongs to the block before; so
 * the first line of a block starting at byte {@code s > 0} is the first line that starts after {@code s}. Counting
 * uses Hadoop's own line reader, so "\n", "\r\n" and a lone "\r" end lines exactly as they did for Spark.
 */
final class FileLines {
    private FileLines() {
    }

    /**
     * The number (from 1) of the first line of the block starting at byte {@code start} of {@code file}; -1 for a
     * compressed file, whose byte positions are not those of its text.
     */
    static long firstLineOfBlock(Path file, long start, Configuration conf) throws IOException {
        if (start <= 0) {
            return 1;
        }
        if (new CompressionCodecFactory(conf).getCodec(file) != null) {
            return -1;
        }
        try (InputStream in = file.getFileSystem(conf).open(file)) {
            LineReader reader = new LineReader(in, conf);
            Text ignored = new Text();
            long position = 0;
            long lines = 0;
            while (position <= start) {
                int read = reader.readLine(ignored, 0, Integer.MAX_VALUE);
                if (read == 0) {
                    break;
                }
                position += read;
                lines++;
            }
            return lines + 1;
        }
    }
}

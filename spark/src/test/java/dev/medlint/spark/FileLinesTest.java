package dev.medlint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLinesTest {
    @TempDir
    Path dir;

    /** Byte offsets: "aa\n" 0-2, "bb\r\n" 3-6, "cc\r" 7-9, "dd\n" 10-12, "ee" 13-14. */
    private static final String TEXT = "aa\nbb\r\ncc\rdd\nee";

    @Test
    void theFirstLineOfABlockIsTheFirstThatStartsAfterItsStart() throws Exception {
        Path file = Files.writeString(dir.resolve("f.jsonl"), TEXT, StandardCharsets.UTF_8);
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file.toUri());
        Configuration conf = new Configuration();
        assertEquals(1, FileLines.firstLineOfBlock(p, 0, conf));
        assertEquals(2, FileLines.firstLineOfBlock(p, 1, conf));
        assertEquals(2, FileLines.firstLineOfBlock(p, 2, conf));
        // A line that starts exactly at the block's start was read by the block before.
        assertEquals(3, FileLines.firstLineOfBlock(p, 3, conf));
        assertEquals(3, FileLines.firstLineOfBlock(p, 6, conf));
        assertEquals(4, FileLines.firstLineOfBlock(p, 7, conf));
        assertEquals(5, FileLines.firstLineOfBlock(p, 11, conf));
        assertEquals(6, FileLines.firstLineOfBlock(p, 14, conf));
    }

    @Test
    void aCompressedFileHasNoNumbersBeyondItsFirstBlock() throws Exception {
        Path file = Files.writeString(dir.resolve("f.jsonl.bz2"), "x", StandardCharsets.UTF_8);
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file.toUri());
        assertEquals(1, FileLines.firstLineOfBlock(p, 0, new Configuration()));
        assertEquals(-1, FileLines.firstLineOfBlock(p, 100, new Configuration()));
    }
}

package dev.medlint.spark;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/** Where inputs and outputs are, on whatever file system Spark is set up with (local, HDFS, S3). */
final class Storage {
    private Storage() {
    }

    /** A path fully qualified ("file:/data/posts"), as Spark names the files it reads. */
    static String qualified(SparkSession spark, String path) {
        try {
            Path p = new Path(path);
            return fs(spark, p).makeQualified(p).toString();
        } catch (IOException e) {
            return path;
        }
    }

    static boolean exists(SparkSession spark, String path) throws JobException {
        try {
            Path p = new Path(path);
            return fs(spark, p).exists(p);
        } catch (IOException | IllegalArgumentException e) {
            throw new JobException(path + ": cannot look at this path (" + e.getMessage() + ")");
        }
    }

    private static FileSystem fs(SparkSession spark, Path p) throws IOException {
        return p.getFileSystem(spark.sparkContext().hadoopConfiguration());
    }
}

package dev.medlint.spark;

import static dev.medlint.spark.LocalSpark.FINDING_FIELDS;
import static dev.medlint.spark.LocalSpark.SPARK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.medlint.core.api.Engine;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job over the project's samples in each input form gives, post by post, exactly the findings
 * {@link Engine#checkText} gives on the same texts, whatever the partitioning; its summary counts them.
 */
class LintJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The samples (name: text), the corpus of every test here. */
    private static final Map<String, String> SAMPLES = new TreeMap<>();
    /** What the engine itself says about each sample, as {@link LocalSpark#read} shows findings rows. */
    private static final List<String> EXPECTED = new ArrayList<>();

    @TempDir
    static Path dir;

    @BeforeAll
    static void corpus() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("../samples"))) {
            for (Path p : files.filter(p -> Engine.isArticleName(p.getFileName().toString())).toList()) {
                SAMPLES.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertTrue(SAMPLES.size() >= 9, SAMPLES.keySet()::toString);
        Engine reference = LocalSpark.referenceEngine();
        for (Map.Entry<String, String> s : SAMPLES.entrySet()) {
            Report r = reference.checkText(s.getKey(), s.getValue(), Path.of(""));
            for (Finding f : r.findings()) {
                EXPECTED.add(LocalSpark.line(s.getKey(), f));
            }
        }
        EXPECTED.sort(null);
        // The samples break the law on purpose: a comparison of empty lists would prove nothing.
        assertTrue(EXPECTED.size() > 20, "findings in the samples: " + EXPECTED.size());
    }

    /** The samples as JSON Lines: id (the file name without extension), text and format. */
    private static Path jsonLines(String name) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> s : SAMPLES.entrySet()) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("id", s.getKey());
            record.put("text", s.getValue());
            b.append(JSON.writeValueAsString(record)).append('\n');
        }
        return Files.writeString(dir.resolve(name), b.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void aFolderOfFilesGivesTheEnginesFindings() throws IOException {
        Path in = Files.createDirectories(dir.resolve("files/posts"));
        for (Map.Entry<String, String> s : SAMPLES.entrySet()) {
            Files.writeString(in.resolve(s.getKey()), s.getValue(), StandardCharsets.UTF_8);
        }
        Files.writeString(in.resolve("notes.csv"), "not,an,article\n"); // not an article: not read
        Path out = dir.resolve("files-out");
        LocalSpark.Run run = LocalSpark.job("--input", in.toString(), "--output", out.toString(),
                "--output-format", "jsonl");
        assertEquals(0, run.code(), run.err());
        assertEquals(EXPECTED, LocalSpark.read(out.resolve("findings"), "jsonl", FINDING_FIELDS));
        assertTrue(run.out().startsWith("medlint-spark: " + SAMPLES.size() + " posts checked, " + EXPECTED.size() + " findings, "
                + "0 problems"), run.out());
        assertFalse(Files.exists(out.resolve("problems")) && !LocalSpark.read(out.resolve("problems"), "jsonl",
                List.of("id")).isEmpty());
    }

    @Test
    void jsonLinesGiveTheEnginesFindingsAndASummaryPerCategory() throws IOException {
        Path in = jsonLines("posts.jsonl");
        Path out = dir.resolve("jsonl-out");
        LocalSpark.Run run = LocalSpark.job("--input", in.toString(), "--output", out.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(EXPECTED, LocalSpark.read(out.resolve("findings"), "parquet", FINDING_FIELDS));
        Map<String, long[]> perCategory = new TreeMap<>();
        for (String line : EXPECTED) {
            String[] f = line.split(" \\| ");
            long[] c = perCategory.computeIfAbsent(f[4], k -> new long[2]);
            c[0]++;
            c[1] += f[5].equals("error") ? 1 : 0;
        }
        List<String> expected = perCategory.entrySet().stream()
                .map(e -> e.getKey() + " | " + e.getValue()[0] + " | " + e.getValue()[1]).sorted().toList();
        assertEquals(expected, LocalSpark.read(out.resolve("summary"), "parquet",
                List.of("category", "findings", "errors")));
    }

    @Test
    void parquetGivesTheEnginesFindingsWithFormatAndUrl() throws IOException {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("format", DataTypes.StringType).add("url", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> s : SAMPLES.entrySet()) {
            String name = s.getKey();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            // The id without its extension: the format column says how to read the text.
            rows.add(RowFactory.create(name.substring(0, name.lastIndexOf('.')), s.getValue(), ext,
                    "https://clinic.example/" + name));
        }
        Path in = dir.resolve("posts.parquet");
        SPARK.createDataFrame(rows, schema).write().parquet(in.toString());
        Path out = dir.resolve("parquet-out");
        LocalSpark.Run run = LocalSpark.job("--input", in.toString(), "--output", out.toString(),
                "--output-format", "jsonl");
        assertEquals(0, run.code(), run.err());
        List<String> expected = EXPECTED.stream().map(l -> {
            String name = l.substring(0, l.indexOf(" | "));
            return name.substring(0, name.lastIndexOf('.')) + " | https://clinic.example/" + name
                    + l.substring(l.indexOf(" | null") + " | null".length());
        }).sorted().toList();
        assertEquals(expected, LocalSpark.read(out.resolve("findings"), "jsonl", FINDING_FIELDS));
    }

    @Test
    void theFindingsDoNotDependOnTheNumberOfPartitions() throws IOException {
        Path in = jsonLines("partitions.jsonl");
        List<List<String>> written = new ArrayList<>();
        for (String n : List.of("1", "5")) {
            Path out = dir.resolve("partitions-" + n);
            LocalSpark.Run run = LocalSpark.job("--input", in.toString(), "--output", out.toString(),
                    "--output-format", "jsonl", "--partitions", n);
            assertEquals(0, run.code(), run.err());
            written.add(linesInFileOrder(out.resolve("findings")));
        }
        // The same rows in the same order across the part files, not only the same set.
        assertEquals(written.get(0), written.get(1));
        assertEquals(EXPECTED.size(), written.get(0).size());
    }

    /** Every line of the part files of an output, in part-file order. */
    private static List<String> linesInFileOrder(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }
}

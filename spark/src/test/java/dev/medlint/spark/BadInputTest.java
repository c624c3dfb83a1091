package dev.medlint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posts that cannot be checked are rows in problems/, never a failed job; bad options are one-line errors. */
class BadInputTest {
    private static final String GOOD = "We guarantee a perfect result with no side effects.\n";
    private static final List<String> PROBLEM_FIELDS = List.of("id", "path", "line", "column", "message");

    @TempDir
    Path dir;

    @Test
    void badFilesAreProblemsAndTheGoodOnesAreChecked() throws IOException {
        Path in = Files.createDirectories(dir.resolve("posts"));
        Files.writeString(in.resolve("good.md"), GOOD);
        Files.write(in.resolve("binary.md"), new byte[] {'a', 'b', '\n', 'c', 0, 1, 2});
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 results\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("huge.html"), "<p>" + "Results vary. ".repeat(200) + "</p>\n");
        Path out = dir.resolve("out");
        LocalSpark.Run run = LocalSpark.job("--input", in.toString(), "--output", out.toString(),
                "--output-format", "jsonl", "--max-bytes", "1000");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(
                "binary.md | binary.md | 2 | 2 | binary file (NUL byte); not an article",
                "huge.html | huge.html | 0 | 0 | input is too large (the limit is 1000 bytes)",
                "latin1.txt | latin1.txt | 1 | 4 | invalid UTF-8 (byte 0xE9); save the file as UTF-8"),
                LocalSpark.read(out.resolve("problems"), "jsonl", PROBLEM_FIELDS));
        List<String> found = LocalSpark.read(out.resolve("findings"), "jsonl", List.of("id", "ruleId"));
        assertTrue(found.contains("good.md | zero-risk"), found.toString());
        assertTrue(found.stream().allMatch(l -> l.startsWith("good.md |")), found.toString());
        assertTrue(run.out().startsWith("medlint-spark: 1 posts checked, "), run.out());
        assertTrue(run.out().contains(", 3 problems;"), run.out());
    }

    @Test
    void badJsonLinesAreProblems() throws IOException {
        byte[] invalid = "{\"id\": \"p4\", \"text\": \"Caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        String lines = "{\"id\": \"p1\", \"text\": \"" + GOOD.strip() + "\", \"url\": \"https://a.example/1\"}\n"
                + "\n"
                + "not json at all\n"
                + "{\"id\": \"p2\", \"text\": \"Hello\", \"format\": \"docx\"}\n"
                + "{\"text\": \"no id here\"}\n"
                + "{\"id\": \"p3\", \"text\": \"nul \\u0000 inside\"}\n"
                + "{\"id\": \"p5\", \"text\": 42}\n";
        Path in = dir.resolve("posts.jsonl");
        Files.writeString(in, lines);
        Files.write(in, invalid, java.nio.file.StandardOpenOption.APPEND);
        Path out = dir.resolve("out");
        LocalSpark.Run run = LocalSpark.job("--input", in.toString(), "--output", out.toString(),
                "--output-format", "jsonl");
        assertEquals(0, run.code(), run.err());
        List<String> problems = LocalSpark.read(out.resolve("problems"), "jsonl", PROBLEM_FIELDS);
        assertEquals(6, problems.size(), problems.toString());
        // Sorted as text: line 3's problem before line 5's. The column is where the JSON parser stopped.
        assertTrue(problems.get(0).startsWith("null | posts.jsonl | 3 | 1 | a line is not a JSON object ("),
                problems.get(0));
        assertTrue(problems.get(0).endsWith("): not json at all"), problems.get(0));
        assertEquals("null | posts.jsonl | 5 | 1 | the record has no id", problems.get(1));
        assertEquals(List.of(
                "p2 | p2 | 0 | 0 | unknown format 'docx'; use text, markdown or html",
                "p3 | p3 | 1 | 5 | binary file (NUL byte); not an article",
                "p4 | p4 | 0 | 0 | invalid UTF-8 in the record; save the file as UTF-8",
                "p5 | p5 | 0 | 0 | 'text' is not a string"), problems.subList(2, 6));
        List<String> found = LocalSpark.read(out.resolve("findings"), "jsonl", List.of("id", "url", "ruleId"));
        assertTrue(found.contains("p1 | https://a.example/1 | zero-risk"), found.toString());
    }

    @Test
    void badLinesAreNumberedAsInTheFileWhenSparkSplitsIt() throws IOException {
        // Many small blocks (Spark splits the file every 100 bytes), CRLF and LF line ends mixed, blank lines.
        StringBuilder file = new StringBuilder();
        List<Integer> badLines = new java.util.ArrayList<>();
        for (int line = 1; line <= 60; line++) {
            if (line % 13 == 0) {
                file.append("{oops}");
                badLines.add(line);
            } else if (line % 7 == 0) {
                file.append("   ");
            } else {
                file.append("{\"id\": \"p").append(line).append("\", \"text\": \"Clinic hours.\"}");
            }
            file.append(line % 2 == 0 ? "\r\n" : "\n");
        }
        Path in = Files.writeString(dir.resolve("split.jsonl"), file);
        Path out = dir.resolve("out-split");
        String before = LocalSpark.SPARK.conf().get("spark.sql.files.maxPartitionBytes");
        LocalSpark.SPARK.conf().set("spark.sql.files.maxPartitionBytes", "100");
        LocalSpark.Run run;
        try {
            run = LocalSpark.job("--input", in.toString(), "--output", out.toString(), "--output-format", "jsonl");
        } finally {
            LocalSpark.SPARK.conf().set("spark.sql.files.maxPartitionBytes", before);
        }
        assertEquals(0, run.code(), run.err());
        List<String> lines = LocalSpark.read(out.resolve("problems"), "jsonl", List.of("path", "line", "column"));
        List<String> expected = badLines.stream().map(n -> "split.jsonl | " + n + " | 2").sorted().toList();
        assertEquals(expected, lines);
        assertTrue(run.out().startsWith("medlint-spark: 48 posts checked, "), run.out());
    }

    @Test
    void badOptionsAndRuleFilesAreOneLineErrors() throws IOException {
        Path in = Files.writeString(dir.resolve("posts.jsonl"), "{\"id\": \"a\", \"text\": \"Hi.\"}\n");
        LocalSpark.Run missing = LocalSpark.job("--input", dir.resolve("nope").toString(), "--output",
                dir.resolve("o1").toString());
        assertEquals(2, missing.code());
        assertEquals("medlint-spark: " + dir.resolve("nope") + ": no such file or folder\n", missing.err());

        Path broken = Files.writeString(dir.resolve("broken.yaml"), "pack: mine\nrules:\n  - id: x\n    tpye: phrase\n");
        LocalSpark.Run bad = LocalSpark.job("--input", in.toString(), "--output", dir.resolve("o2").toString(),
                "--rules", broken.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("medlint-spark: " + broken + ":3:5: the rule is missing the required key "
                + "'type'"), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());

        Files.createDirectories(dir.resolve("o3"));
        LocalSpark.Run exists = LocalSpark.job("--input", in.toString(), "--output", dir.resolve("o3").toString());
        assertEquals(2, exists.code());
        assertTrue(exists.err().contains("exists already; name a new output folder or pass --overwrite"),
                exists.err());

        LocalSpark.Run form = LocalSpark.job("--input", in.toString(), "--output", dir.resolve("o4").toString(),
                "--output-format", "csv");
        assertEquals("medlint-spark: --output-format: unknown form 'csv'; use parquet or jsonl\n", form.err());

        LocalSpark.Run level = LocalSpark.job("--input", in.toString(), "--output", dir.resolve("o5").toString(),
                "--fail-on", "fatal");
        assertEquals(2, level.code());
        assertEquals("medlint-spark: --fail-on: unknown level 'fatal'; use error, warning, info or none\n",
                level.err());
    }

    @Test
    void failOnExitsWithOneOnlyWhenAFindingReachesTheLevel() throws IOException {
        // One post with an overclaim (an error) and nothing else at warning level but the statement warning.
        Path in = Files.writeString(dir.resolve("gate.jsonl"),
                "{\"id\": \"a.txt\", \"text\": \"Our thread lift gives guaranteed results.\"}\n");
        LocalSpark.Run none = LocalSpark.job("--input", in.toString(), "--output", dir.resolve("g1").toString());
        assertEquals(0, none.code(), none.out() + none.err());
        LocalSpark.Run error = LocalSpark.job("--input", in.toString(), "--output", dir.resolve("g2").toString(),
                "--fail-on", "error");
        assertEquals(1, error.code(), error.out() + error.err());
        assertTrue(error.out().contains("findings at or above error (--fail-on)"), error.out());

        Path clean = Files.writeString(dir.resolve("clean.jsonl"),
                "{\"id\": \"b.txt\", \"text\": \"The clinic is closed on public holidays.\"}\n");
        LocalSpark.Run passes = LocalSpark.job("--input", clean.toString(), "--output", dir.resolve("g3").toString(),
                "--fail-on", "error");
        assertEquals(0, passes.code(), passes.out() + passes.err());
    }
}

package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files medlint refuses: one line {@code medlint: file:line:col: reason}, exit 2, nothing checked. */
class RuleFileErrorsTest {
    @TempDir
    Path dir;

    Path article;
    String goodRules;

    @BeforeEach
    void setUp() throws IOException {
        article = Files.writeString(dir.resolve("post.md"), "We guarantee a natural result.\n");
        goodRules = Files.readString(Cli.testRules(), StandardCharsets.UTF_8);
    }

    private Path rules(String content) throws IOException {
        return Files.writeString(dir.resolve("rules.yaml"), content, StandardCharsets.UTF_8);
    }

    /** 1-based number of the first line containing {@code text}. */
    private static int lineOf(String content, String text) {
        List<String> lines = content.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not found");
    }

    private Cli.Result check(Path rules) {
        return Cli.run("check", "--no-builtin", "--rules", rules.toString(), article.toString());
    }

    private String display(Path p) {
        return p.toString().replace('\\', '/');
    }

    @Test
    void theTestPackItselfIsValid() throws IOException {
        Cli.Result r = check(rules(goodRules));
        assertEquals(1, r.code(), r::toString);
    }

    @Test
    void misspeltKeyGetsFileLineColumnAndSuggestion() throws IOException {
        String bad = goodRules.replaceFirst("    message:", "    mesage:");
        Path file = rules(bad);
        Cli.Result r = check(file);
        assertEquals(2, r.code(), r::toString);
        String line = r.oneErrorLine();
        int expectedLine = lineOf(bad, "mesage:");
        assertTrue(line.startsWith("medlint: " + display(file) + ":" + expectedLine + ":5: unknown key 'mesage'"),
                line);
        assertTrue(line.contains("did you mean 'message'"), line);
        assertEquals("", r.out(), "nothing is checked with a broken rule file");
    }

    @Test
    void invalidRegexGetsFileLineColumn() throws IOException {
        String bad = goodRules.replace("'\\bdiscount(s|ed)?\\b'", "'(abc'");
        assertTrue(bad.contains("regex: '(abc'"), "the test pack has the regex to break");
        Path file = rules(bad);
        Cli.Result r = check(file);
        assertEquals(2, r.code(), r::toString);
        String line = r.oneErrorLine();
        Matcher m = Pattern.compile("medlint: " + Pattern.quote(display(file))
                + ":(\\d+):(\\d+): invalid regular expression.*").matcher(line);
        assertTrue(m.matches(), line);
        assertEquals(lineOf(bad, "regex: '(abc'"), Integer.parseInt(m.group(1)), line);
        int valueColumn = bad.lines().toList().get(lineOf(bad, "(abc") - 1).indexOf("'(abc'") + 1;
        assertTrue(Integer.parseInt(m.group(2)) > valueColumn, "the column points into the pattern: " + line);
    }

    @Test
    void invalidYaml() throws IOException {
        Path file = rules("pack: x\nrules:\n  - id: a\n   title: [unclosed\n");
        Cli.Result r = check(file);
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.oneErrorLine().matches("medlint: " + Pattern.quote(display(file)) + ":\\d+:\\d+: invalid YAML.*"),
                r::toString);
    }

    @Test
    void tooFewExamples() throws IOException {
        String bad = goodRules.replace("        - Results are guaranteed.\n", "");
        Path file = rules(bad);
        Cli.Result r = check(file);
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.oneErrorLine().contains("needs at least 3 examples.flag"), r::toString);
    }

    @Test
    void missingRuleFile() {
        Path file = dir.resolve("nope.yaml");
        Cli.Result r = check(file);
        assertEquals(2, r.code(), r::toString);
        assertEquals("medlint: " + display(file) + ": no such rule file", r.oneErrorLine());
    }

    @Test
    void ruleFileThatIsAFolder() {
        Cli.Result r = check(dir);
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.oneErrorLine().contains("is a folder"), r::toString);
    }

    @Test
    void sameRuleIdInTwoRuleFiles() throws IOException {
        Path copy = Files.writeString(dir.resolve("copy.yaml"), goodRules.replace("pack: cli-test", "pack: other"));
        Cli.Result r = Cli.run("check", "--no-builtin", "--rules", Cli.testRules().toString(), "--rules",
                copy.toString(), article.toString());
        assertEquals(2, r.code(), r::toString);
        String line = r.oneErrorLine();
        assertTrue(line.startsWith("medlint: " + display(copy) + ": rule id 'test-guarantee' is already defined in "),
                line);
    }
}

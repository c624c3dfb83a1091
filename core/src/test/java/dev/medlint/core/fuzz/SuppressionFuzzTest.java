package dev.medlint.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.medlint.core.analysis.Suppressions;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Severity;
import dev.medlint.core.text.LineMap;
import dev.medlint.core.text.MarkdownExtractor;
import dev.medlint.core.text.TextView;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fuzzes the suppression parser: the input is the body of directive comments around a line with a finding. Whatever
 * the directives say, applying them ends normally, keeps or drops only the rules' findings it was given, and every
 * finding it adds about a directive lies inside the source.
 */
class SuppressionFuzzTest {
    private static final Set<String> RULES = Set.of("guarantee", "miracle", "statement");

    @FuzzTest
    void directives(byte[] input) {
        String body = new String(input, StandardCharsets.UTF_8);
        int split = body.indexOf('\u0000');
        String first = split < 0 ? body : body.substring(0, split);
        String second = split < 0 ? "" : body.substring(split + 1);
        String head = "<!-- " + first + " -->\nWe ";
        String middle = "guarantee results.\n<!-- " + second + " -->\nA ";
        String source = head + middle + "miracle.\n";
        TextView view = new MarkdownExtractor().extract(source);
        LineMap lines = new LineMap(source);
        List<Finding> findings = new ArrayList<>();
        findings.add(finding(lines, "guarantee", head.length(), Severity.ERROR));
        findings.add(finding(lines, "miracle", head.length() + middle.length(), Severity.WARNING));
        List<Finding> out = Suppressions.apply("fuzz.md", source, view, lines, findings, RULES,
                Suppressions.Settings.of(RULES));
        for (Finding f : out) {
            if (RULES.contains(f.ruleId())) {
                assertTrue(findings.contains(f), "a rule's finding is one of those given: " + f);
            } else {
                assertTrue(Suppressions.ENGINE_RULES.contains(f.ruleId()), "an engine finding: " + f);
                assertTrue(f.line() >= 1 && f.line() <= lines.lineCount(), "line inside the source: " + f);
                if (f.offset() >= 0) {
                    assertTrue(f.offset() <= f.endOffset() && f.endOffset() <= source.length(), "span: " + f);
                    assertEquals(lines.position(f.offset()).line(), f.line(), "line of the offset: " + f);
                }
            }
        }
    }

    private static Finding finding(LineMap lines, String word, int at, Severity severity) {
        LineMap.Position s = lines.position(at);
        LineMap.Position e = lines.position(at + word.length());
        return new Finding("fuzz.md", word, "guarantee", severity, s.line(), s.column(), e.line(), e.column(), "m",
                "law", word, "s", at, at + word.length(), "test", severity == Severity.ERROR);
    }
}

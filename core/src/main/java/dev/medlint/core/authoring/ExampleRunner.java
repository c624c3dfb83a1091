package dev.medlint.core.authoring;

import dev.medlint.core.analysis.Linter;
import dev.medlint.core.report.AnalyzedSentence;
import dev.medlint.core.report.ExampleOutcome;

import dev.medlint.core.report.Finding;
import dev.medlint.core.rule.Example;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.source.Format;
import dev.medlint.core.text.LineMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a rule's own examples: every {@code flag} text must produce the rule's finding (on the given match, when one
 * is given) and every {@code pass} text must not. Each example is checked with that rule alone, as plain text. A
 * failed example carries what was expected, what was found, why (in words), and the sentences, tokens, POS tags and
 * lemmas the rule's language analyzer produced for it, so a rule author can see what the rule saw.
 */
public final class ExampleRunner {
    /**
     * The outcome of one example.
     *
     * @param expected  what the example expects, e.g. "a finding on 'guarantees' at 1:14-1:24", or "no finding"
     * @param why       for a failure: why the rule did or did not fire, in words
     * @param sentences for a failure: the analyzer's sentences, tokens, tags and lemmas of the example
     */
    public record Result(Rule rule, Example example, boolean shouldFlag, List<Finding> findings, String failure,
            String expected, List<String> why, List<AnalyzedSentence> sentences) {
        public Result {
            findings = List.copyOf(findings);
            why = List.copyOf(why);
            sentences = List.copyOf(sentences);
        }

        public Result(Rule rule, Example example, boolean shouldFlag, List<Finding> findings, String failure) {
            this(rule, example, shouldFlag, findings, failure, shouldFlag ? "a finding" : "no finding", List.of(),
                    List.of());
        }

        public boolean passed() {
            return failure == null;
        }

        /** The file that holds the example (an extension may add examples to a rule of another file). */
        public String file() {
            return rule.meta().fileOf(example);
        }

        /** What the rule found: "no finding", or each finding's match and span. */
        public String actual() {
            if (findings.isEmpty()) {
                return "no finding";
            }
            List<String> parts = new ArrayList<>();
            for (Finding f : findings) {
                parts.add(f.isDocumentLevel() ? "a finding on the whole text"
                        : "a finding on '" + f.match() + "' at " + span(f.line(), f.column(), f.endLine(),
                                f.endColumn()));
            }
            return String.join("; ", parts);
        }
    }

    public List<Result> run(Rule rule) {
        Linter linter = Linter.of(List.of(rule)).withThreads(1);
        List<Result> results = new ArrayList<>();
        for (Example e : rule.meta().flagExamples()) {
            List<Finding> found = linter.checkText("example", Format.TEXT, e.text());
            String failure = null;
            if (found.isEmpty()) {
                failure = "expected a finding but the rule did not fire";
            } else if (e.match() != null && found.stream().noneMatch(f -> f.match().equals(e.match()))) {
                failure = "expected the match '" + e.match() + "' but found "
                        + found.stream().map(f -> "'" + f.match() + "'").toList();
            }
            String expected = expected(e);
            if (failure == null) {
                results.add(new Result(rule, e, true, found, null, expected, List.of(), List.of()));
            } else {
                List<String> why = found.isEmpty() ? rule.whyNoFinding(e.text())
                        : rule.whyFinding(e.text(), matches(found));
                results.add(new Result(rule, e, true, found, failure, expected, why,
                        TextAnalysis.analyze(e.text(), Format.TEXT, rule.language())));
            }
        }
        for (Example e : rule.meta().passExamples()) {
            List<Finding> found = linter.checkText("example", Format.TEXT, e.text());
            if (found.isEmpty()) {
                results.add(new Result(rule, e, false, found, null, "no finding", List.of(), List.of()));
            } else {
                String failure = "expected no finding but the rule matched "
                        + found.stream().map(f -> f.match().isEmpty() ? "(the whole text)" : "'" + f.match() + "'")
                        .toList();
                results.add(new Result(rule, e, false, found, failure, "no finding",
                        rule.whyFinding(e.text(), matches(found)),
                        TextAnalysis.analyze(e.text(), Format.TEXT, rule.language())));
            }
        }
        return results;
    }

    /** The outcome as a report records it. */
    public static ExampleOutcome outcome(Result r) {
        return new ExampleOutcome(r.rule().id(), r.file(), r.example().line(), r.example().text(), r.shouldFlag(),
                r.failure(), r.expected(), r.actual(), r.why(), r.sentences());
    }

    public List<Result> runAll(List<Rule> rules) {
        List<Result> all = new ArrayList<>();
        rules.forEach(r -> all.addAll(run(r)));
        return all;
    }

    private static List<String> matches(List<Finding> found) {
        return found.stream().filter(f -> !f.isDocumentLevel()).map(f -> "'" + f.match() + "'").toList();
    }

    private static String expected(Example e) {
        if (e.match() == null) {
            return "a finding";
        }
        int at = e.text().indexOf(e.match());
        LineMap lines = new LineMap(e.text());
        LineMap.Position start = lines.position(at);
        LineMap.Position end = lines.position(at + e.match().length());
        return "a finding on '" + e.match() + "' at " + span(start.line(), start.column(), end.line(), end.column());
    }

    private static String span(int line, int column, int endLine, int endColumn) {
        return line + ":" + column + "-" + (endLine == line ? "" : endLine + ":") + endColumn;
    }
}

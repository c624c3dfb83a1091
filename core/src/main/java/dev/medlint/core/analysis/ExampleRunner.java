package dev.medlint.core.analysis;

import dev.medlint.core.report.Finding;
import dev.medlint.core.rule.Example;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.source.Format;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a rule's own examples: every {@code flag} text must produce the rule's finding (on the given match, when one
 * is given) and every {@code pass} text must not. Each example is checked with that rule alone, as plain text.
 */
public final class ExampleRunner {
    /** The outcome of one example. */
    public record Result(Rule rule, Example example, boolean shouldFlag, List<Finding> findings, String failure) {
        public boolean passed() {
            return failure == null;
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
            results.add(new Result(rule, e, true, found, failure));
        }
        for (Example e : rule.meta().passExamples()) {
            List<Finding> found = linter.checkText("example", Format.TEXT, e.text());
            String failure = found.isEmpty() ? null : "expected no finding but the rule matched "
                    + found.stream().map(f -> f.match().isEmpty() ? "(the whole text)" : "'" + f.match() + "'")
                    .toList();
            results.add(new Result(rule, e, false, found, failure));
        }
        return results;
    }

    public List<Result> runAll(List<Rule> rules) {
        List<Result> all = new ArrayList<>();
        rules.forEach(r -> all.addAll(run(r)));
        return all;
    }
}

package dev.medlint.core.api;

import dev.medlint.core.report.ExampleOutcome;
import java.util.List;

/**
 * The outcome of running rules' examples ({@code rules test}): per rule tested, in order, how each example behaved;
 * and how many rules were not tested because the configuration turns them off.
 */
public record ExampleRun(List<RuleExamples> rules, int skippedOff) {
    public ExampleRun {
        rules = List.copyOf(rules);
    }

    /** The examples of one rule. */
    public record RuleExamples(String ruleId, List<ExampleOutcome> outcomes) {
        public RuleExamples {
            outcomes = List.copyOf(outcomes);
        }

        public List<ExampleOutcome> failed() {
            return outcomes.stream().filter(o -> !o.passed()).toList();
        }
    }

    public long examples() {
        return rules.stream().mapToLong(r -> r.outcomes().size()).sum();
    }

    public long failures() {
        return rules.stream().mapToLong(r -> r.failed().size()).sum();
    }
}

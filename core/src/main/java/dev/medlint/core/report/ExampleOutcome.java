package dev.medlint.core.report;

import java.util.List;

/**
 * How one example of a rule behaved ({@code rules test}).
 *
 * @param shouldFlag whether it is a {@code flag} example (else {@code pass})
 * @param failure    why it failed, or null when it behaved
 * @param expected   what it expects, e.g. "a finding on 'guarantees' at 1:14-24", or "no finding"
 * @param actual     what the rule found, in the same words
 * @param why        for a failure: why the rule did or did not fire, in words
 * @param sentences  for a failure: the analyzer's sentences, tokens, tags and lemmas of the example
 */
public record ExampleOutcome(String ruleId, String file, int line, String text, boolean shouldFlag, String failure,
        String expected, String actual, List<String> why, List<AnalyzedSentence> sentences) {
    public ExampleOutcome {
        why = List.copyOf(why);
        sentences = List.copyOf(sentences);
    }

    public boolean passed() {
        return failure == null;
    }
}

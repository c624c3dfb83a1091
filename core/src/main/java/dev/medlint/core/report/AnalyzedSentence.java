package dev.medlint.core.report;

import java.util.List;

/**
 * A sentence as the analyzer detected it, with its line and column in the source and its tokens, for people who
 * want to know why a rule did or did not fire ({@code medlint analyze}, {@code medlint rules test}).
 */
public record AnalyzedSentence(String text, int line, int column, String language, List<Token> tokens) {
    public AnalyzedSentence {
        tokens = List.copyOf(tokens);
    }

    /** A token: its text, its part-of-speech tag, its lemma and its 1-based line and column in the source. */
    public record Token(String text, String tag, String lemma, int line, int column) {
    }

    /** Tokens on one line as {@code text/TAG/lemma}, the compact form used in diagnostics. */
    public String compact() {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (b.length() > 0) {
                b.append("  ");
            }
            b.append(t.text()).append('/').append(t.tag()).append('/').append(t.lemma());
        }
        return b.toString();
    }
}

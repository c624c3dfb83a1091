package dev.medlint.cli;

import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Report;
import dev.medlint.core.report.TextReporter;
import dev.medlint.core.rule.Severity;
import java.util.function.Predicate;

/**
 * The text report in the words of {@link TextReporter} (each finding as the core formats it, then the core's summary
 * line), with two things only a terminal front end wants: leaving out findings (for {@code --quiet}) and colouring
 * the severity word of each finding's header line.
 */
final class TextOutput {
    static final String RESET = "\u001B[0m";
    static final String RED = "\u001B[31m";
    static final String YELLOW = "\u001B[33m";
    static final String CYAN = "\u001B[36m";

    private TextOutput() {
    }

    /**
     * @param show   which findings to list (the summary still counts all)
     * @param colour whether to colour severity words with ANSI escapes
     */
    static String render(Report report, Predicate<Finding> show, boolean colour) {
        StringBuilder out = new StringBuilder();
        for (Finding f : report.findings()) {
            if (show.test(f)) {
                String text = TextReporter.finding(report, f);
                out.append(colour ? colourHeader(f, text) : text);
            }
        }
        return out.append(TextReporter.summary(report)).append('\n').toString();
    }

    /** The finding's text with the severity word after {@code path:line:col: } on its first line coloured. */
    private static String colourHeader(Finding f, String text) {
        int at = TextReporter.location(f).length();
        String label = f.severity().label();
        return text.substring(0, at) + colour(f.severity()) + label + RESET + text.substring(at + label.length());
    }

    static String colour(Severity s) {
        return switch (s) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }
}

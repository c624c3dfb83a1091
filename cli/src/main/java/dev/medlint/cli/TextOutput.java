package dev.medlint.cli;

import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Report;
import dev.medlint.core.report.TextReporter;
import dev.medlint.core.rule.Severity;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

/**
 * The text report as {@link TextReporter} writes it, with two things only a terminal front end wants: leaving out
 * findings (for {@code --quiet}) and colouring the severity word. It follows the reporter's output line by line,
 * recognising each finding's header line ({@code path:line:col: severity [rule-id] }) in report order; the lines after
 * a header (the excerpt and carets) belong to that finding, and the last line is the summary, always kept as is. If
 * the reporter's layout ever changed, lines it cannot place pass through unchanged.
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
    static String render(Report report, Predicate<Finding> show, boolean colour) throws IOException {
        StringBuilder raw = new StringBuilder();
        new TextReporter().write(report, raw);
        List<Finding> findings = report.findings();
        boolean showAll = findings.stream().allMatch(show);
        if (showAll && !colour) {
            return raw.toString();
        }
        String[] lines = raw.toString().split("\n", -1);
        // The reporter ends every line with '\n', so the last piece is empty and the one before is the summary.
        int end = lines.length;
        if (end > 0 && lines[end - 1].isEmpty()) {
            end--;
        }
        int summary = end - 1;
        StringBuilder out = new StringBuilder(raw.length() + 64);
        int next = 0;
        Finding current = null;
        for (int i = 0; i < end; i++) {
            String line = lines[i];
            if (i == summary) {
                out.append(line).append('\n');
                continue;
            }
            if (next < findings.size() && line.startsWith(header(findings.get(next)))) {
                current = findings.get(next++);
                if (show.test(current)) {
                    out.append(colour ? colourHeader(current, line) : line).append('\n');
                }
            } else if (current == null || show.test(current)) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String location(Finding f) {
        return f.path() + ":" + f.line() + ":" + f.column() + ": ";
    }

    private static String header(Finding f) {
        return location(f) + f.severity().label() + " [" + f.ruleId() + "] ";
    }

    private static String colourHeader(Finding f, String line) {
        int at = location(f).length();
        String label = f.severity().label();
        return line.substring(0, at) + colour(f.severity()) + label + RESET + line.substring(at + label.length());
    }

    static String colour(Severity s) {
        return switch (s) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }
}

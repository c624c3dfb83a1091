package dev.medlint.maven;

import dev.medlint.core.config.ConfiguredLinter;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Report;
import dev.medlint.core.report.TextReporter;
import dev.medlint.core.rule.Severity;
import dev.medlint.core.source.InputException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.logging.Log;

/**
 * Writes a report to Maven's log in the words of {@link TextReporter}, so the build log reads like the output of
 * {@code medlint check}: each finding as {@code path:line:col: severity [rule-id] message} with its source line and
 * carets, at the log level of its severity. Findings are formatted by the core reporter, not here.
 */
final class ReportLog {
    private ReportLog() {
    }

    /** One log call per finding (header, source line and carets together), so parallel builds do not split it. */
    static void findings(Log log, Report report) {
        for (Finding f : report.findings()) {
            String text = TextReporter.finding(report, f);
            text = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            switch (f.severity()) {
                case ERROR -> log.error(text);
                case WARNING -> log.warn(text);
                case INFO -> log.info(text);
            }
        }
    }

    /** Inputs that could not be checked, as errors: {@code path[:line:col]: reason}. */
    static void problems(Log log, Report report) {
        for (InputException p : report.problems()) {
            log.error(p.getMessage());
        }
    }

    /**
     * Why the build fails, e.g. "3 errors in 2 articles" or "2 errors and 1 warning in 2 articles; 1 file could not
     * be checked": the findings at or above their fail level and the unreadable inputs; "" when it passes.
     */
    static String failure(ConfiguredLinter.Result result) {
        Report report = result.report();
        StringBuilder b = new StringBuilder();
        if (result.fails()) {
            Map<Severity, Long> counts = new EnumMap<>(Severity.class);
            Set<String> articles = new LinkedHashSet<>();
            for (Finding f : report.findings()) {
                if (result.counts(f)) {
                    counts.merge(f.severity(), 1L, Long::sum);
                    articles.add(f.path());
                }
            }
            List<String> parts = counts.entrySet().stream()
                    .map(e -> plural(e.getValue(), e.getKey().label())).toList();
            b.append(joinAnd(parts)).append(" in ").append(plural(articles.size(), "article"));
        }
        int problems = report.problems().size();
        if (problems > 0) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(plural(problems, "file")).append(" could not be checked");
        }
        return b.toString();
    }

    private static String joinAnd(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

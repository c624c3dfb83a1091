package dev.medlint.maven;

import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Report;
import dev.medlint.core.report.TextReporter;
import dev.medlint.core.rule.Severity;
import dev.medlint.core.source.InputException;
import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.logging.Log;

/**
 * Writes a report to Maven's log in the words of {@link TextReporter}, so the build log reads like the output of
 * {@code medlint check}: each finding as {@code path:line:col: severity [rule-id] message} with its source line and
 * carets, at the log level of its severity, then the summary line. Nothing is formatted here: the text comes from the
 * core reporter.
 */
final class ReportLog {
    private ReportLog() {
    }

    /** One log call per finding (header, source line and carets together), so parallel builds do not split it. */
    static void findings(Log log, Report report) {
        for (Finding f : report.findings()) {
            Map<Integer, String> lines = report.excerpts().get(f.path());
            Report one = new Report(0, List.of(f), List.of(), lines == null ? Map.of() : Map.of(f.path(), lines));
            String text = withoutLastLine(render(one));
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

    /** The text report, as {@code medlint check --format text} prints it. */
    static String render(Report report) {
        StringBuilder b = new StringBuilder();
        try {
            new TextReporter().write(report, b);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringBuilder does not throw
        }
        return b.toString();
    }

    /** The reporter's summary line, e.g. "6 errors, 2 warnings, 0 infos in 3 of 4 articles.": its last line. */
    static String summary(String rendered) {
        String text = rendered.stripTrailing();
        return text.substring(text.lastIndexOf('\n') + 1);
    }

    /**
     * Why the build fails, e.g. "3 errors in 2 articles" or "2 errors and 1 warning in 2 articles; 1 file could not
     * be checked": the findings at or above the threshold (null: none count) and the unreadable inputs.
     */
    static String failure(Report report, Severity threshold) {
        StringBuilder b = new StringBuilder();
        if (threshold != null && report.failsAt(threshold)) {
            Map<Severity, Long> counts = new EnumMap<>(Severity.class);
            Set<String> articles = new LinkedHashSet<>();
            for (Finding f : report.findings()) {
                if (f.severity().atLeast(threshold)) {
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

    private static String withoutLastLine(String rendered) {
        String text = rendered.stripTrailing();
        int cut = text.lastIndexOf('\n');
        return cut < 0 ? "" : text.substring(0, cut);
    }
}

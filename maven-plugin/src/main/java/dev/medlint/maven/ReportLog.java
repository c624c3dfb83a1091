package dev.medlint.maven;

import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Problem;
import dev.medlint.core.report.Report;
import dev.medlint.core.report.TextReporter;
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
        for (Problem p : report.problems()) {
            log.error(p.message());
        }
    }
}

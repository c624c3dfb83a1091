package dev.medlint.core.report;

import dev.medlint.core.rule.Severity;
import java.io.IOException;

/**
 * Compiler-style text: {@code path:line:col: severity [rule-id] message}, then the source line with carets under
 * the span, then one summary line.
 */
public final class TextReporter implements Reporter {
    @Override
    public void write(Report report, Appendable out) throws IOException {
        for (Finding f : report.findings()) {
            writeFinding(report, f, out);
        }
        out.append(summary(report)).append('\n');
    }

    /**
     * One finding as {@link #write} prints it: the header {@code path:line:col: severity [rule-id] message}, then, for
     * a finding in the text whose line the report quotes, the source line and the carets under the span. Every line
     * ends with {@code '\n'}; the header is always the first line and starts with {@link #location(Finding)}.
     */
    public static String finding(Report report, Finding f) {
        StringBuilder b = new StringBuilder();
        try {
            writeFinding(report, f, b);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringBuilder does not throw
        }
        return b.toString();
    }

    /** The start of a finding's header line: {@code path:line:col: }, after which comes the severity word. */
    public static String location(Finding f) {
        return f.path() + ":" + f.line() + ":" + f.column() + ": ";
    }

    private static void writeFinding(Report report, Finding f, Appendable out) throws IOException {
        out.append(location(f)).append(f.severity().label()).append(" [").append(f.ruleId()).append("] ")
                .append(f.message()).append('\n');
        String source = f.isDocumentLevel() ? null : report.excerpt(f.path(), f.line());
        if (source != null) {
            excerpt(f, source, out);
        }
    }

    private static void excerpt(Finding f, String source, Appendable out) throws IOException {
        String gutter = String.valueOf(f.line());
        out.append("  ").append(gutter).append(" | ").append(source).append('\n');
        out.append("  ").append(" ".repeat(gutter.length())).append(" | ");
        StringBuilder pad = new StringBuilder();
        int cp = 1;
        int i = 0;
        while (i < source.length() && cp < f.column()) {
            int c = source.codePointAt(i);
            pad.append(c == '\t' ? "\t" : isWide(c) ? "  " : " ");
            i += Character.charCount(c);
            cp++;
        }
        int width = 0;
        int endCp = f.endLine() == f.line() ? f.endColumn() : source.codePointCount(0, source.length()) + 1;
        while (i < source.length() && cp < endCp) {
            int c = source.codePointAt(i);
            width += isWide(c) ? 2 : 1;
            i += Character.charCount(c);
            cp++;
        }
        out.append(pad).append("^".repeat(Math.max(1, width))).append('\n');
    }

    /** East Asian wide characters take two columns on a terminal, so the carets stay under their text. */
    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x20000 && c <= 0x3FFFD);
    }

    /**
     * The last line of the text report (without its line break): "No problems found in 3 articles." or the counts
     * by severity, e.g. "3 errors, 2 warnings in 2 of 3 articles.". Input problems are not counted here.
     */
    public static String summary(Report report) {
        int files = report.filesChecked();
        String articles = files + (files == 1 ? " article" : " articles");
        if (report.findings().isEmpty()) {
            return "No problems found in " + articles + ".";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = report.count(s);
            if (n > 0) {
                parts.add(plural(n, s.label()));
            }
        }
        return String.join(", ", parts) + " in " + report.filesWithFindings() + " of " + articles + ".";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

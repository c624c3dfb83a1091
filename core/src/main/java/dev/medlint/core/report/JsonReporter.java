package dev.medlint.core.report;

import dev.medlint.core.rule.Severity;
import dev.medlint.core.source.InputException;
import java.io.IOException;

/** The JSON report documented in the README: one object with {@code findings}, {@code errors} and a summary. */
public final class JsonReporter implements Reporter {
    @Override
    public void write(Report report, Appendable out) throws IOException {
        out.append("{\n  \"files\": ").append(String.valueOf(report.filesChecked())).append(",\n");
        out.append("  \"summary\": {\"error\": ").append(String.valueOf(report.count(Severity.ERROR)))
                .append(", \"warning\": ").append(String.valueOf(report.count(Severity.WARNING)))
                .append(", \"info\": ").append(String.valueOf(report.count(Severity.INFO))).append("},\n");
        out.append("  \"findings\": [");
        boolean first = true;
        for (Finding f : report.findings()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            out.append("    {");
            field(out, "path", f.path(), true);
            field(out, "ruleId", f.ruleId(), false);
            field(out, "category", f.category(), false);
            field(out, "severity", f.severity().label(), false);
            number(out, "line", f.line());
            number(out, "column", f.column());
            number(out, "endLine", f.endLine());
            number(out, "endColumn", f.endColumn());
            field(out, "message", f.message(), false);
            field(out, "law", f.law(), false);
            field(out, "match", f.match(), false);
            field(out, "suggestion", f.suggestion(), false);
            out.append('}');
        }
        out.append(first ? "],\n" : "\n  ],\n");
        out.append("  \"errors\": [");
        first = true;
        for (InputException e : report.problems()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            out.append("    {");
            field(out, "path", e.path(), true);
            number(out, "line", e.line());
            number(out, "column", e.column());
            field(out, "message", e.reason(), false);
            out.append('}');
        }
        out.append(first ? "]\n" : "\n  ]\n").append("}\n");
    }

    private static void field(Appendable out, String name, String value, boolean first) throws IOException {
        if (!first) {
            out.append(", ");
        }
        out.append('"').append(name).append("\": ").append(quote(value));
    }

    private static void number(Appendable out, String name, int value) throws IOException {
        out.append(", \"").append(name).append("\": ").append(String.valueOf(value));
    }

    /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
    public static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

package dev.medlint.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * reviewdog's diagnostic format, one JSON object a line ({@code reviewdog -f=rdjsonl}): message, location with a
 * range whose columns are UTF-8 byte offsets (1-based, as reviewdog counts them), severity, the rule as code, and
 * the finding's law. medlint's suggestions are advice to the author, not replacement text, so no diagnostic carries
 * reviewdog {@code suggestions}: applying one would write the advice into the article.
 */
public final class RdjsonlReporter implements Reporter {

    @Override
    public String name() {
        return "rdjsonl";
    }

    @Override
    public String fileExtension() {
        return "jsonl";
    }

    @Override
    public void write(Report report, ReportSettings settings, Appendable out) throws IOException {
        for (Finding f : report.findings()) {
            if (settings.onlyFailing() && !f.failing()) {
                continue;
            }
            ObjectNode d = Json.MAPPER.createObjectNode();
            d.put("message", f.message() + (f.law().isEmpty() ? "" : " (" + f.law() + ")"));
            ObjectNode location = d.putObject("location");
            location.put("path", f.path());
            ObjectNode range = location.putObject("range");
            range.putObject("start").put("line", f.line())
                    .put("column", byteColumn(report.excerpt(f.path(), f.line()), f.column()));
            if (!f.isDocumentLevel()) {
                range.putObject("end").put("line", f.endLine())
                        .put("column", byteColumn(report.excerpt(f.path(), f.endLine()), f.endColumn()));
            }
            d.put("severity", switch (f.severity()) {
                case ERROR -> "ERROR";
                case WARNING -> "WARNING";
                case INFO -> "INFO";
            });
            d.putObject("source").put("name", Tool.NAME);
            d.putObject("code").put("value", f.ruleId());
            out.append(Json.MAPPER.writeValueAsString(d)).append('\n');
        }
        for (Problem p : report.problems()) {
            ObjectNode d = Json.MAPPER.createObjectNode();
            d.put("message", "cannot check: " + p.reason());
            ObjectNode location = d.putObject("location");
            location.put("path", p.path());
            if (p.line() > 0) {
                location.putObject("range").putObject("start").put("line", p.line()).put("column", p.column());
            }
            d.put("severity", "ERROR");
            d.putObject("source").put("name", Tool.NAME);
            d.putObject("code").put("value", "input");
            out.append(Json.MAPPER.writeValueAsString(d)).append('\n');
        }
    }

    /**
     * The 1-based UTF-8 byte column of a 1-based code-point column in a line; the code-point column itself when
     * the line is not known.
     */
    static int byteColumn(String line, int codePointColumn) {
        if (line == null || codePointColumn <= 1) {
            return codePointColumn;
        }
        int count = codePointColumn - 1;
        int end = line.offsetByCodePoints(0, Math.min(count, line.codePointCount(0, line.length())));
        return line.substring(0, end).getBytes(StandardCharsets.UTF_8).length + 1
                + Math.max(0, count - line.codePointCount(0, line.length()));
    }

    /** Jackson is set up on first write, not when the registry of formats is built (start-up of a text run). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}

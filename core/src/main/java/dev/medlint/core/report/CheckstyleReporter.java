package dev.medlint.core.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Checkstyle's XML report, as maven-checkstyle-plugin, Jenkins' warnings plugin and reviewdog ({@code -f=checkstyle})
 * read it: one {@code <file>} per checked article, clean ones too, one {@code <error>} per finding with line, column
 * (code points), severity, message and {@code medlint.RULE} as source. Inputs that could not be checked are files
 * with one error from {@code medlint.input}.
 */
public final class CheckstyleReporter implements Reporter {
    @Override
    public String name() {
        return "checkstyle";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public void write(Report report, ReportSettings settings, Appendable out) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        report.files().forEach(f -> byFile.put(f.path(), new ArrayList<>()));
        for (Finding f : report.findings()) {
            if (!settings.onlyFailing() || f.failing()) {
                byFile.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, List<Problem>> problems = new LinkedHashMap<>();
        report.problems().forEach(p -> problems.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(p));
        out.append(Xml.document(w -> {
            w.writeStartElement("checkstyle");
            Xml.attribute(w, "version", "8.0");
            for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
                file(w, e.getKey());
                for (Finding f : e.getValue()) {
                    error(w, f.line(), f.isDocumentLevel() ? 0 : f.column(), f.severity().label(), f.message(),
                            "medlint." + f.ruleId());
                }
                end(w);
            }
            for (Map.Entry<String, List<Problem>> e : problems.entrySet()) {
                file(w, e.getKey());
                for (Problem p : e.getValue()) {
                    error(w, p.line(), p.column(), "error", p.reason(), "medlint.input");
                }
                end(w);
            }
            w.writeCharacters("\n");
            w.writeEndElement();
        }));
    }

    private static void file(XMLStreamWriter w, String path) throws XMLStreamException {
        w.writeCharacters("\n  ");
        w.writeStartElement("file");
        Xml.attribute(w, "name", path);
    }

    private static void end(XMLStreamWriter w) throws XMLStreamException {
        w.writeCharacters("\n  ");
        w.writeEndElement();
    }

    private static void error(XMLStreamWriter w, int line, int column, String severity, String message,
            String source) throws XMLStreamException {
        w.writeCharacters("\n    ");
        w.writeEmptyElement("error");
        Xml.attribute(w, "line", Math.max(line, 1));
        if (column > 0) {
            Xml.attribute(w, "column", column);
        }
        Xml.attribute(w, "severity", severity);
        Xml.attribute(w, "message", message);
        Xml.attribute(w, "source", source);
    }
}

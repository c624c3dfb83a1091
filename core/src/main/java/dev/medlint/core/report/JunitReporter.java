package dev.medlint.core.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Surefire writes it and CI systems read it: one {@code <testsuite>} per article, one {@code
 * <testcase>} per rule that ran, a {@code <failure>} for each finding at or above the fail level (findings below it
 * are listed in the test case's {@code <system-out>}), and an {@code <error>} test case for an input that could not
 * be checked. So a CI page says "12 articles, 3 failed".
 */
public final class JunitReporter implements Reporter {
    @Override
    public String name() {
        return "junit";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public void write(Report report, ReportSettings settings, Appendable out) throws IOException {
        Set<String> ruleIds = new LinkedHashSet<>();
        report.rules().stream().filter(r -> !r.isOff()).forEach(r -> ruleIds.add(r.id()));
        report.findings().forEach(f -> ruleIds.add(f.ruleId()));
        Map<String, Map<String, List<Finding>>> byFile = new LinkedHashMap<>();
        for (CheckedFile file : report.files()) {
            Map<String, List<Finding>> cases = new LinkedHashMap<>();
            ruleIds.forEach(id -> cases.put(id, new ArrayList<>()));
            byFile.put(file.path(), cases);
        }
        for (Finding f : report.findings()) {
            byFile.computeIfAbsent(f.path(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
        }
        long failures = report.findings().stream().filter(Finding::failing).map(f -> f.path() + "\0" + f.ruleId())
                .distinct().count();
        long tests = byFile.values().stream().mapToLong(Map::size).sum() + report.problems().size();
        out.append(Xml.document(w -> {
            w.writeStartElement("testsuites");
            Xml.attribute(w, "name", Tool.NAME);
            Xml.attribute(w, "tests", tests);
            Xml.attribute(w, "failures", failures);
            Xml.attribute(w, "errors", report.problems().size());
            for (Map.Entry<String, Map<String, List<Finding>>> e : byFile.entrySet()) {
                suite(w, e.getKey(), e.getValue());
            }
            for (Problem p : report.problems()) {
                w.writeCharacters("\n  ");
                w.writeStartElement("testsuite");
                Xml.attribute(w, "name", p.path());
                Xml.attribute(w, "tests", 1);
                Xml.attribute(w, "failures", 0);
                Xml.attribute(w, "errors", 1);
                Xml.attribute(w, "skipped", 0);
                w.writeCharacters("\n    ");
                w.writeStartElement("testcase");
                Xml.attribute(w, "classname", p.path());
                Xml.attribute(w, "name", "readable");
                w.writeStartElement("error");
                Xml.attribute(w, "type", "input");
                Xml.attribute(w, "message", p.reason());
                w.writeCharacters(Xml.clean(p.message()));
                w.writeEndElement();
                w.writeEndElement();
                w.writeCharacters("\n  ");
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
        }));
    }

    private static void suite(XMLStreamWriter w, String path, Map<String, List<Finding>> cases)
            throws XMLStreamException {
        long failed = cases.values().stream().filter(l -> l.stream().anyMatch(Finding::failing)).count();
        w.writeCharacters("\n  ");
        w.writeStartElement("testsuite");
        Xml.attribute(w, "name", path);
        Xml.attribute(w, "tests", cases.size());
        Xml.attribute(w, "failures", failed);
        Xml.attribute(w, "errors", 0);
        Xml.attribute(w, "skipped", 0);
        for (Map.Entry<String, List<Finding>> c : cases.entrySet()) {
            w.writeCharacters("\n    ");
            List<Finding> failing = c.getValue().stream().filter(Finding::failing).toList();
            List<Finding> other = c.getValue().stream().filter(f -> !f.failing()).toList();
            if (failing.isEmpty() && other.isEmpty()) {
                w.writeEmptyElement("testcase");
            } else {
                w.writeStartElement("testcase");
            }
            Xml.attribute(w, "classname", path);
            Xml.attribute(w, "name", c.getKey());
            Xml.attribute(w, "time", "0");
            if (failing.isEmpty() && other.isEmpty()) {
                continue;
            }
            for (Finding f : failing) {
                w.writeCharacters("\n      ");
                w.writeStartElement("failure");
                Xml.attribute(w, "type", f.severity().label());
                Xml.attribute(w, "message", location(f) + " " + f.message());
                w.writeCharacters(Xml.clean(detail(f)));
                w.writeEndElement();
            }
            if (!other.isEmpty()) {
                StringBuilder b = new StringBuilder();
                other.forEach(f -> b.append(f.severity().label()).append(' ').append(location(f)).append(' ')
                        .append(f.message()).append('\n'));
                w.writeCharacters("\n      ");
                w.writeStartElement("system-out");
                w.writeCharacters(Xml.clean(b.toString()));
                w.writeEndElement();
            }
            w.writeCharacters("\n    ");
            w.writeEndElement();
        }
        w.writeCharacters("\n  ");
        w.writeEndElement();
    }

    private static String location(Finding f) {
        return f.path() + ":" + f.line() + ":" + f.column() + ":";
    }

    private static String detail(Finding f) {
        StringBuilder b = new StringBuilder(location(f)).append(' ').append(f.severity().label()).append(" [")
                .append(f.ruleId()).append("] ").append(f.message());
        if (!f.law().isEmpty()) {
            b.append("\nLaw: ").append(f.law());
        }
        if (!f.suggestion().isEmpty()) {
            b.append("\nSuggestion: ").append(f.suggestion());
        }
        return b.toString();
    }
}

package dev.medlint.core.report;

import dev.medlint.core.source.InputException;
import dev.medlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a run: how many articles were checked, the findings in order, the inputs that failed, and the
 * source lines the findings point at (so reporters can quote them without reading files again).
 */
public record Report(int filesChecked, List<Finding> findings, List<InputException> problems,
        Map<String, Map<Integer, String>> excerpts) {
    public Report {
        excerpts = Map.copyOf(excerpts);
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        findings = List.copyOf(sorted);
        List<InputException> p = new ArrayList<>(problems);
        p.sort(Comparator.comparing(InputException::path).thenComparingInt(InputException::line));
        problems = List.copyOf(p);
    }

    /**
     * One report from several (parts of one run, e.g. standard input and files, or files checked with different
     * rules): the counts added up, the findings, problems and quoted lines of all. Two parts quoting lines of the same
     * path keep the lines of both.
     */
    public static Report merge(List<Report> parts) {
        int files = 0;
        List<Finding> findings = new ArrayList<>();
        List<InputException> problems = new ArrayList<>();
        Map<String, Map<Integer, String>> excerpts = new LinkedHashMap<>();
        for (Report r : parts) {
            files += r.filesChecked();
            findings.addAll(r.findings());
            problems.addAll(r.problems());
            r.excerpts().forEach((path, lines) -> excerpts.merge(path, lines, (a, b) -> {
                Map<Integer, String> both = new HashMap<>(a);
                both.putAll(b);
                return both;
            }));
        }
        return new Report(files, findings, problems, excerpts);
    }

    /** The text of a line a finding points at, or null. */
    public String excerpt(String path, int line) {
        Map<Integer, String> lines = excerpts.get(path);
        return lines == null ? null : lines.get(line);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long filesWithFindings() {
        return findings.stream().map(Finding::path).distinct().count();
    }
}

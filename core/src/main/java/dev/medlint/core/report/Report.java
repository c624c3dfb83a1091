package dev.medlint.core.report;

import dev.medlint.core.source.InputException;
import dev.medlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** The text of a line a finding points at, or null. */
    public String excerpt(String path, int line) {
        Map<Integer, String> lines = excerpts.get(path);
        return lines == null ? null : lines.get(line);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether any finding is at least as serious as the threshold. */
    public boolean failsAt(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    public long filesWithFindings() {
        return findings.stream().map(Finding::path).distinct().count();
    }
}

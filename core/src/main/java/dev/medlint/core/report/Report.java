package dev.medlint.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a run: the articles checked (clean ones too), the findings in order, the inputs that could not be
 * checked, the rules that ran, and the source lines the findings point at (so reporters can quote them without
 * reading files again), and the configurations and rule files the rules came from. Reporters format it; they never
 * re-read or re-analyse articles.
 */
public record Report(List<CheckedFile> files, List<Finding> findings, List<Problem> problems,
        Map<String, Map<Integer, String>> excerpts, List<RuleDescriptor> rules, List<RuleSource> sources) {
    /** A report that does not record where its rules came from. */
    public Report(List<CheckedFile> files, List<Finding> findings, List<Problem> problems,
            Map<String, Map<Integer, String>> excerpts, List<RuleDescriptor> rules) {
        this(files, findings, problems, excerpts, rules, List.of());
    }

    public Report {
        sources = List.copyOf(sources);
        List<CheckedFile> f = new ArrayList<>(files);
        f.sort(Comparator.comparing(CheckedFile::path));
        files = List.copyOf(f);
        excerpts = Map.copyOf(excerpts);
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        findings = List.copyOf(sorted);
        List<Problem> p = new ArrayList<>(problems);
        p.sort(Comparator.comparing(Problem::path).thenComparingInt(Problem::line));
        problems = List.copyOf(p);
        rules = dev.medlint.core.util.LazyList.copyOf(rules);
    }

    /** A report of problems only (inputs that could not be checked). */
    public static Report ofProblems(List<Problem> problems) {
        return new Report(List.of(), List.of(), problems, Map.of(), List.of());
    }

    /**
     * One report from several (parts of one run, e.g. standard input and files, or files checked with different
     * rules): the files, findings, problems and quoted lines of all, and each rule once (the first description wins).
     */
    public static Report merge(List<Report> parts) {
        List<CheckedFile> files = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Map<Integer, String>> excerpts = new LinkedHashMap<>();
        Map<String, RuleSource> sources = new java.util.TreeMap<>();
        for (Report r : parts) {
            r.sources().forEach(s -> sources.putIfAbsent(s.kind() + "\0" + s.file(), s));
            files.addAll(r.files());
            findings.addAll(r.findings());
            problems.addAll(r.problems());
            r.excerpts().forEach((path, lines) -> excerpts.merge(path, lines, (a, b) -> {
                Map<Integer, String> both = new HashMap<>(a);
                both.putAll(b);
                return both;
            }));
        }
        List<Report> held = List.copyOf(parts);
        List<RuleDescriptor> rules = dev.medlint.core.util.LazyList.of(() -> {
            Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
            held.forEach(r -> r.rules().forEach(d -> byId.putIfAbsent(d.id(), d)));
            return new ArrayList<>(byId.values());
        });
        return new Report(files, findings, problems, excerpts, rules, new ArrayList<>(sources.values()));
    }

    public int filesChecked() {
        return files.size();
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

    /** Whether a finding fails the run (at or above the fail level of its article's configuration). */
    public boolean fails() {
        return findings.stream().anyMatch(Finding::failing);
    }
}

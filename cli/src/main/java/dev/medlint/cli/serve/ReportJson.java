package dev.medlint.cli.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.JsonReporter;
import dev.medlint.core.report.Problem;
import dev.medlint.core.report.Report;
import dev.medlint.core.report.RuleDescriptor;
import dev.medlint.core.report.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON of the serve API. A check answer has the fields of {@code medlint check --format json} ({@code files},
 * {@code summary}, {@code findings} with the same fields, {@code errors}); each finding adds its source offsets
 * (UTF-16 units, end exclusive) and whether it fails the build, and the answer adds the verdict, the counts by
 * category and the descriptions of the rules that found something.
 */
public final class ReportJson {
    private final ObjectMapper mapper;

    public ReportJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The answer to a check. */
    public ObjectNode check(Report report) {
        ObjectNode root = mapper.createObjectNode();
        root.put("files", report.filesChecked());
        ObjectNode summary = root.putObject("summary");
        for (Severity s : Severity.values()) {
            summary.put(s.label(), report.count(s));
        }
        ArrayNode findings = root.putArray("findings");
        Map<String, Integer> categories = new TreeMap<>();
        for (Finding f : report.findings()) {
            findings.add(finding(f));
            categories.merge(f.category(), 1, Integer::sum);
        }
        ArrayNode errors = root.putArray("errors");
        for (Problem p : report.problems()) {
            errors.addObject().put("path", p.path()).put("line", p.line()).put("column", p.column())
                    .put("message", p.reason());
        }
        ObjectNode byCategory = root.putObject("categories");
        categories.forEach(byCategory::put);
        root.set("verdict", verdict(report.findings()));
        Map<String, RuleDescriptor> used = new LinkedHashMap<>();
        for (RuleDescriptor d : report.rules()) {
            used.put(d.id(), d);
        }
        ObjectNode rules = root.putObject("rules");
        for (Finding f : report.findings()) {
            RuleDescriptor d = used.get(f.ruleId());
            if (d != null && !rules.has(d.id())) {
                rules.set(d.id(), rule(d));
            }
        }
        return root;
    }

    /** One finding: the fields of the JSON report (fingerprint included), then offset, endOffset and pack. */
    public ObjectNode finding(Finding f) {
        ObjectNode o = JsonReporter.finding(f);
        o.put("offset", f.offset());
        o.put("endOffset", f.endOffset());
        o.put("pack", f.pack());
        return o;
    }

    /** Whether the findings would fail a build, and the sentence that says so ("would fail the build: 3 errors"). */
    public ObjectNode verdict(List<Finding> findings) {
        Map<Severity, Integer> failing = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.failing()) {
                failing.merge(f.severity(), 1, Integer::sum);
            }
        }
        int total = failing.values().stream().mapToInt(Integer::intValue).sum();
        ObjectNode v = mapper.createObjectNode();
        v.put("fails", total > 0);
        v.put("failing", total);
        String text;
        if (total > 0) {
            text = "would fail the build: " + counts(failing);
        } else if (findings.isEmpty()) {
            text = "would pass the build: no findings";
        } else {
            Map<Severity, Integer> all = new LinkedHashMap<>();
            findings.forEach(f -> all.merge(f.severity(), 1, Integer::sum));
            text = "would pass the build (" + counts(all) + " below the fail level)";
        }
        v.put("text", text);
        return v;
    }

    private static String counts(Map<Severity, Integer> bySeverity) {
        StringBuilder b = new StringBuilder();
        List<Map.Entry<Severity, Integer>> entries = bySeverity.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList();
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                b.append(i == entries.size() - 1 ? " and " : ", ");
            }
            int n = entries.get(i).getValue();
            b.append(n).append(' ').append(entries.get(i).getKey().label()).append(n == 1 ? "" : "s");
        }
        return b.toString();
    }

    /** A rule as the page explains it. */
    public ObjectNode rule(RuleDescriptor d) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", d.id());
        o.put("title", d.title());
        o.put("category", d.category());
        o.put("categoryCovers", d.categoryCovers());
        o.put("severity", d.severity());
        o.put("type", d.type());
        o.put("typeMeaning", d.typeMeaning());
        o.put("law", d.law());
        o.put("pack", d.pack());
        o.put("language", d.language());
        o.put("rationale", d.rationale());
        o.put("message", d.message());
        o.put("suggestion", d.suggestion());
        o.put("matchingTitle", d.matchingTitle());
        ArrayNode matching = o.putArray("matching");
        d.matching().forEach(matching::add);
        ArrayNode flags = o.putArray("flagExamples");
        d.flagExamples().forEach(e -> flags.add(e.text()));
        ArrayNode passes = o.putArray("passExamples");
        d.passExamples().forEach(e -> passes.add(e.text()));
        return o;
    }

    /** The answer to GET /api/rules: the rules in use, turned-off ones included. */
    public ObjectNode rules(List<RuleDescriptor> rules, String configuration) {
        ObjectNode root = mapper.createObjectNode();
        if (configuration == null) {
            root.putNull("configuration");
        } else {
            root.put("configuration", configuration);
        }
        ArrayNode list = root.putArray("rules");
        rules.forEach(d -> list.add(rule(d)));
        return root;
    }
}

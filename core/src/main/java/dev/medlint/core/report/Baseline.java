package dev.medlint.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The findings a repository has accepted for now (legacy articles): entries keyed by path and content fingerprint
 * with how often that finding occurs, never by line number. A run with a baseline reports only the findings beyond
 * it; the baseline remembers which of its entries were met, so a run can say how many were fixed. Written sorted,
 * one entry a line, so the file is stable across runs and machines and reads well in a diff.
 */
public final class Baseline {
    /** The version of the file's layout. */
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<Key, Entry> entries;
    /** How many of each entry the latest check of its article met (a check of one article replaces its counts). */
    private final Map<Key, Integer> met = new ConcurrentHashMap<>();

    /** One accepted finding: where, which rule, its fingerprint, how many times it occurs, and its message then. */
    public record Entry(String path, String ruleId, String fingerprint, int count, String message) {
    }

    private record Key(String path, String fingerprint) {
    }

    private Baseline(List<Entry> list) {
        Map<Key, Entry> m = new TreeMap<>(Comparator.comparing(Key::path).thenComparing(Key::fingerprint));
        for (Entry e : list) {
            m.merge(new Key(e.path(), e.fingerprint()), e, (a, b) -> new Entry(a.path(), a.ruleId(), a.fingerprint(),
                    a.count() + b.count(), a.message()));
        }
        this.entries = m;
    }

    /** A baseline accepting nothing. */
    public static Baseline empty() {
        return new Baseline(List.of());
    }

    /** A baseline accepting every finding of a report (medlint check --update-baseline). */
    public static Baseline of(List<Finding> findings) {
        List<Entry> list = new ArrayList<>();
        for (Finding f : findings) {
            list.add(new Entry(f.path(), f.ruleId(), f.fingerprint(), 1, f.message()));
        }
        return new Baseline(list);
    }

    /**
     * This baseline brought up to date by a run: the entries of the articles the run checked are replaced by its
     * findings (so fixed findings are pruned); entries of articles it did not check stay.
     */
    public Baseline updatedBy(Report report) {
        Set<String> checked = report.files().stream().map(CheckedFile::path).collect(Collectors.toSet());
        List<Entry> list = new ArrayList<>();
        entries.values().stream().filter(e -> !checked.contains(e.path())).forEach(list::add);
        list.addAll(of(report.findings()).entries());
        return new Baseline(list);
    }

    /** Reads a baseline file's text; a mistake is an IllegalArgumentException with a one-line reason. */
    public static Baseline parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a medlint baseline (invalid JSON: " + e.getOriginalMessage()
                    + ")");
        }
        if (root == null || !root.isObject() || !root.path("findings").isArray()) {
            throw new IllegalArgumentException("not a medlint baseline (expected an object with 'findings'); write "
                    + "one with --update-baseline");
        }
        int version = root.path("medlintBaseline").asInt(-1);
        if (version != VERSION) {
            throw new IllegalArgumentException("unsupported baseline version " + root.path("medlintBaseline")
                    + " (this medlint reads version " + VERSION + ")");
        }
        List<Entry> list = new ArrayList<>();
        for (JsonNode n : root.get("findings")) {
            String path = n.path("path").asText("");
            String fp = n.path("fingerprint").asText("");
            if (path.isEmpty() || fp.isEmpty()) {
                throw new IllegalArgumentException("baseline entry " + (list.size() + 1) + " lacks 'path' or "
                        + "'fingerprint'");
            }
            list.add(new Entry(path, n.path("ruleId").asText(""), fp, Math.max(1, n.path("count").asInt(1)),
                    n.path("message").asText("")));
        }
        return new Baseline(list);
    }

    /** The file's text: sorted by path and fingerprint, one entry a line. */
    public String render() {
        StringBuilder b = new StringBuilder("{\n  \"medlintBaseline\": ").append(VERSION)
                .append(",\n  \"findings\": [");
        boolean first = true;
        for (Entry e : entries.values()) {
            ObjectNode o = MAPPER.createObjectNode();
            o.put("path", e.path()).put("ruleId", e.ruleId()).put("fingerprint", e.fingerprint())
                    .put("count", e.count()).put("message", e.message());
            try {
                b.append(first ? "\n    " : ",\n    ").append(MAPPER.writeValueAsString(o));
            } catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
            first = false;
        }
        return b.append(first ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * Of one article's findings, those the baseline does not accept; records how many of each entry were met. Each
     * entry accepts as many findings as its count, so a second copy of an accepted sentence is new. Thread-safe.
     */
    public List<Finding> filter(String path, List<Finding> findings) {
        Map<Key, Integer> used = new TreeMap<>(Comparator.comparing(Key::path).thenComparing(Key::fingerprint));
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            Key k = new Key(f.path(), f.fingerprint());
            Entry e = entries.get(k);
            int n = used.getOrDefault(k, 0);
            if (e != null && n < e.count()) {
                used.put(k, n + 1);
            } else {
                kept.add(f);
            }
        }
        met.keySet().removeIf(k -> k.path().equals(path));
        met.putAll(used);
        return kept;
    }

    /** How many accepted findings of these checked articles are gone (fixed since the baseline was written). */
    public int fixed(Report report) {
        Set<String> checked = report.files().stream().map(CheckedFile::path).collect(Collectors.toSet());
        int fixed = 0;
        for (Map.Entry<Key, Entry> e : entries.entrySet()) {
            if (checked.contains(e.getKey().path())) {
                fixed += e.getValue().count() - Math.min(e.getValue().count(), met.getOrDefault(e.getKey(), 0));
            }
        }
        return fixed;
    }

    /** How many findings of these checked articles the baseline accepted. */
    public int accepted(Report report) {
        Set<String> checked = report.files().stream().map(CheckedFile::path).collect(Collectors.toSet());
        return met.entrySet().stream().filter(e -> checked.contains(e.getKey().path())).mapToInt(Map.Entry::getValue)
                .sum();
    }
}

package dev.medlint.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The output formats, by name. Immutable; {@link #builtIn()} is the one place formats are registered. */
public final class Reporters {
    private final Map<String, Reporter> byName;

    private Reporters(List<Reporter> reporters) {
        Map<String, Reporter> m = new LinkedHashMap<>();
        for (Reporter r : reporters) {
            if (m.putIfAbsent(r.name(), r) != null) {
                throw new IllegalArgumentException("output format '" + r.name() + "' is registered twice");
            }
        }
        this.byName = java.util.Collections.unmodifiableMap(m);
    }

    /** The formats medlint ships. */
    public static Reporters builtIn() {
        return new Reporters(List.of(new TextReporter(), new JsonReporter()));
    }

    /** These formats and one more (an embedder's, or a test's). */
    public Reporters with(Reporter reporter) {
        List<Reporter> all = new ArrayList<>(byName.values());
        all.add(reporter);
        return new Reporters(all);
    }

    public Optional<Reporter> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every format's name, in registration order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The names of the formats that can write rule lists. */
    public List<String> ruleListNames() {
        return names(Reporter::writesRuleLists);
    }

    /** The names of the formats that can write analyses. */
    public List<String> analysisNames() {
        return names(Reporter::writesAnalyses);
    }

    private List<String> names(Predicate<Reporter> can) {
        return byName.values().stream().filter(can).map(Reporter::name).toList();
    }
}

package dev.medlint.core.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rule types a loader knows, by name. Immutable; {@link #builtIn()} is the one place types are registered. */
public final class RuleTypes {
    private final Map<String, RuleType> byName;

    private RuleTypes(List<RuleType> types) {
        Map<String, RuleType> m = new LinkedHashMap<>();
        for (RuleType t : types) {
            if (m.putIfAbsent(t.name(), t) != null) {
                throw new IllegalArgumentException("rule type '" + t.name() + "' is registered twice");
            }
        }
        this.byName = java.util.Collections.unmodifiableMap(m);
    }

    /** The types medlint ships. */
    public static RuleTypes builtIn() {
        return new RuleTypes(List.of(new PhraseRule.Type(), new ClaimRule.Type(), new RequiredRule.Type(),
                new ConditionalRule.Type()));
    }

    /** These types and one more (an embedder's, or a test's). */
    public RuleTypes with(RuleType type) {
        List<RuleType> all = new ArrayList<>(byName.values());
        all.add(type);
        return new RuleTypes(all);
    }

    public Optional<RuleType> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The type names, sorted. */
    public List<String> names() {
        return byName.keySet().stream().sorted().toList();
    }

    public List<RuleType> all() {
        return List.copyOf(byName.values());
    }
}

package dev.medlint.core.util;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Plug-ins of one kind by name, in registration order: the common part of the rule type, output format and language
 * registries. Immutable; a name registered twice is refused.
 */
public final class Registry<T> {
    private final Map<String, T> byName;
    private final Function<T, String> name;
    private final String kind;

    public Registry(String kind, Function<T, String> name, List<T> items) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T item : items) {
            if (m.putIfAbsent(name.apply(item), item) != null) {
                throw new IllegalArgumentException(kind + " '" + name.apply(item) + "' is registered twice");
            }
        }
        this.byName = Collections.unmodifiableMap(m);
        this.name = name;
        this.kind = kind;
    }

    /** The same plug-ins and one more. */
    public Registry<T> with(T item) {
        List<T> all = new ArrayList<>(byName.values());
        all.add(item);
        return new Registry<>(kind, name, all);
    }

    public Optional<T> find(String key) {
        return Optional.ofNullable(byName.get(key));
    }

    /** The names, in registration order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public List<T> all() {
        return List.copyOf(byName.values());
    }
}

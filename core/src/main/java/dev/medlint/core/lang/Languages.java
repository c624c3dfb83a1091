package dev.medlint.core.lang;

import dev.medlint.core.lang.en.English;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The languages an engine can check, each with its analyzer, whose models load on first use. This is the holder an
 * engine is given: models are loaded once per holder, so a front end that makes one holder per process (the CLI, a
 * server, a Spark executor) loads them once, while tests and embedders can share a holder or make their own.
 * Immutable apart from the lazily loaded models; safe to share between threads.
 */
public final class Languages {
    private final Map<String, Language> byId;

    private Languages(List<Language> languages) {
        Map<String, Language> m = new LinkedHashMap<>();
        for (Language l : languages) {
            if (m.putIfAbsent(l.id(), l) != null) {
                throw new IllegalArgumentException("language '" + l.id() + "' is registered twice");
            }
        }
        this.byId = java.util.Collections.unmodifiableMap(m);
    }

    /** A new holder with the languages medlint ships (English, with OpenNLP); nothing is loaded yet. */
    public static Languages builtIn() {
        return new Languages(List.of(new English()));
    }

    /** A holder with one more language (an embedder's, or a test's). */
    public Languages with(Language language) {
        List<Language> all = new ArrayList<>(byId.values());
        all.add(language);
        return new Languages(all);
    }

    public Optional<Language> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The ids of the languages, in registration order. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /**
     * Loads the models of every language now.
     *
     * @return whether this call loaded any model (false when all were loaded already)
     */
    public synchronized boolean preload() {
        boolean loaded = false;
        for (Language l : byId.values()) {
            loaded |= l.analyzer().preload();
        }
        return loaded;
    }
}

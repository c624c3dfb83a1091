package dev.medlint.core.lang;

import dev.medlint.core.lang.en.English;
import dev.medlint.core.lang.ko.Korean;
import dev.medlint.core.util.Registry;
import java.util.List;
import java.util.Optional;

/**
 * The languages an engine can check, each with its analyzer, whose models load on first use. This is the holder an
 * engine is given: models are loaded once per holder, so a front end that makes one holder per process (the CLI, a
 * server, a Spark executor) loads them once, while tests and embedders can share a holder or make their own.
 * Immutable apart from the lazily loaded models; safe to share between threads.
 */
public final class Languages {
    private final Registry<Language> languages;

    private Languages(Registry<Language> languages) {
        this.languages = languages;
    }

    /** A new holder with the languages medlint ships (English with OpenNLP, Korean with Lucene Nori); nothing is loaded yet. */
    public static Languages builtIn() {
        return new Languages(new Registry<>("language", Language::id, List.of(new English(), new Korean())));
    }

    /** A holder with one more language (an embedder's, or a test's). */
    public Languages with(Language language) {
        return new Languages(languages.with(language));
    }

    public Optional<Language> find(String id) {
        return languages.find(id);
    }

    /** The ids of the languages, in registration order. */
    public List<String> ids() {
        return languages.names();
    }

    /** The ids of the languages that claim one of the samples of the input, in registration order. */
    public List<String> claiming(List<? extends CharSequence> samples) {
        List<String> out = new java.util.ArrayList<>();
        for (Language l : languages.all()) {
            if (samples.stream().anyMatch(s -> s.length() > 0 && l.claims(s, 0, s.length()))) {
                out.add(l.id());
            }
        }
        return out;
    }

    /**
     * Starts the background load of the models of every language that claims a sample of the input (a Korean
     * article warms the Nori dictionary while packs load); languages the sample does not show are left unloaded.
     */
    public void warmUpFor(CharSequence sample) {
        for (Language l : languages.all()) {
            if (sample.length() > 0 && l.claims(sample, 0, sample.length())) {
                l.analyzer().warmUpInBackground();
            }
        }
    }

    /**
     * Loads the models of every language now.
     *
     * @return whether this call loaded any model (false when all were loaded already)
     */
    public synchronized boolean preload() {
        boolean loaded = false;
        for (Language l : languages.all()) {
            loaded |= l.analyzer().preload();
        }
        return loaded;
    }
}

package dev.medlint.core.lang.en;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Lemmas by word form and POS tag, each computed once per process and shared by all threads. Keyed on single words,
 * never on sentence or paragraph text: a document's vocabulary repeats, its sentences need not. Bounded, so a
 * pathological input (millions of distinct garbage tokens) cannot grow it without end; past the bound lemmas are
 * still computed, just not kept.
 */
final class LemmaCache {
    interface Lemmatizer {
        String lemma(String form, String tag);
    }

    private static final int MAX_ENTRIES = 200_000;

    private final Lemmatizer lemmatizer;
    private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();

    LemmaCache(Lemmatizer lemmatizer) {
        this.lemmatizer = lemmatizer;
    }

    String get(String form, String tag) {
        // A tab separates form from tag: tokens never hold white space.
        String key = form + '\t' + tag;
        String lemma = cache.get(key);
        if (lemma == null) {
            lemma = lemmatizer.lemma(form, tag);
            if (cache.size() < MAX_ENTRIES) {
                cache.putIfAbsent(key, lemma);
            }
        }
        return lemma;
    }
}

package dev.medlint.core.lang;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The lower-cased words that a set of rules asks about (their forms, triggers and pattern words), numbered. A
 * document looks each of its distinct words up here once ({@link AnnotatedText#tableWords}), and every rule then
 * answers from an array by number instead of a look-up of its own per word. Immutable and shared between threads.
 */
public final class WordTable {
    private final Map<String, Integer> ids;

    private WordTable(Map<String, Integer> ids) {
        this.ids = ids;
    }

    public static WordTable of(Collection<String> words) {
        Map<String, Integer> ids = new HashMap<>();
        for (String w : words) {
            ids.putIfAbsent(w, ids.size());
        }
        return new WordTable(ids);
    }

    /** The number of a word, from 0 to {@link #size()} exclusive, or -1 when the table does not hold it. */
    public int id(String word) {
        Integer id = ids.get(word);
        return id == null ? -1 : id;
    }

    public int size() {
        return ids.size();
    }
}

package dev.medlint.core.rule;

import dev.medlint.core.lang.WordTable;
import java.util.Map;

/**
 * A rule's answers about lower-cased words, and the same answers by the numbers of an engine's {@link WordTable},
 * worked out once per table: a document that knows its words' numbers then gets the rule's answers by array reads.
 */
final class WordLookup<V> {
    private final Map<String, V> byWord;
    private volatile Numbered numbered;

    /** The answers by table number, null when the table lacks one of the words (the map is then asked). */
    private record Numbered(WordTable table, Object[] byNumber) {
    }

    WordLookup(Map<String, V> byWord) {
        this.byWord = byWord;
    }

    Map<String, V> byWord() {
        return byWord;
    }

    /** The answers by number of the table, or null when the table does not hold every word answered about. */
    Object[] byNumber(WordTable table) {
        Numbered n = numbered;
        if (n == null || n.table() != table) {
            Object[] out = new Object[table.size()];
            for (Map.Entry<String, V> e : byWord.entrySet()) {
                int id = table.id(e.getKey());
                if (id < 0) {
                    out = null;
                    break;
                }
                out[id] = e.getValue();
            }
            n = new Numbered(table, out);
            numbered = n; // two threads may both work it out; either result serves
        }
        return n.byNumber();
    }
}

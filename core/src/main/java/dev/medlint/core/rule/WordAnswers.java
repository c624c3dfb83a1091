package dev.medlint.core.rule;

import dev.medlint.core.lang.AnnotatedText;
import java.util.Map;

/**
 * A rule's answers about words, laid out per document by {@link dev.medlint.core.lang.Word#id}, so that each
 * occurrence of a word costs an array read instead of a hash look-up. With the engine's word table, the document's
 * words that any rule asks about are known by number ({@link AnnotatedText#tableWords}), and only those are read;
 * without it the table is filled from whichever side is smaller: the rule's words looked up among the document's,
 * or the document's distinct words among the rule's.
 */
final class WordAnswers {
    private WordAnswers() {
    }

    /** For each word id of {@code doc}, the value {@code lookup} has for that word, or null. */
    static int[][] of(AnnotatedText doc, WordLookup<int[]> lookup) {
        int[][] out = new int[doc.distinctWordCount()][];
        int[] pairs = doc.tableWords();
        Object[] byNumber = pairs == null ? null : lookup.byNumber(doc.wordTable());
        if (byNumber != null) {
            for (int k = 0; k < pairs.length; k += 2) {
                out[pairs[k]] = (int[]) byNumber[pairs[k + 1]];
            }
            return out;
        }
        Map<String, int[]> byWord = lookup.byWord();
        if (byWord.size() < out.length) {
            for (Map.Entry<String, int[]> e : byWord.entrySet()) {
                int id = doc.wordId(e.getKey());
                if (id >= 0) {
                    out[id] = e.getValue();
                }
            }
        } else {
            for (int id = 0; id < out.length; id++) {
                out[id] = byWord.get(doc.distinctWord(id));
            }
        }
        return out;
    }

    /** For each word id of {@code doc}, whether {@code lookup} answers about that word. */
    static boolean[] holds(AnnotatedText doc, WordLookup<?> lookup) {
        boolean[] out = new boolean[doc.distinctWordCount()];
        int[] pairs = doc.tableWords();
        Object[] byNumber = pairs == null ? null : lookup.byNumber(doc.wordTable());
        if (byNumber != null) {
            for (int k = 0; k < pairs.length; k += 2) {
                out[pairs[k]] = byNumber[pairs[k + 1]] != null;
            }
            return out;
        }
        Map<String, ?> byWord = lookup.byWord();
        if (byWord.size() < out.length) {
            for (String w : byWord.keySet()) {
                int id = doc.wordId(w);
                if (id >= 0) {
                    out[id] = true;
                }
            }
        } else {
            for (int id = 0; id < out.length; id++) {
                out[id] = byWord.containsKey(doc.distinctWord(id));
            }
        }
        return out;
    }
}

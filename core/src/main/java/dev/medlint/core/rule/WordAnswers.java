package dev.medlint.core.rule;

import dev.medlint.core.lang.AnnotatedText;
import java.util.Map;
import java.util.Set;

/**
 * A rule's answers about words, laid out per document by {@link dev.medlint.core.lang.Word#id}, so that each
 * occurrence of a word costs an array read instead of a hash look-up. The table is filled from whichever side is
 * smaller: the rule's words looked up among the document's, or the document's distinct words among the rule's.
 */
final class WordAnswers {
    private WordAnswers() {
    }

    /** For each word id of {@code doc}, the value {@code byWord} has for that word, or null. */
    static int[][] of(AnnotatedText doc, Map<String, int[]> byWord) {
        int[][] out = new int[doc.distinctWordCount()][];
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

    /** For each word id of {@code doc}, whether {@code words} holds that word. */
    static boolean[] of(AnnotatedText doc, Set<String> words) {
        boolean[] out = new boolean[doc.distinctWordCount()];
        if (words.size() < out.length) {
            for (String w : words) {
                int id = doc.wordId(w);
                if (id >= 0) {
                    out[id] = true;
                }
            }
        } else {
            for (int id = 0; id < out.length; id++) {
                out[id] = words.contains(doc.distinctWord(id));
            }
        }
        return out;
    }
}

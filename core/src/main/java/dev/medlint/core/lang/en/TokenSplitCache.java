package dev.medlint.core.lang.en;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * How the token model splits one white-space-delimited word ("skin," into "skin" and ","), kept per word and shared
 * by all threads. The model decides each split from the word's own characters only (OpenNLP's tokenizer looks at
 * nothing outside the white-space token it is in), so the answer for a word is the same wherever it stands and
 * whichever thread asks first. Keyed on single words, never on sentences: a document's vocabulary repeats, its
 * sentences need not. Bounded like {@link LemmaCache}: past the bound splits are still computed, just not kept.
 */
final class TokenSplitCache {
    private static final int MAX_ENTRIES = 200_000;

    private final Function<String, int[]> splitter;
    private final ConcurrentHashMap<String, int[]> cache = new ConcurrentHashMap<>();

    /** {@code splitter} gives a word's tokens as [start, end) pairs in the word, flattened. */
    TokenSplitCache(Function<String, int[]> splitter) {
        this.splitter = splitter;
    }

    /** The word's tokens as [start, end) pairs in the word, flattened; the array must not be changed. */
    int[] get(String word) {
        int[] spans = cache.get(word);
        if (spans == null) {
            spans = splitter.apply(word);
            if (cache.size() < MAX_ENTRIES) {
                cache.putIfAbsent(word, spans);
            }
        }
        return spans;
    }
}

package dev.medlint.core.lang;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.Collection;
import java.util.TreeMap;

/**
 * The literal strings (folded by {@link CaseFold}) that a set of rules looks for in blocks, numbered, with an
 * Aho-Corasick automaton that finds every one of them in a block in one pass. Rules ask whether a block holds one of
 * dozens of strings, for every block; one pass per block ({@link LiteralHits}) answers all of those questions for
 * all rules instead of one {@code indexOf} each. Immutable, so one table serves every document on every thread.
 */
public final class LiteralTable {
    private final AhoCorasickDoubleArrayTrie<Integer> trie = new AhoCorasickDoubleArrayTrie<>();
    private final int size;

    private LiteralTable(TreeMap<String, Integer> numbered) {
        trie.build(numbered);
        this.size = numbered.size();
    }

    /**
     * The table of these literals. Single characters are left out: they occur in most blocks, more than half of the
     * automaton's finds would be theirs, and an {@code indexOf} of one character answers them as fast.
     */
    public static LiteralTable of(Collection<String> literals) {
        TreeMap<String, Integer> sorted = new TreeMap<>();
        for (String s : literals) {
            if (s.length() > 1) {
                sorted.put(s, 0);
            }
        }
        int id = 0;
        for (var e : sorted.entrySet()) {
            e.setValue(id++);
        }
        return new LiteralTable(sorted);
    }

    /** The number of a literal, from 0 to {@link #size()} exclusive, or -1 when the table does not hold it. */
    public int id(String literal) {
        return literal.length() < 2 ? -1 : trie.exactMatchSearch(literal);
    }

    public int size() {
        return size;
    }

    /** Calls {@code found} with the number of each literal occurrence in {@code folded}, in order of their ends. */
    void scan(String folded, java.util.function.IntConsumer found) {
        if (size > 0 && folded.length() > 1) {
            // the array form reads characters without an interface call each
            trie.parseText(folded.toCharArray(),
                    (AhoCorasickDoubleArrayTrie.IHit<Integer>) (begin, end, id) -> found.accept(id));
        }
    }
}

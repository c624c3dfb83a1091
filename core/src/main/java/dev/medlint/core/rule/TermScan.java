package dev.medlint.core.rule;

import dev.medlint.core.lang.AnnotatedText;
import dev.medlint.core.lang.Word;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A list of terms found in a document through the terms each distinct word may begin ({@link TermIndex}), worked
 * out once per document, instead of asking every term about every word of the article.
 */
final class TermScan {
    private final TermIndex index;

    TermScan(List<Term> terms) {
        this.index = new TermIndex(terms);
    }

    /** The first forms of the terms, for the engine's word table. */
    Set<String> firstForms() {
        return index.firstForms();
    }

    /** The terms' candidates for each distinct word of the document. */
    Candidates in(AnnotatedText doc) {
        return new Candidates(index, index.candidatesByWord(doc));
    }

    /** One document's candidates, by {@link Word#id}: the numbers, ascending, of the terms a word may begin. */
    static final class Candidates {
        private final TermIndex index;
        private final int[][] byWord;

        private Candidates(TermIndex index, int[][] byWord) {
            this.index = index;
            this.byWord = byWord;
        }

        /** The first term, in the list's order, that matches at word {@code i} of the block's words. */
        Term at(List<Word> words, int i, String text) {
            int[] cs = byWord[words.get(i).id()];
            if (cs != null) {
                for (int c : cs) {
                    Term t = index.term(c);
                    if (t.matchesAt(words, i, text)) {
                        return t;
                    }
                }
            }
            return null;
        }

        /** Whether the term with this number in the list matches at word {@code i}. */
        boolean matchesAt(int number, List<Word> words, int i, String text) {
            int[] cs = byWord[words.get(i).id()];
            return cs != null && Arrays.binarySearch(cs, number) >= 0 && index.term(number).matchesAt(words, i, text);
        }
    }
}

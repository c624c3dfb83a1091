package dev.medlint.core.lang;


import dev.medlint.core.text.TextView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * An article's view text with its annotations computed on demand by one language's analyzer: a cheap word scan for
 * every block, sentences only for the blocks a rule asks about, and tokens, tags and lemmas only for the sentences a
 * rule asks about. One instance serves one document on one thread.
 */
public final class AnnotatedText {
    private final TextView view;
    private final Analyzer analyzer;
    private final List<List<Word>> words;
    private final List<List<Sentence>> sentences;
    private final String[] folded;
    private final CharPairs[] charPairs;
    private final boolean[] hidden;
    private final LiteralTable literalTable;
    private LiteralHits literalHits;
    private final WordTable wordTable;
    private int[] tableWords;
    private String foldedText;
    private CharPairs textPairs;
    /** The document's distinct words, sorted, and for each the blocks that hold it (ascending). */
    private String[] documentWords;
    private int[][] documentWordBlocks;
    /** For each prefix list asked about (rules keep theirs), the blocks holding a word that starts with one. */
    private final java.util.IdentityHashMap<List<String>, java.util.BitSet> blocksStarting =
            new java.util.IdentityHashMap<>();
    /**
     * The number of each distinct lower-cased word, in order of first occurrence, and the words by number: a huge
     * file repeats few words many times, so each is kept once, and rules answer their questions once per number.
     */
    private final java.util.Map<String, Integer> wordIds = new java.util.HashMap<>();
    private final List<String> distinctWords = new ArrayList<>();
    /** Whether every block's words have been scanned (so every id is known). */
    private boolean allScanned;

    public AnnotatedText(TextView view, Analyzer analyzer) {
        this(view, analyzer, null);
    }

    /**
     * The text as one language's rules see it when a document mixes languages: the blocks not {@code visible}
     * (another language's) read as empty, so no rule matches in them and the analyzer never reads them.
     *
     * @param visible one flag per block, or null for all blocks
     */
    public AnnotatedText(TextView view, Analyzer analyzer, boolean[] visible) {
        this(view, analyzer, visible, null);
    }

    /**
     * As {@link #AnnotatedText(TextView, Analyzer, boolean[])}, with the tables of what the rules that read this
     * text look for (see {@link #literalHits} and {@link #tableWords}), or null.
     */
    public AnnotatedText(TextView view, Analyzer analyzer, boolean[] visible, RuleTables tables) {
        this.view = view;
        this.literalTable = tables == null ? null : tables.literals();
        this.wordTable = tables == null ? null : tables.words();
        this.analyzer = analyzer;
        int n = view.blocks().size();
        this.hidden = new boolean[n];
        if (visible != null) {
            for (int b = 0; b < n; b++) {
                hidden[b] = !visible[b];
            }
        }
        this.words = new ArrayList<>(Collections.nCopies(n, null));
        this.sentences = new ArrayList<>(Collections.nCopies(n, null));
        this.folded = new String[n];
        this.charPairs = new CharPairs[n];
    }

    /**
     * The block's text folded by {@link CaseFold}, for the rules that look for literals in it (an empty string for a
     * hidden block). Kept for every block, since each rule goes through all blocks: it weighs less than the block's
     * words, and a huge file is checked by sections.
     */
    public String foldedBlock(int blockIndex) {
        String f = folded[blockIndex];
        if (f == null) {
            TextView.Block b = block(blockIndex);
            f = CaseFold.fold(view.text(), b.start(), b.end());
            folded[blockIndex] = f;
        }
        return f;
    }

    /**
     * The whole view text folded by {@link CaseFold}, hidden blocks included: a literal it lacks is in no block, so
     * a rule can drop a regex for the whole document with one search instead of one per block.
     */
    public String foldedText() {
        if (foldedText == null) {
            foldedText = CaseFold.fold(view.text());
        }
        return foldedText;
    }

    /**
     * Which literals of the table this text was made with each block holds, found at the first call; null when it
     * was made without a table (the rules then search the folded blocks themselves).
     */
    public LiteralHits literalHits() {
        if (literalHits == null && literalTable != null) {
            literalHits = new LiteralHits(literalTable, this);
        }
        return literalHits;
    }

    /** The word table this text was made with, or null. */
    public WordTable wordTable() {
        return wordTable;
    }

    /**
     * The document's distinct words that the {@link #wordTable} holds, as pairs {@code word id, table number} one
     * after the other; null without a table. Each distinct word is looked up once, at the first call.
     */
    public int[] tableWords() {
        if (tableWords == null && wordTable != null) {
            int n = distinctWordCount();
            int[] pairs = new int[16];
            int k = 0;
            for (int id = 0; id < n; id++) {
                int t = wordTable.id(distinctWords.get(id));
                if (t >= 0) {
                    if (k == pairs.length) {
                        pairs = java.util.Arrays.copyOf(pairs, k * 2);
                    }
                    pairs[k++] = id;
                    pairs[k++] = t;
                }
            }
            tableWords = java.util.Arrays.copyOf(pairs, k);
        }
        return tableWords;
    }

    /** The character pairs of {@link #foldedText}. */
    public CharPairs textCharPairs() {
        if (textPairs == null) {
            textPairs = CharPairs.of(foldedText());
        }
        return textPairs;
    }

    /** The character pairs of {@link #foldedBlock}, which rule out most literals without a search of the block. */
    public CharPairs charPairs(int blockIndex) {
        CharPairs p = charPairs[blockIndex];
        if (p == null) {
            p = CharPairs.of(foldedBlock(blockIndex));
            charPairs[blockIndex] = p;
        }
        return p;
    }

    /**
     * Whether some word of the block starts with one of the prefixes (lower-case). The answer for every block is
     * worked out at the first call for a list, from the document's words, so a rule that asks about each of many
     * small blocks (a table's cells) costs one look-up per block; the list is remembered by identity, so pass the
     * same list each time.
     */
    public boolean blockHasWordStarting(int blockIndex, List<String> prefixes) {
        java.util.BitSet blocks = blocksStarting.get(prefixes);
        if (blocks == null) {
            indexDocumentWords();
            blocks = new java.util.BitSet(blockCount());
            for (String p : prefixes) {
                for (int i = firstStartingWith(p); i < documentWords.length && documentWords[i].startsWith(p); i++) {
                    for (int b : documentWordBlocks[i]) {
                        blocks.set(b);
                    }
                }
            }
            blocksStarting.put(prefixes, blocks);
        }
        return blocks.get(blockIndex);
    }

    /** Whether some word of the whole document starts with one of the prefixes (lower-case). */
    public boolean hasWordStarting(List<String> prefixes) {
        indexDocumentWords();
        for (String p : prefixes) {
            int i = firstStartingWith(p);
            if (i < documentWords.length && documentWords[i].startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first document word not sorted before the prefix. */
    private int firstStartingWith(String prefix) {
        int i = java.util.Arrays.binarySearch(documentWords, prefix);
        return i >= 0 ? i : -i - 1;
    }

    private void indexDocumentWords() {
        if (documentWords != null) {
            return;
        }
        int count = distinctWordCount();
        int[][] blocksOf = new int[count][];
        for (int b = 0; b < blockCount(); b++) {
            for (Word w : words(b)) {
                // [count, block, block ...], grown by doubling; a block is listed once however often its word recurs
                int[] list = blocksOf[w.id()];
                if (list == null) {
                    blocksOf[w.id()] = new int[] {1, b};
                } else if (list[list[0]] != b) {
                    if (list[0] + 1 == list.length) {
                        list = java.util.Arrays.copyOf(list, list.length * 2);
                        blocksOf[w.id()] = list;
                    }
                    list[++list[0]] = b;
                }
            }
        }
        String[] sorted = distinctWords.toArray(new String[0]);
        java.util.Arrays.sort(sorted);
        int[][] blocks = new int[sorted.length][];
        for (int i = 0; i < sorted.length; i++) {
            int[] list = blocksOf[wordIds.get(sorted[i])];
            blocks[i] = java.util.Arrays.copyOfRange(list, 1, list[0] + 1);
        }
        documentWordBlocks = blocks;
        documentWords = sorted;
    }

    public TextView view() {
        return view;
    }

    public String text() {
        return view.text();
    }

    public int blockCount() {
        return view.blocks().size();
    }

    /** A block; a hidden block (another language's) is empty, at its start. */
    public TextView.Block block(int index) {
        TextView.Block b = view.blocks().get(index);
        return hidden[index] ? new TextView.Block(b.start(), b.start()) : b;
    }

    /**
     * The number of distinct lower-cased words in the document's visible blocks: the ids of {@link Word}s run from 0
     * to this, exclusive. Scans every block's words, which rules do anyway.
     */
    public int distinctWordCount() {
        scanAll();
        return distinctWords.size();
    }

    /** The {@link Word#id} of a lower-cased word of the document's visible blocks, or -1 if none is that word. */
    public int wordId(String lower) {
        scanAll();
        Integer id = wordIds.get(lower);
        return id == null ? -1 : id;
    }

    /** The lower-cased word with this {@link Word#id}. */
    public String distinctWord(int id) {
        return distinctWords.get(id);
    }

    private void scanAll() {
        if (!allScanned) {
            for (int b = 0; b < blockCount(); b++) {
                words(b);
            }
            allScanned = true;
        }
    }

    /** The words of a block, lower-cased, in order. */
    public List<Word> words(int blockIndex) {
        List<Word> w = words.get(blockIndex);
        if (w == null) {
            w = scanWords(blockIndex);
            words.set(blockIndex, w);
        }
        return w;
    }

    private void addSentence(List<Sentence> out, String blockText, int from, int to, int blockStart) {
        while (from < to && Character.isWhitespace(blockText.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(blockText.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Sentence(analyzer, blockText.substring(from, to), blockStart + from));
        }
    }

    /** The sentences of a block, detected by the analyzer on first request. */
    public List<Sentence> sentences(int blockIndex) {
        List<Sentence> s = sentences.get(blockIndex);
        if (s == null) {
            TextView.Block b = block(blockIndex);
            String blockText = view.text().substring(b.start(), b.end());
            // a blank block (one hidden from this language, say) has no sentences to find: asking the analyzer
            // would load its models for nothing (OpenNLP's for a Korean-only article)
            List<Span> spans = blockText.isBlank() ? List.of() : analyzer.sentences(blockText);
            s = new ArrayList<>(spans.size());
            for (Span span : spans) {
                // A line break kept inside a block (a headline stack, a list of short lines) ends a sentence.
                int from = span.start();
                for (int i = span.start(); i < span.end(); i++) {
                    if (blockText.charAt(i) == '\n') {
                        addSentence(s, blockText, from, i, b.start());
                        from = i + 1;
                    }
                }
                addSentence(s, blockText, from, span.end(), b.start());
            }
            if (s.isEmpty()) {
                s.add(new Sentence(analyzer, blockText, b.start()));
            }
            sentences.set(blockIndex, s);
        }
        return s;
    }

    /**
     * The sentence of a block that holds view offset {@code at}; an offset in the white space between two sentences
     * belongs to the following one, an offset after the last to the last. Sentences are in order and disjoint, so
     * this is a binary search.
     */
    public Sentence sentenceAt(int blockIndex, int at) {
        List<Sentence> all = sentences(blockIndex);
        int lo = 0;
        int hi = all.size() - 1;
        while (lo < hi) { // the first sentence that ends after at
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).end() <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return all.get(lo);
    }

    private List<Word> scanWords(int blockIndex) {
        TextView.Block b = block(blockIndex);
        String t = view.text();
        ArrayList<Word> out = new ArrayList<>();
        int i = b.start();
        while (i < b.end()) {
            int cp = t.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < b.end() && Character.isLetterOrDigit(t.codePointAt(i))) {
                    i += Character.charCount(t.codePointAt(i));
                }
                String lower = t.substring(start, i).toLowerCase(Locale.ROOT);
                Integer id = wordIds.get(lower);
                if (id == null) {
                    id = distinctWords.size();
                    wordIds.put(lower, id);
                    distinctWords.add(lower);
                } else {
                    lower = distinctWords.get(id);
                }
                out.add(new Word(lower, start, i, id));
            } else {
                i += Character.charCount(cp);
            }
        }
        out.trimToSize();
        return out;
    }
}

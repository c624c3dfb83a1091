package dev.medlint.core.lang.en;

import dev.medlint.core.lang.Analyzer;
import dev.medlint.core.lang.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * English analysis with the OpenNLP models of Universal Dependencies EWT (sentences, tokens, POS, lemmas), read from
 * the model jars on the class path. Each model is loaded the first time it is needed, once per instance, so a run
 * that needs no POS tags never loads the tagger; every method is safe to call from many threads at once.
 */
public final class OpenNlpAnalyzer implements Analyzer {
    private static final String VERSION = "opennlp-en-ud-ewt-1.3-2.5.4";
    private static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    /** The words the token model is not asked about (see {@link #keepingWholeWords}). */
    private static final java.util.regex.Pattern LETTERS_ONLY = java.util.regex.Pattern.compile("^[A-Za-z]+$");

    private final Lazy<ThreadSafeSentenceDetectorME> sentences = new Lazy<>(
            () -> new ThreadSafeSentenceDetectorME(new SentenceModel(open(SENTENCE_MODEL))));
    private final Lazy<ThreadSafeTokenizerME> tokenizer = new Lazy<>(
            () -> new ThreadSafeTokenizerME(keepingWholeWords(new TokenizerModel(open(TOKEN_MODEL)))));
    private final Lazy<ThreadSafePOSTaggerME> tagger = new Lazy<>(
            () -> new ThreadSafePOSTaggerME(greedy(new POSModel(open(POS_MODEL)))));
    private final Lazy<ThreadSafeLemmatizerME> lemmatizer = new Lazy<>(
            () -> new ThreadSafeLemmatizerME(new LemmatizerModel(open(LEMMA_MODEL))));
    private final LemmaCache lemmas = new LemmaCache(this::lemmaOf);
    private final TokenSplitCache splits = new TokenSplitCache(this::splitOf);

    private final java.util.concurrent.atomic.AtomicBoolean warming = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicBoolean warmingFirst = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * The token model with its alphanumeric shortcut turned on for words of letters only: the model never splits
     * such a word (checked on every distinct one of the shared benchmark corpus and the evaluation sets), yet
     * without the shortcut it weighs a split at every character of every word, which made tokenizing the costliest
     * step of a run. Words with digits still go to the model, which splits "10kg" and "8cm".
     */
    private static TokenizerModel keepingWholeWords(TokenizerModel model) {
        opennlp.tools.tokenize.TokenizerFactory f = model.getFactory();
        return new TokenizerModel(model.getMaxentModel(), java.util.Map.of(),
                new opennlp.tools.tokenize.TokenizerFactory(f.getLanguageCode(), f.getAbbreviationDictionary(), true,
                        LETTERS_ONLY));
    }

    /**
     * The tag model with a beam of one instead of the three its manifest asks for: the tagger then follows the best
     * tag at each token instead of keeping three partial sequences, for about a third of the tagging work. On every
     * distinct sentence of the shared benchmark corpus, the evaluation sets and the samples (33,789 sentences,
     * 795,627 tokens) both give the same tags; {@code OpenNlpTagsTest} keeps checking that on the samples and the
     * evaluation sets.
     */
    static POSModel greedy(POSModel model) {
        opennlp.tools.ml.model.MaxentModel maxent = model.getArtifact("pos.model");
        return new POSModel(model.getLanguage(), maxent, 1, java.util.Map.of(), model.getFactory());
    }

    /** The tag model as shipped (its manifest's beam), for tests that compare with it. */
    static POSModel shippedTagModel() throws IOException {
        return new POSModel(open(POS_MODEL));
    }

    @Override
    public List<Span> sentences(String text) {
        warmUp();
        return spans(sentences.get().sentPosDetect(text));
    }

    /**
     * On the first sentence asked for, the tagger and the lemmatizer (the two largest models, which a claim rule
     * asks for next) start loading on a background thread while this one loads the sentence and token models: on
     * two cores a small run waits for the slowest model instead of all four in turn. A failure there is left to
     * the thread that needs the model, which loads it again and reports the error.
     */
    private void warmUp() {
        if (tagger.isLoaded() || !warming.compareAndSet(false, true)) {
            return;
        }
        inBackground(() -> {
            tagger.load();
            lemmatizer.load();
        });
    }

    /** Runs model loads on a daemon thread; a failure is left to the thread that needs the model (see above). */
    private static void inBackground(Runnable loads) {
        dev.medlint.core.lang.BackgroundLoad.start("medlint-model-loader", loads);
    }

    /**
     * Called when English text is known to be coming, before the packs compile: the sentence and token models load
     * on one daemon thread and the tagger and the lemmatizer on another (see {@link #warmUp}), so by the first
     * sentence they are ready or under way. A failure is left to the thread that needs the model, as above.
     */
    @Override
    public void warmUpInBackground() {
        if (sentences.isLoaded() || !warmingFirst.compareAndSet(false, true)) {
            return;
        }
        inBackground(() -> {
            sentences.load();
            tokenizer.load();
        });
        warmUp();
    }

    /** Whether any model has been loaded by this analyzer (tests check a Korean-only article never loads one). */
    public boolean isLoaded() {
        return sentences.isLoaded() || tokenizer.isLoaded() || tagger.isLoaded() || lemmatizer.isLoaded();
    }

    /** OpenNLP's tokenizer splits at white space first, then only inside the stretches between. */
    @Override
    public boolean tokensAreTextSpans() {
        return true;
    }

    /**
     * The tokens of OpenNLP's token model, found as it finds them: the sentence split at white space (OpenNLP's
     * definition of it), a word shorter than two characters or of letters only kept whole, any other word split
     * by the model, which looks at that word's characters only. A word's split is kept ({@link TokenSplitCache}),
     * so the model runs once per distinct word with punctuation or digits, not once per occurrence.
     */
    @Override
    public List<Span> tokens(String sentence) {
        List<Span> out = new ArrayList<>();
        int n = sentence.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean space = i == n || opennlp.tools.util.StringUtil.isWhitespace(sentence.charAt(i));
            if (!space) {
                if (start < 0) {
                    start = i;
                }
                continue;
            }
            if (start >= 0) {
                addWord(out, sentence, start, i);
                start = -1;
            }
        }
        return out;
    }

    private void addWord(List<Span> out, String sentence, int start, int end) {
        if (end - start < 2 || LETTERS_ONLY.matcher(sentence).region(start, end).matches()) {
            out.add(new Span(start, end));
            return;
        }
        int[] split = splits.get(sentence.substring(start, end));
        for (int k = 0; k < split.length; k += 2) {
            out.add(new Span(start + split[k], start + split[k + 1]));
        }
    }

    /** The token model run over the whole sentence at once: what {@link #tokens} must equal (tests). */
    List<Span> modelTokens(String sentence) {
        return spans(tokenizer.get().tokenizePos(sentence));
    }

    /** The token model's split of one word without white space, as flattened [start, end) pairs. */
    private int[] splitOf(String word) {
        opennlp.tools.util.Span[] spans = tokenizer.get().tokenizePos(word);
        int[] out = new int[spans.length * 2];
        for (int k = 0; k < spans.length; k++) {
            out[2 * k] = spans[k].getStart();
            out[2 * k + 1] = spans[k].getEnd();
        }
        return out;
    }

    @Override
    public String[] tags(String[] tokens) {
        return tagger.get().tag(headline(tokens) ? lowerCase(tokens) : tokens);
    }

    /**
     * Headlines in Title Case or capitals ("Visibly Erases Crow's Feet", "GET RID OF DOUBLE CHINS") make the tagger
     * read every word as a proper noun; such a line is tagged as if written in lower case.
     */
    static boolean headline(String[] tokens) {
        int words = 0;
        int capitalised = 0;
        for (String t : tokens) {
            if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
                words++;
                if (Character.isUpperCase(t.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    static String[] lowerCase(String[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = tokens[i].toLowerCase(Locale.ROOT);
        }
        return out;
    }

    @Override
    public String[] lemmas(String[] tokens, String[] tags) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = lemmas.get(tokens[i], tags[i]);
        }
        return out;
    }

    /**
     * The lemma of one word form with its tag, computed by the statistical lemmatizer on the word alone. Articles
     * repeat their vocabulary, so the lemmatizer's beam search (the costliest step of the analysis) runs once per
     * distinct (form, tag) instead of once per sentence; the answer depends on the word and its tag only, so it is
     * the same whatever order or thread first asks.
     */
    private String lemmaOf(String token, String tag) {
        String[] raw = lemmatizer.get().lemmatize(new String[] {token}, new String[] {tag});
        // The model answers "O" when it has no lemma; the lower-cased word is the honest fallback.
        return raw.length == 0 || raw[0] == null || raw[0].equals("O") ? token.toLowerCase(Locale.ROOT)
                : raw[0].toLowerCase(Locale.ROOT);
    }

    @Override
    public String modelVersion() {
        return VERSION;
    }

    @Override
    public synchronized boolean preload() {
        boolean loaded = sentences.load();
        loaded |= tokenizer.load();
        loaded |= tagger.load();
        loaded |= lemmatizer.load();
        return loaded;
    }

    private static List<Span> spans(opennlp.tools.util.Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (opennlp.tools.util.Span s : spans) {
            out.add(new Span(s.getStart(), s.getEnd()));
        }
        return out;
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = OpenNlpAnalyzer.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("OpenNLP model " + name + " is not on the class path");
        }
        return in;
    }

    /** A value computed once, on first use, safely across threads. */
    private static final class Lazy<T> {
        interface Loader<T> {
            T load() throws IOException;
        }

        private final Loader<T> loader;
        private volatile T value;

        Lazy(Loader<T> loader) {
            this.loader = loader;
        }

        T get() {
            T v = value;
            if (v == null) {
                load();
                v = value;
            }
            return v;
        }

        boolean isLoaded() {
            return value != null;
        }

        /** Loads the value unless it is loaded; true when this call loaded it. */
        synchronized boolean load() {
            if (value != null) {
                return false;
            }
            try (InputStream ignored = null) {
                value = loader.load();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        }
    }
}

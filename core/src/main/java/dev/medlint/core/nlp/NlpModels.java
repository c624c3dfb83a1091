package dev.medlint.core.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The English OpenNLP models (Universal Dependencies EWT: sentences, tokens, POS, lemmas), read from the model jars
 * on the class path. Loading takes a fraction of a second, so one instance is shared by the whole process
 * ({@link #shared()}); it is immutable, and every method is safe to call from many threads at once. Each model is
 * loaded the first time it is needed, so a run that needs no POS tags never loads the tagger.
 */
public final class NlpModels {
    private static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private final Lazy<ThreadSafeSentenceDetectorME> sentences = new Lazy<>(
            () -> new ThreadSafeSentenceDetectorME(new SentenceModel(open(SENTENCE_MODEL))));
    private final Lazy<ThreadSafeTokenizerME> tokenizer = new Lazy<>(
            () -> new ThreadSafeTokenizerME(new TokenizerModel(open(TOKEN_MODEL))));
    private final Lazy<ThreadSafePOSTaggerME> tagger = new Lazy<>(
            () -> new ThreadSafePOSTaggerME(new POSModel(open(POS_MODEL))));
    private final Lazy<ThreadSafeLemmatizerME> lemmatizer = new Lazy<>(
            () -> new ThreadSafeLemmatizerME(new LemmatizerModel(open(LEMMA_MODEL))));

    private static final class Holder {
        static final NlpModels SHARED = new NlpModels();
    }

    /** The process-wide instance; models inside it load on first use and are never reloaded. */
    public static NlpModels shared() {
        return Holder.SHARED;
    }

    public Span[] sentences(String text) {
        return sentences.get().sentPosDetect(text);
    }

    public Span[] tokens(String sentence) {
        return tokenizer.get().tokenizePos(sentence);
    }

    /** Universal POS tags (NOUN, VERB, AUX, ADJ, ...). */
    public String[] tags(String[] tokens) {
        return tagger.get().tag(tokens);
    }

    public String[] lemmas(String[] tokens, String[] tags) {
        return lemmatizer.get().lemmatize(tokens, tags);
    }

    /** Loads every model now, so a long run pays for loading up front and a broken class path fails early. */
    public NlpModels preload() {
        sentences.get();
        tokenizer.get();
        tagger.get();
        lemmatizer.get();
        return this;
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(name);
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
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        try {
                            v = loader.load();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}

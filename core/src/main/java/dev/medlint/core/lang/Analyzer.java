package dev.medlint.core.lang;

import java.util.List;

/**
 * A language's statistical or dictionary-based analysis: sentences, tokens, part-of-speech tags (Universal
 * Dependencies tags: NOUN, VERB, AUX, ADJ ...) and lemmas. Implementations load their models on first use, once,
 * and are safe to call from many threads at once. {@link AnnotatedText} calls them lazily, so text no rule looks into
 * is never analysed.
 */
public interface Analyzer {
    /** The sentences of a block of text, as spans of it. */
    List<Span> sentences(String text);

    /** The tokens of a sentence, as spans of it. */
    List<Span> tokens(String sentence);

    /** One tag per token. */
    String[] tags(String[] tokens);

    /** One lemma per token (lower case; the token itself, lower-cased, when the analyzer has none). */
    String[] lemmas(String[] tokens, String[] tags);

    /**
     * A sentence's tokens with their spans (in the sentence), tags and lemmas, in one pass. By default the three
     * steps above in turn; an analyzer that reads all three at once (a morphological analyzer) does it here.
     */
    default List<Token> analyze(String sentence) {
        List<Span> spans = tokens(sentence);
        String[] texts = new String[spans.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = spans.get(i).of(sentence);
        }
        String[] tags = tags(texts);
        String[] lemmas = lemmas(texts, tags);
        List<Token> out = new java.util.ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            out.add(new Token(texts[i], spans.get(i).start(), spans.get(i).end(), tags[i], lemmas[i]));
        }
        return out;
    }

    /** The versions of the models in use, for cache keys and reports ("opennlp-en-ud-ewt-1.3"). */
    String modelVersion();

    /**
     * Whether every token is a verbatim stretch of its sentence and only white space stands between two tokens, so
     * a rule may rule a sentence out on its text before tokenizing it. False unless an analyzer promises it.
     */
    default boolean tokensAreTextSpans() {
        return false;
    }

    /**
     * Loads every model now, so a long run pays up front and a broken class path fails early.
     *
     * @return whether this call did the loading (false when the models were loaded already)
     */
    boolean preload();

    /**
     * Starts loading the models on a background thread and returns at once, so the load overlaps other start-up
     * work (configuration and packs) once it is known that text of this language is coming. Analyzers whose models
     * are cheap ignore it.
     */
    default void warmUpInBackground() {
    }
}

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

    /** The versions of the models in use, for cache keys and reports ("opennlp-en-ud-ewt-1.3"). */
    String modelVersion();

    /**
     * Loads every model now, so a long run pays up front and a broken class path fails early.
     *
     * @return whether this call did the loading (false when the models were loaded already)
     */
    boolean preload();
}

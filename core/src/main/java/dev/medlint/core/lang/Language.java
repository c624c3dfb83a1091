package dev.medlint.core.lang;

/**
 * A language medlint can check: its id (as a pack's {@code language:} names it), its grammar profile and its
 * analyzer. Add one by implementing this and registering it in {@link Languages#builtIn()}.
 */
public interface Language {
    /** The ISO 639-1 code a pack names the language by ("en"). */
    String id();

    /** The language's name in English, for messages ("English"). */
    String name();

    LanguageProfile profile();

    /**
     * Whether a stretch of text ({@code text[start, end)}, a block) is written in this language, judged by its
     * script: the router sends the block to this language's rules.
     */
    boolean claims(CharSequence text, int start, int end);

    Analyzer analyzer();
}

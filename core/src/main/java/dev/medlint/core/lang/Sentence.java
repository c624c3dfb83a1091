package dev.medlint.core.lang;


import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of an article's view text. Tokens, POS tags and lemmas are computed on first request and kept, so a
 * sentence no rule looks into costs nothing beyond its detection. Not for use by several threads at once.
 */
public final class Sentence {
    private final Analyzer analyzer;
    private final String text;
    private final int start;
    private List<Token> tokens;

    Sentence(Analyzer analyzer, String text, int start) {
        this.analyzer = analyzer;
        this.text = text;
        this.start = start;
    }

    public String text() {
        return text;
    }

    /** Start in the view text. */
    public int start() {
        return start;
    }

    public int end() {
        return start + text.length();
    }

    public boolean isQuestion() {
        String t = text.strip();
        return t.endsWith("?") || t.endsWith("?)") || t.endsWith("?\"") || t.endsWith("?”");
    }

    /** Tokens with POS tags and lemmas, computed on first request (the lemmatizer is the costliest step). */
    public List<Token> lemmatizedTokens() {
        if (tokens == null) {
            List<Token> out = new ArrayList<>();
            for (Token t : analyzer.analyze(text)) {
                out.add(new Token(t.text(), start + t.start(), start + t.end(), t.tag(), t.lemma()));
            }
            tokens = List.copyOf(out);
        }
        return tokens;
    }
}

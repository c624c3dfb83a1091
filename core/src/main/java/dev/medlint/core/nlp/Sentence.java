package dev.medlint.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.Span;

/**
 * A sentence of an article's view text. Tokens, POS tags and lemmas are computed on first request and kept, so a
 * sentence no rule looks into costs nothing beyond its detection. Not for use by several threads at once.
 */
public final class Sentence {
    private final NlpModels models;
    private final String text;
    private final int start;
    private Span[] tokenSpans;
    private String[] tokenTexts;
    private String[] tags;
    private String[] lemmas;

    Sentence(NlpModels models, String text, int start) {
        this.models = models;
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
        ensureLemmas();
        List<Token> out = new ArrayList<>(tokenTexts.length);
        for (int i = 0; i < tokenTexts.length; i++) {
            out.add(new Token(tokenTexts[i], start + tokenSpans[i].getStart(), start + tokenSpans[i].getEnd(), tags[i],
                    lemmas[i]));
        }
        return out;
    }

    private void ensureTokens() {
        if (tokenSpans == null) {
            tokenSpans = models.tokens(text);
            tokenTexts = new String[tokenSpans.length];
            for (int i = 0; i < tokenSpans.length; i++) {
                tokenTexts[i] = tokenSpans[i].getCoveredText(text).toString();
            }
        }
    }

    private void ensureTags() {
        ensureTokens();
        if (tags == null) {
            tags = models.tags(tokenTexts);
        }
    }

    private void ensureLemmas() {
        ensureTags();
        if (lemmas == null) {
            String[] raw = models.lemmas(tokenTexts, tags);
            lemmas = new String[raw.length];
            for (int i = 0; i < raw.length; i++) {
                // The model answers "O" when it has no lemma; the lower-cased word is the honest fallback.
                lemmas[i] = raw[i] == null || raw[i].equals("O") ? tokenTexts[i].toLowerCase(Locale.ROOT)
                        : raw[i].toLowerCase(Locale.ROOT);
            }
        }
    }
}

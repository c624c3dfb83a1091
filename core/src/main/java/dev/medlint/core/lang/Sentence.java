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
    private List<Span> tokenSpans;
    private String[] tokenTexts;
    private String[] tags;
    private String[] lemmas;

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
        ensureLemmas();
        List<Token> out = new ArrayList<>(tokenTexts.length);
        for (int i = 0; i < tokenTexts.length; i++) {
            out.add(new Token(tokenTexts[i], start + tokenSpans.get(i).start(), start + tokenSpans.get(i).end(), tags[i],
                    lemmas[i]));
        }
        return out;
    }

    /** Tokens with POS tags but no lemmas (null), for rules that test tags only: the lemmatizer is not run. */
    public List<Token> taggedTokens() {
        ensureTags();
        List<Token> out = new ArrayList<>(tokenTexts.length);
        for (int i = 0; i < tokenTexts.length; i++) {
            out.add(new Token(tokenTexts[i], start + tokenSpans.get(i).start(), start + tokenSpans.get(i).end(),
                    tags[i], lemmas == null ? null : lemmas[i]));
        }
        return out;
    }

    private void ensureTokens() {
        if (tokenSpans == null) {
            tokenSpans = analyzer.tokens(text);
            tokenTexts = new String[tokenSpans.size()];
            for (int i = 0; i < tokenTexts.length; i++) {
                tokenTexts[i] = tokenSpans.get(i).of(text);
            }
        }
    }

    private void ensureTags() {
        ensureTokens();
        if (tags == null) {
            tags = analyzer.tags(tokenTexts);
        }
    }

    private void ensureLemmas() {
        ensureTags();
        if (lemmas == null) {
            lemmas = analyzer.lemmas(tokenTexts, tags);
        }
    }
}

package dev.medlint.core.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of an article's view text. Tokens, POS tags and lemmas are computed on first request and kept, so a
 * sentence no rule looks into costs nothing beyond its detection; tags alone are cheaper than tags and lemmas. Not
 * for use by several threads at once.
 */
public final class Sentence {
    private final Analyzer analyzer;
    private final String text;
    private final int start;
    private List<Token> plain;
    private List<Token> tagged;
    private List<Token> lemmatized;
    /** Per {@link TextFact}: 0 not asked yet, 1 false, 2 true. */
    private byte[] facts;
    private String folded;

    /** Questions about a sentence's text that several rules ask of every match in it; each is answered once. */
    public enum TextFact {
        /** The sentence talks about advertising or its wording rather than advertising. */
        ABOUT_ADS,
        /** The sentence states a risk or side effect. */
        RISK
    }

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

    /** The answer of {@code test} for this sentence's text, computed on the first question about {@code fact}. */
    public boolean fact(TextFact fact, java.util.function.Predicate<String> test) {
        if (facts == null) {
            facts = new byte[TextFact.values().length];
        }
        if (facts[fact.ordinal()] == 0) {
            facts[fact.ordinal()] = (byte) (test.test(text) ? 2 : 1);
        }
        return facts[fact.ordinal()] == 2;
    }

    /** The text folded by {@link CaseFold}, made on first request: the literals of rules' regexes are sought in it. */
    public String folded() {
        if (folded == null) {
            folded = CaseFold.fold(text);
        }
        return folded;
    }

    public boolean isQuestion() {
        String t = text.strip();
        return t.endsWith("?") || t.endsWith("?)") || t.endsWith("?\"") || t.endsWith("?”");
    }

    /** Tokens with POS tags and lemmas, computed on first request (the lemmatizer is the costliest step). */
    public List<Token> lemmatizedTokens() {
        if (lemmatized == null) {
            lemmatized = shifted(analyzer.analyze(text));
        }
        return lemmatized;
    }

    /**
     * Tokens, with tags and lemmas only if they were computed already (else null): neither the tagger nor the
     * lemmatizer is run, so a rule can rule a sentence out on word forms before paying for them.
     */
    public List<Token> tokens() {
        if (lemmatized != null) {
            return lemmatized;
        }
        if (tagged != null) {
            return tagged;
        }
        if (plain == null) {
            List<Span> spans = analyzer.tokens(text);
            List<Token> out = new ArrayList<>(spans.size());
            for (Span sp : spans) {
                out.add(new Token(sp.of(text), start + sp.start(), start + sp.end(), null, null));
            }
            plain = List.copyOf(out);
        }
        return plain;
    }

    /** Tokens with POS tags; lemmas only if they were computed already (else null): the lemmatizer is not run. */
    public List<Token> taggedTokens() {
        if (lemmatized != null) {
            return lemmatized;
        }
        if (tagged == null) {
            List<Token> words = tokens();
            String[] texts = new String[words.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = words.get(i).text();
            }
            String[] tags = analyzer.tags(texts);
            List<Token> out = new ArrayList<>(texts.length);
            for (int i = 0; i < texts.length; i++) {
                Token w = words.get(i);
                out.add(new Token(w.text(), w.start(), w.end(), tags[i], null));
            }
            tagged = List.copyOf(out);
        }
        return tagged;
    }

    /** Tokens of the sentence as spans of the view text. */
    private List<Token> shifted(List<Token> inSentence) {
        List<Token> out = new ArrayList<>(inSentence.size());
        for (Token t : inSentence) {
            out.add(new Token(t.text(), start + t.start(), start + t.end(), t.tag(), t.lemma()));
        }
        return List.copyOf(out);
    }
}

package dev.medlint.core.analysis;

import dev.medlint.core.nlp.AnnotatedText;
import dev.medlint.core.nlp.NlpModels;
import dev.medlint.core.nlp.Sentence;
import dev.medlint.core.nlp.Token;
import dev.medlint.core.source.Format;
import dev.medlint.core.text.LineMap;
import dev.medlint.core.text.TextExtractor;
import dev.medlint.core.text.TextView;
import java.util.ArrayList;
import java.util.List;

/**
 * What OpenNLP makes of a text, for people: its sentences, and in each the tokens with their POS tags and lemmas,
 * each with its line and column in the source. Rules see the same annotations; this is how a rule author finds out
 * why a rule did or did not fire ({@code medlint analyze}, {@code medlint rules test}).
 */
public final class TextAnalysis {
    /** A token: its text, Universal POS tag, lemma and 1-based line and column in the source. */
    public record AnalyzedToken(String text, String tag, String lemma, int line, int column) {
    }

    /** A sentence as detected, where it starts in the source, and its tokens. */
    public record AnalyzedSentence(String text, int line, int column, List<AnalyzedToken> tokens) {
        public AnalyzedSentence {
            tokens = List.copyOf(tokens);
        }
    }

    private TextAnalysis() {
    }

    /** Analyses a text of the given format (markup, code and URLs are left out as when checking). */
    public static List<AnalyzedSentence> analyze(String source, Format format) {
        TextView view = TextExtractor.forFormat(format).extract(source);
        AnnotatedText annotated = new AnnotatedText(view, NlpModels.shared());
        LineMap lines = new LineMap(source);
        List<AnalyzedSentence> out = new ArrayList<>();
        for (int b = 0; b < annotated.blockCount(); b++) {
            for (Sentence s : annotated.sentences(b)) {
                List<AnalyzedToken> tokens = new ArrayList<>();
                for (Token t : s.lemmatizedTokens()) {
                    LineMap.Position p = lines.position(view.sourceOffset(t.start()));
                    tokens.add(new AnalyzedToken(t.text(), t.tag(), t.lemma(), p.line(), p.column()));
                }
                LineMap.Position p = lines.position(view.sourceOffset(s.start()));
                out.add(new AnalyzedSentence(s.text(), p.line(), p.column(), tokens));
            }
        }
        return out;
    }

    /** Tokens on one line as {@code text/TAG/lemma}, the compact form used in diagnostics. */
    public static String compact(AnalyzedSentence s) {
        StringBuilder b = new StringBuilder();
        for (AnalyzedToken t : s.tokens()) {
            if (b.length() > 0) {
                b.append("  ");
            }
            b.append(t.text()).append('/').append(t.tag()).append('/').append(t.lemma());
        }
        return b.toString();
    }
}

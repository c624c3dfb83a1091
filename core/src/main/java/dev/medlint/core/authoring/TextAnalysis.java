package dev.medlint.core.authoring;

import dev.medlint.core.lang.AnnotatedText;
import dev.medlint.core.lang.Language;
import dev.medlint.core.lang.Sentence;
import dev.medlint.core.lang.Token;
import dev.medlint.core.report.AnalyzedSentence;
import dev.medlint.core.source.Format;
import dev.medlint.core.text.LineMap;
import dev.medlint.core.text.TextExtractor;
import dev.medlint.core.text.TextView;
import java.util.ArrayList;
import java.util.List;

/**
 * What a language's analyzer makes of a text, for people: its sentences, and in each the tokens with their POS tags
 * and lemmas, each with its line and column in the source. Rules see the same annotations; this is how a rule author
 * finds out why a rule did or did not fire ({@code medlint analyze}, {@code medlint rules test}).
 */
public final class TextAnalysis {
    private TextAnalysis() {
    }

    /** Analyses a text of the given format (markup, code and URLs are left out as when checking). */
    public static List<AnalyzedSentence> analyze(String source, Format format, Language language) {
        TextView view = TextExtractor.forFormat(format).extract(source);
        AnnotatedText annotated = new AnnotatedText(view, language.analyzer());
        LineMap lines = new LineMap(source);
        List<AnalyzedSentence> out = new ArrayList<>();
        for (int b = 0; b < annotated.blockCount(); b++) {
            for (Sentence s : annotated.sentences(b)) {
                List<AnalyzedSentence.Token> tokens = new ArrayList<>();
                for (Token t : s.lemmatizedTokens()) {
                    LineMap.Position p = lines.position(view.sourceOffset(t.start()));
                    tokens.add(new AnalyzedSentence.Token(t.text(), t.tag(), t.lemma(), p.line(), p.column()));
                }
                LineMap.Position p = lines.position(view.sourceOffset(s.start()));
                out.add(new AnalyzedSentence(s.text(), p.line(), p.column(), language.id(), tokens));
            }
        }
        return out;
    }
}

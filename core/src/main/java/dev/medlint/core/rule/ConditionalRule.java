package dev.medlint.core.rule;

import dev.medlint.core.nlp.AnnotatedText;
import dev.medlint.core.nlp.Sentence;
import dev.medlint.core.nlp.Word;
import java.util.List;
import java.util.Set;

/**
 * If the document mentions one of the {@code if} terms (a procedure), it must contain a real notice: a declarative
 * sentence that names a {@code then} term (side effects, complications) together with a marker saying they can
 * happen (may, risk, occur, such as). A question, a denial ("no side effects") or a downplaying ("minimal side
 * effects") is not a notice; when only such sentences exist the finding points at the first of them.
 */
public final class ConditionalRule extends Rule {
    private static final Set<String> CONTRASTS = Set.of("but", "however", "although", "though", "while",
            "whereas", "yet");

    private final List<Term> ifTerms;
    private final List<Term> thenTerms;
    private final Set<String> markers;
    private final Set<String> weakeners;
    private final List<Term> contradictions;
    private final Vocabulary vocabulary;

    public ConditionalRule(RuleMeta meta, List<Term> ifTerms, List<Term> thenTerms, Set<String> markers,
            Set<String> weakeners, List<Term> contradictions, Vocabulary vocabulary) {
        super(meta);
        this.contradictions = List.copyOf(contradictions);
        this.ifTerms = List.copyOf(ifTerms);
        this.thenTerms = List.copyOf(thenTerms);
        this.markers = Set.copyOf(markers);
        this.weakeners = Set.copyOf(weakeners);
        this.vocabulary = vocabulary;
    }

    @Override
    public Rule withMeta(RuleMeta newMeta) {
        return new ConditionalRule(newMeta, ifTerms, thenTerms, markers, weakeners, contradictions, vocabulary);
    }

    @Override
    public List<RuleHit> check(AnnotatedText doc) {
        RuleHit trigger = firstMatch(doc, ifTerms);
        if (trigger == null) {
            return List.of();
        }
        RuleHit weak = null;
        String text = doc.text();
        for (int b = 0; b < doc.blockCount(); b++) {
            List<Word> words = doc.words(b);
            for (int i = 0; i < words.size(); i++) {
                Term term = matchAt(thenTerms, words, i, text);
                if (term == null) {
                    continue;
                }
                Sentence s = doc.sentenceAt(b, words.get(i).start());
                int end = words.get(i + term.length() - 1).end();
                String problem = problem(s, words, i, text);
                if (problem == null) {
                    RuleHit contradiction = contradiction(doc);
                    return contradiction == null ? List.of() : List.of(contradiction);
                }
                if (weak == null && !problem.isEmpty()) {
                    String span = text.substring(words.get(i).start(), end);
                    weak = new RuleHit(words.get(i).start(), end, span, "'" + span + "' is not a side-effect notice: "
                            + problem + ". State plainly which side effects may occur (e.g. swelling, bruising, "
                            + "infection).");
                }
            }
        }
        return List.of(weak != null ? weak : trigger);
    }

    /**
     * A notice is not real when the article takes it back elsewhere ("painless", "no side effects"): the first such
     * claim that is not itself negated or asked.
     */
    private RuleHit contradiction(AnnotatedText doc) {
        String text = doc.text();
        for (int b = 0; b < doc.blockCount(); b++) {
            List<Word> words = doc.words(b);
            for (int i = 0; i < words.size(); i++) {
                Term t = matchAt(contradictions, words, i, text);
                if (t == null || Context.negated(words, i, text, vocabulary)
                        || doc.sentenceAt(b, words.get(i).start()).isQuestion()) {
                    continue;
                }
                int start = words.get(i).start();
                int end = words.get(i + t.length() - 1).end();
                String span = text.substring(start, end);
                return new RuleHit(start, end, span, "'" + span + "' contradicts the article's side-effect notice, "
                        + "so the notice does not inform: a reader is told both that there are risks and that there "
                        + "are none.");
            }
        }
        return null;
    }

    /** Null for a real notice, "" for a mention that is no notice at all, or why the mention is a weak one. */
    private String problem(Sentence s, List<Word> words, int i, String text) {
        if (s.isQuestion()) {
            return "it is asked as a question";
        }
        if (Context.negated(words, i, text, vocabulary)) {
            return "it denies them";
        }
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (weakeners.contains(words.get(k).lower())) {
                return "it plays them down";
            }
        }
        return markerInSameClause(s, words, i, text) ? null : "";
    }

    /**
     * A marker counts only on the mention's side of a contrast: in "swelling may increase, but a faster recovery is
     * possible" the "possible" speaks of recovery, not of the swelling.
     */
    private boolean markerInSameClause(Sentence s, List<Word> words, int i, String text) {
        for (int k = i; k < words.size() && words.get(k).end() <= s.end(); k++) {
            if (k > i && (CONTRASTS.contains(words.get(k).lower()) || semicolonBetween(text, words.get(k - 1), words.get(k)))) {
                break;
            }
            if (markers.contains(words.get(k).lower())) {
                return true;
            }
        }
        for (int k = i - 1; k >= 0 && words.get(k).start() >= s.start(); k--) {
            if (CONTRASTS.contains(words.get(k).lower()) || semicolonBetween(text, words.get(k), words.get(k + 1))) {
                break;
            }
            if (markers.contains(words.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean semicolonBetween(String text, Word a, Word b) {
        return text.substring(a.end(), b.start()).indexOf(';') >= 0;
    }

    /**
     * The first occurrence of the first listed term that occurs at all: terms are listed from the most specific
     * (a procedure's name) to the most general ("surgery", which also names clinics), so the finding points at the
     * procedure the article is about.
     */
    private static RuleHit firstMatch(AnnotatedText doc, List<Term> terms) {
        String text = doc.text();
        for (Term t : terms) {
            List<Term> one = List.of(t);
            for (int b = 0; b < doc.blockCount(); b++) {
                List<Word> words = doc.words(b);
                for (int i = 0; i < words.size(); i++) {
                    if (matchAt(one, words, i, text) != null) {
                        int start = words.get(i).start();
                        int end = words.get(i + t.length() - 1).end();
                        return new RuleHit(start, end, text.substring(start, end), null);
                    }
                }
            }
        }
        return null;
    }

    private static Term matchAt(List<Term> terms, List<Word> words, int i, String text) {
        for (Term t : terms) {
            if (t.firstForms().contains(words.get(i).lower()) && t.matchesAt(words, i, text)) {
                return t;
            }
        }
        return null;
    }
}

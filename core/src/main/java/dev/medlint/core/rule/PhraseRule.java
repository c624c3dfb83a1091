package dev.medlint.core.rule;

import dev.medlint.core.nlp.AnnotatedText;
import dev.medlint.core.nlp.Sentence;
import dev.medlint.core.nlp.Word;
import dev.medlint.core.text.TextView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags terms (every inflected form), exact word sequences and regular expressions, unless the context excuses them
 * (negation, hedge, question, quotation, condition) or a sentence matches one of the rule's exceptions.
 */
public final class PhraseRule extends Rule {
    private final List<Term> terms;
    private final List<RegexMatch> patterns;
    private final Set<Excuse> unless;
    private final List<Pattern> exceptions;
    private final Vocabulary vocabulary;
    private final Set<String> firstForms;

    public PhraseRule(RuleMeta meta, List<Term> terms, List<RegexMatch> patterns, Set<Excuse> unless,
            List<Pattern> exceptions, Vocabulary vocabulary) {
        super(meta);
        this.terms = List.copyOf(terms);
        this.patterns = List.copyOf(patterns);
        this.unless = Set.copyOf(unless);
        this.exceptions = List.copyOf(exceptions);
        this.vocabulary = vocabulary;
        Set<String> first = new HashSet<>();
        for (Term t : terms) {
            first.addAll(t.firstForms());
        }
        this.firstForms = Set.copyOf(first);
    }

    public List<Term> terms() {
        return terms;
    }

    @Override
    public Rule withMeta(RuleMeta newMeta) {
        return new PhraseRule(newMeta, terms, patterns, unless, exceptions, vocabulary);
    }

    /** The same rule matching more terms (a team's additions to a built-in list). */
    public PhraseRule withExtraTerms(List<Term> extra) {
        return withExtra(extra, List.of());
    }

    /** The same rule matching more terms and patterns; the rule's excuses and exceptions apply to them too. */
    public PhraseRule withExtra(List<Term> extraTerms, List<RegexMatch> extraPatterns) {
        List<Term> allTerms = new ArrayList<>(terms);
        allTerms.addAll(extraTerms);
        List<RegexMatch> allPatterns = new ArrayList<>(patterns);
        allPatterns.addAll(extraPatterns);
        return new PhraseRule(meta(), allTerms, allPatterns, unless, exceptions, vocabulary);
    }

    public List<RegexMatch> patterns() {
        return patterns;
    }

    /** The contexts that excuse a match ({@code unless}). */
    public Set<Excuse> unless() {
        return unless;
    }

    /** Sentences matching one of these are never flagged ({@code exceptions}). */
    public List<Pattern> exceptions() {
        return exceptions;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public List<RuleHit> check(AnnotatedText doc) {
        List<RuleHit> hits = new ArrayList<>();
        String text = doc.text();
        List<RegexMatch> live = patterns.stream()
                .filter(p -> p.anchors().isEmpty() || doc.hasWordStarting(p.anchors())).toList();
        for (int b = 0; b < doc.blockCount(); b++) {
            List<Word> words = doc.words(b);
            TextView.Block block = doc.block(b);
            List<int[]> spans = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                if (!firstForms.contains(words.get(i).lower())) {
                    continue;
                }
                for (Term t : terms) {
                    if (t.matchesAt(words, i, text)) {
                        spans.add(new int[] {words.get(i).start(), words.get(i + t.length() - 1).end(), i});
                        break;
                    }
                }
            }
            for (RegexMatch p : live) {
                if (!p.anchors().isEmpty() && !doc.blockHasWordStarting(b, p.anchors())) {
                    continue;
                }
                Matcher m = p.pattern().matcher(text).region(block.start(), block.end());
                while (m.find()) {
                    if (m.end() > m.start()) {
                        spans.add(new int[] {m.start(), m.end(), wordIndexAt(words, m.start())});
                    }
                }
            }
            if (spans.size() > 1) {
                spans.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
            }
            int coveredUntil = -1;
            for (int[] s : spans) {
                if (s[0] < coveredUntil) {
                    continue;
                }
                if (!excused(doc, b, words, s[0], s[1], s[2])) {
                    hits.add(new RuleHit(s[0], s[1], text.substring(s[0], s[1]), null));
                    coveredUntil = s[1];
                }
            }
        }
        return hits;
    }

    private boolean excused(AnnotatedText doc, int b, List<Word> words, int start, int end, int wordIndex) {
        String text = doc.text();
        TextView.Block block = doc.block(b);
        if (unless.contains(Excuse.NEGATED) && wordIndex >= 0 && Context.negated(words, wordIndex, text, vocabulary)) {
            return true;
        }
        if (unless.contains(Excuse.QUOTED) && Context.quoted(text, start, end, block.start(), block.end())) {
            return true;
        }
        if (unless.contains(Excuse.CONDITIONAL) && wordIndex >= 0 && Context.conditional(words, wordIndex, text)) {
            return true;
        }
        boolean needsSentence = unless.contains(Excuse.HEDGED) || unless.contains(Excuse.QUESTION)
                || !exceptions.isEmpty();
        if (!needsSentence) {
            return false;
        }
        Sentence sentence = doc.sentenceAt(b, start);
        if (unless.contains(Excuse.QUESTION) && sentence.isQuestion()) {
            return true;
        }
        if (unless.contains(Excuse.HEDGED) && Context.hedged(sentence, words, vocabulary)) {
            return true;
        }
        for (Pattern p : exceptions) {
            if (p.matcher(sentence.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first word at or after a view offset, or -1. */
    static int wordIndexAt(List<Word> words, int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).end() > offset) {
                return i;
            }
        }
        return -1;
    }
}

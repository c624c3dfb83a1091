package dev.medlint.core.rule;

import dev.medlint.core.lang.Vocabulary;

import dev.medlint.core.lang.AnnotatedText;
import dev.medlint.core.lang.Language;
import dev.medlint.core.lang.Token;
import dev.medlint.core.lang.Word;
import dev.medlint.core.text.TextView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import com.google.re2j.Pattern;
import dev.medlint.core.yaml.RuleFileException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Flags terms (every inflected form), exact word sequences and regular expressions, unless the context excuses them
 * (negation, hedge, question, quotation, condition) or a sentence matches one of the rule's exceptions.
 */
public final class PhraseRule extends Rule implements Excusable {
    /** {@code type: phrase}: {@code match} (terms, {@code exact:} word sequences, {@code regex:}), {@code unless}, {@code exceptions}. */
    public static final class Type implements RuleType {
        private static final Set<String> MATCH_KEYS = Set.of("term", "exact", "regex", "anchors", "not-preceded-by",
                "not-followed-by");
        /** The keys that only go with {@code regex}. */
        private static final List<String> REGEX_ONLY = List.of("anchors", "not-preceded-by", "not-followed-by");

        @Override
        public String name() {
            return "phrase";
        }

        @Override
        public Set<String> keys() {
            return Set.of("match", "unless", "exceptions");
        }

        @Override
        public String meaning() {
            return "flags words, phrases and patterns unless the context excuses them";
        }

        @Override
        public Rule bind(RuleBinding b) throws RuleFileException {
            List<Term> terms = new ArrayList<>();
            List<RegexMatch> patterns = new ArrayList<>();
            for (Node m : b.yaml().sequence(b.required("match"), "'match'")) {
                if (m instanceof ScalarNode) {
                    terms.add(b.term(m, true));
                    continue;
                }
                Map<String, Node> mf = b.yaml().mapping(m, "a match item", MATCH_KEYS);
                int extras = 0;
                for (String key : REGEX_ONLY) {
                    if (mf.containsKey(key)) {
                        if (!mf.containsKey("regex")) {
                            throw b.error(mf.get(key), "'" + key + "' goes with 'regex' only");
                        }
                        extras++;
                    }
                }
                if (mf.size() != 1 + extras) {
                    throw b.error(m, "a match item has exactly one of: term, exact, regex");
                }
                if (mf.containsKey("term")) {
                    terms.add(b.term(mf.get("term"), true));
                } else if (mf.containsKey("exact")) {
                    terms.add(b.term(mf.get("exact"), false));
                } else {
                    List<String> anchors = mf.containsKey("anchors")
                            ? b.yaml().strings(mf.get("anchors"), "'anchors'") : List.of();
                    patterns.add(RegexMatch.of(b.regex(mf.get("regex"), "regex"), anchors,
                            mf.containsKey("not-preceded-by") ? b.regex(mf.get("not-preceded-by"), "not-preceded-by") : null,
                            mf.containsKey("not-followed-by") ? b.regex(mf.get("not-followed-by"), "not-followed-by") : null));
                }
            }
            return new PhraseRule(b.meta(), b.language(), terms, patterns, b.excuses(), b.exceptions(),
                    b.vocabulary());
        }
    }

    private final List<Term> terms;
    private final List<RegexMatch> patterns;
    private final Set<Excuse> unless;
    private final SentenceExceptions exceptions;
    private final Vocabulary vocabulary;
    private final TermIndex index;

    public PhraseRule(RuleMeta meta, Language language, List<Term> terms, List<RegexMatch> patterns,
            Set<Excuse> unless, List<Pattern> exceptions, Vocabulary vocabulary) {
        super(meta, language);
        this.terms = List.copyOf(terms);
        this.patterns = List.copyOf(patterns);
        this.unless = Set.copyOf(unless);
        this.exceptions = SentenceExceptions.of(exceptions);
        this.vocabulary = vocabulary;
        this.index = new TermIndex(this.terms);
    }

    public List<Term> terms() {
        return terms;
    }

    @Override
    public Rule withMeta(RuleMeta newMeta) {
        return new PhraseRule(newMeta, language(), terms, patterns, unless, exceptions.patterns(), vocabulary);
    }

    /** The same rule matching more terms and patterns; the rule's excuses and exceptions apply to them too. */
    @Override
    public Optional<Rule> withExtra(List<Term> extraTerms, List<RegexMatch> extraPatterns) {
        List<Term> allTerms = new ArrayList<>(terms);
        allTerms.addAll(extraTerms);
        List<RegexMatch> allPatterns = new ArrayList<>(patterns);
        allPatterns.addAll(extraPatterns);
        return Optional.of(new PhraseRule(meta(), language(), allTerms, allPatterns, unless, exceptions.patterns(),
                vocabulary));
    }

    @Override
    public Rule withExcuses(Set<Excuse> newUnless, List<Pattern> newExceptions) {
        return new PhraseRule(meta(), language(), terms, patterns, newUnless, newExceptions, vocabulary);
    }

    public List<RegexMatch> patterns() {
        return patterns;
    }

    /** The contexts that excuse a match ({@code unless}). */
    @Override
    public Set<Excuse> unless() {
        return unless;
    }

    /** Sentences matching one of these are never flagged ({@code exceptions}). */
    @Override
    public List<Pattern> exceptions() {
        return exceptions.patterns();
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public java.util.Collection<String> words() {
        return index.firstForms();
    }

    @Override
    public java.util.Collection<String> literals() {
        return patterns.stream().flatMap(p -> java.util.stream.Stream.concat(p.literals().strings().stream(),
                p.starts().stream())).toList();
    }

    @Override
    public List<RuleHit> check(AnnotatedText doc) {
        List<RuleHit> hits = new ArrayList<>();
        String text = doc.text();
        // a regex with anchor words is ruled out per block by them; one without, by its literals in the whole text
        List<RegexMatch> live = patterns.stream()
                .filter(p -> p.anchors().isEmpty() ? p.mayMatchSomewhere(doc) : doc.hasWordStarting(p.anchors()))
                .toList();
        // the terms each distinct word may begin, looked up once per word of the document, not per occurrence
        int[][] candidatesOf = index.candidatesByWord(doc);
        for (int b = 0; b < doc.blockCount(); b++) {
            List<Word> words = doc.words(b);
            TextView.Block block = doc.block(b);
            List<int[]> spans = new ArrayList<>();
            String blockText = null;
            for (int i = 0; i < words.size(); i++) {
                int[] cs = candidatesOf[words.get(i).id()];
                if (cs == null) {
                    continue;
                }
                for (int c : cs) {
                    Term t = index.term(c);
                    if (t.matchesAt(words, i, text)) {
                        spans.add(new int[] {words.get(i).start(), words.get(i + t.length() - 1).end(), i});
                        break;
                    }
                }
            }
            if (index.matchesWordStarts()) {
                addInnerMatches(doc, b, words, spans);
            }
            for (RegexMatch p : live) {
                // the anchors first: a look-up in the block's few words is cheaper than the literals' indexOf
                // calls when blocks are many and small (a table's cells)
                if (!p.anchors().isEmpty() && !doc.blockHasWordStarting(b, p.anchors())
                        || !p.mayMatch(doc, b)) {
                    continue;
                }
                if (blockText == null) {
                    blockText = text.substring(block.start(), block.end());
                }
                for (int[] span : p.spans(blockText, block.start(), doc.foldedBlock(b), doc.literalHits(), b)) {
                    spans.add(new int[] {span[0], span[1], wordIndexAt(words, span[0])});
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

    /**
     * Korean slogans run words together (강남최고리프팅, 솔직후기, 강력추천): a one-word term also matches inside a
     * word where it spans whole morphemes of Nori's analysis, never part of one. The analysis is asked for only
     * when a term's letters occur inside a word.
     */
    private void addInnerMatches(AnnotatedText doc, int b, List<Word> words, List<int[]> spans) {
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String lower = w.lower();
            if (lower.length() != w.end() - w.start()) {
                continue;
            }
            for (int[] c : index.inner(lower)) {
                int start = w.start() + c[1];
                if (wholeMorphemes(doc, b, start, start + c[2])) {
                    spans.add(new int[] {start, start + c[2], i});
                    break;
                }
            }
        }
    }

    /** Whether a morpheme of the sentence starts at {@code start} and one ends at {@code end}. */
    private static boolean wholeMorphemes(AnnotatedText doc, int b, int start, int end) {
        boolean starts = false;
        boolean ends = false;
        for (Token t : doc.sentenceAt(b, start).lemmatizedTokens()) {
            starts |= t.start() == start;
            ends |= t.end() == end && t.start() >= start;
        }
        return starts && ends;
    }

    private boolean excused(AnnotatedText doc, int b, List<Word> words, int start, int end, int wordIndex) {
        String text = doc.text();
        TextView.Block block = doc.block(b);
        if (unless.contains(Excuse.NEGATED) && wordIndex >= 0 && Context.negated(words, wordIndex,
                lastWordBefore(words, end, wordIndex), text, language().profile(), vocabulary)) {
            return true;
        }
        if (unless.contains(Excuse.QUOTED) && Context.quoted(text, start, end, block.start(), block.end())
                && !Context.quotedSlogan(doc.sentenceAt(b, start), start, language().profile())) {
            return true;
        }
        if (unless.contains(Excuse.CONDITIONAL) && wordIndex >= 0 && Context.conditional(words, wordIndex, text, language().profile())) {
            return true;
        }
        if (!Context.needsSentence(unless, exceptions.patterns())) {
            return false;
        }
        return Context.sentenceExcuses(doc.sentenceAt(b, start), words, unless, exceptions, language().profile(),
                vocabulary, start, end);
    }

    @Override
    public Optional<Matching> matching() {
        List<String> items = new ArrayList<>();
        if (!terms.isEmpty()) {
            items.add("terms (each word also in its regular forms): "
                    + String.join(", ", terms.stream().map(Term::source).toList()));
        }
        patterns.stream().map(RegexMatch::pattern).map(x -> "regex: " + x.pattern()).forEach(items::add);
        String title = unless.isEmpty() ? "Matches"
                : "Matches (unless " + String.join(", ", new TreeSet<>(unless.stream().map(Excuse::label).toList()))
                        + ")";
        return Optional.of(new Matching(title, items));
    }

    @Override
    public List<String> whyNoFinding(String text) {
        List<String> why = new ArrayList<>();
        AnnotatedText doc = annotate(text);
        List<RuleHit> hits = withExcuses(Set.of(), List.of()).check(doc);
        if (!hits.isEmpty()) {
            for (RuleHit h : hits) {
                why.add("'" + h.match() + "' matches, but " + ExcuseDiagnosis.excusedBy(this, h, text));
            }
            return why;
        }
        why.add("none of the rule's " + ExcuseDiagnosis.count(terms.size(), "term") + (patterns.isEmpty() ? ""
                : " or " + ExcuseDiagnosis.count(patterns.size(), "pattern")) + " occurs in the text");
        why.addAll(nearMisses(doc));
        why.add("a term matches whole words in order, each also in its regular forms (guarantee: "
                + "guarantees, guaranteed, guaranteeing); an 'exact' term only as written; no comma or other "
                + "punctuation may stand between its words");
        return why;
    }

    @Override
    public List<String> whyFinding(String text, List<String> matches) {
        List<String> why = new ArrayList<>();
        AnnotatedText doc = annotate(text);
        for (RuleHit h : check(doc)) {
            why.add("'" + h.match() + "' " + matchedBy(h, doc) + "; "
                    + ExcuseDiagnosis.excuses(unless, exceptions.patterns()));
        }
        return why;
    }

    /** Which term or pattern, alone, finds the hit. */
    private String matchedBy(RuleHit hit, AnnotatedText doc) {
        String overlapping = null;
        for (Term t : terms) {
            List<RuleHit> hits = new PhraseRule(meta(), language(), List.of(t), List.of(), Set.of(), List.of(),
                    vocabulary).check(doc);
            if (same(hits, hit)) {
                return "matches the term '" + t.source() + "'";
            }
            if (overlapping == null && overlaps(hits, hit)) {
                overlapping = "matches the term '" + t.source() + "'";
            }
        }
        for (RegexMatch r : patterns) {
            List<RuleHit> hits = new PhraseRule(meta(), language(), List.of(), List.of(r), Set.of(), List.of(),
                    vocabulary).check(doc);
            if (same(hits, hit)) {
                return "matches the pattern '" + r.pattern().pattern() + "'";
            }
            if (overlapping == null && overlaps(hits, hit)) {
                overlapping = "matches the pattern '" + r.pattern().pattern() + "'";
            }
        }
        return overlapping != null ? overlapping : "matches";
    }

    private static boolean same(List<RuleHit> hits, RuleHit hit) {
        return hits.stream().anyMatch(h -> h.start() == hit.start() && h.end() == hit.end());
    }

    private static boolean overlaps(List<RuleHit> hits, RuleHit hit) {
        return hits.stream().anyMatch(h -> h.start() < hit.end() && hit.start() < h.end());
    }

    /** Multi-word terms whose first word occurs without the rest. */
    private List<String> nearMisses(AnnotatedText doc) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int b = 0; b < doc.blockCount(); b++) {
            for (Word w : doc.words(b)) {
                for (Term t : terms) {
                    if (t.length() > 1 && t.startsWith(w.lower()) && seen.add(t.source())
                            && out.size() < 3) {
                        out.add("'" + w.lower() + "' occurs, but not followed by the rest of the term '" + t.source()
                                + "'");
                    }
                }
            }
        }
        return out;
    }

    /** Index of the last word that starts before view offset {@code end} (at least {@code first}). */
    static int lastWordBefore(List<Word> words, int end, int first) {
        int last = first;
        for (int i = first; i < words.size() && words.get(i).start() < end; i++) {
            last = i;
        }
        return last;
    }

    /** Index of the first word at or after a view offset, or -1. */
    static int wordIndexAt(List<Word> words, int offset) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) { // words are in order, so their ends are too: the first that ends after offset
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).end() > offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo < words.size() ? lo : -1;
    }
}

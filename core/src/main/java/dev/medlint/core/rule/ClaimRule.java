package dev.medlint.core.rule;

import dev.medlint.core.lang.Vocabulary;

import dev.medlint.core.lang.AnnotatedText;
import dev.medlint.core.lang.Language;
import dev.medlint.core.lang.LanguageProfile;
import dev.medlint.core.lang.Sentence;
import dev.medlint.core.lang.Token;
import dev.medlint.core.lang.Word;
import dev.medlint.core.yaml.RuleFileException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import com.google.re2j.Pattern;

/**
 * Flags efficacy claims: a predicate (remove, restore, improve, "is effective") asserted about a target (wrinkles,
 * sagging, volume) in one clause, optionally only when boosted by an intensifier (completely, permanently). POS tags
 * and lemmas from the language's analyzer decide whether the predicate is really asserted (a verb, not an infinitive
 * or a modifier); they are computed only for sentences that pass the cheap word checks.
 */
public final class ClaimRule extends Rule implements Excusable {
    private static final String VERB = "VERB";
    private static final String NOUN = "NOUN";
    private static final String ADJ = "ADJ";
    /** Tags before which a predicate's third-person form is a noun after all ("the lifts", "two removes"). */
    private static final Set<String> NOUN_CONTEXT = Set.of("DET", ADJ, "ADP", "NUM");

    /** {@code type: claim}: {@code predicates}, {@code adjectives}, {@code intensifiers}, {@code targets}. */
    public static final class Type implements RuleType {
        @Override
        public String name() {
            return "claim";
        }

        @Override
        public Set<String> keys() {
            return Set.of("predicates", "adjectives", "intensifiers", "targets", "unless", "exceptions");
        }

        @Override
        public String meaning() {
            return "flags efficacy claims asserted without a hedge (uses the analyzer's POS tags and lemmas)";
        }

        @Override
        public Rule bind(RuleBinding b) throws RuleFileException {
            return new ClaimRule(b.meta(), b.language(), b.words(b.required("predicates"), "'predicates'"),
                    b.optionalWords("adjectives"), b.optionalWords("intensifiers"), b.optionalWords("targets"),
                    b.excuses(), b.exceptions(), b.vocabulary());
        }
    }

    private final Set<String> predicates;
    private final Set<String> adjectives;
    private final Set<String> intensifiers;
    private final Set<String> targets;
    private final Set<Excuse> unless;
    private final SentenceExceptions exceptions;
    private final Vocabulary vocabulary;
    private final Set<String> triggerForms;
    private final WordLookup<Boolean> triggerLookup;
    private final Set<String> predicateForms;

    public ClaimRule(RuleMeta meta, Language language, Set<String> predicates, Set<String> adjectives,
            Set<String> intensifiers, Set<String> targets, Set<Excuse> unless, List<Pattern> exceptions,
            Vocabulary vocabulary) {
        super(meta, language);
        this.predicates = Set.copyOf(predicates);
        this.adjectives = Set.copyOf(adjectives);
        this.intensifiers = Set.copyOf(intensifiers);
        this.targets = expand(targets, language.profile());
        this.unless = Set.copyOf(unless);
        this.exceptions = SentenceExceptions.of(exceptions);
        this.vocabulary = vocabulary;
        this.predicateForms = expand(predicates, language.profile());
        Set<String> forms = new HashSet<>(predicateForms);
        forms.addAll(adjectives);
        this.triggerForms = Set.copyOf(forms);
        java.util.Map<String, Boolean> lookup = new java.util.HashMap<>();
        triggerForms.forEach(f -> lookup.put(f, Boolean.TRUE));
        this.triggerLookup = new WordLookup<>(lookup);
    }

    private static Set<String> expand(Set<String> lemmas, LanguageProfile profile) {
        Set<String> out = new HashSet<>();
        for (String l : lemmas) {
            out.addAll(profile.inflections(l));
        }
        return Set.copyOf(out);
    }

    @Override
    public Rule withMeta(RuleMeta newMeta) {
        return new ClaimRule(newMeta, language(), predicates, adjectives, intensifiers, targets, unless,
                exceptions.patterns(), vocabulary);
    }

    @Override
    public Rule withExcuses(Set<Excuse> newUnless, List<Pattern> newExceptions) {
        return new ClaimRule(meta(), language(), predicates, adjectives, intensifiers, targets, newUnless,
                newExceptions, vocabulary);
    }

    public Set<String> predicates() {
        return predicates;
    }

    public Set<String> adjectives() {
        return adjectives;
    }

    public Set<String> intensifiers() {
        return intensifiers;
    }

    /** The target words, with their inflected forms. */
    public Set<String> targets() {
        return targets;
    }

    @Override
    public Set<Excuse> unless() {
        return unless;
    }

    @Override
    public List<Pattern> exceptions() {
        return exceptions.patterns();
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public java.util.Collection<String> words() {
        return triggerForms;
    }

    @Override
    public List<RuleHit> check(AnnotatedText doc) {
        List<RuleHit> hits = new ArrayList<>();
        boolean[] trigger = WordAnswers.holds(doc, triggerLookup);
        for (int b = 0; b < doc.blockCount(); b++) {
            List<Word> words = doc.words(b);
            Sentence last = null;
            for (Word w : words) {
                if (!trigger[w.id()]) {
                    continue;
                }
                Sentence s = doc.sentenceAt(b, w.start());
                if (s == last) {
                    continue;
                }
                last = s;
                RuleHit hit = checkSentence(s, words);
                if (hit != null) {
                    hits.add(hit);
                }
            }
        }
        return hits;
    }

    private RuleHit checkSentence(Sentence s, List<Word> blockWords) {
        // The hedge is judged once the claim's span is known: it excuses only a claim in its own clause.
        Set<Excuse> beforeHedge = EnumSet.copyOf(unless.isEmpty() ? EnumSet.noneOf(Excuse.class) : unless);
        beforeHedge.remove(Excuse.HEDGED);
        if (Context.sentenceExcuses(s, blockWords, beforeHedge, exceptions, language().profile(), vocabulary)
                || (unless.contains(Excuse.HEDGED)
                        && Context.hedgedThroughout(s, blockWords, vocabulary, language().profile()))) {
            return null;
        }
        if (!intensifiers.isEmpty() && !anyWordIn(s, blockWords, intensifiers)) {
            return null;
        }
        if (!targets.isEmpty() && !anyWordIn(s, blockWords, targets)) {
            return null;
        }
        List<Token> tokens = s.lemmatizedTokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (notAssertedBecause(tokens, i) != null) {
                continue;
            }
            int from = clauseStart(tokens, i);
            int to = clauseEnd(tokens, i);
            if (unless.contains(Excuse.NEGATED) && negatedBefore(tokens, from, i)) {
                continue;
            }
            if (unless.contains(Excuse.CONDITIONAL) && conditional(tokens, from, i)) {
                continue;
            }
            int start = t.start();
            int end = t.end();
            if (!intensifiers.isEmpty()) {
                int k = find(tokens, from, to, intensifiers);
                if (k < 0) {
                    continue;
                }
                start = Math.min(start, tokens.get(k).start());
                end = Math.max(end, tokens.get(k).end());
            }
            if (!targets.isEmpty()) {
                int k = find(tokens, i + 1 < to ? i + 1 : from, to, targets);
                if (k < 0) {
                    k = find(tokens, from, to, targets);
                }
                if (k < 0) {
                    continue;
                }
                start = Math.min(start, tokens.get(k).start());
                end = Math.max(end, tokens.get(k).end());
            }
            if (unless.contains(Excuse.HEDGED)
                    && Context.hedged(s, blockWords, vocabulary, language().profile(), start, end)) {
                continue;
            }
            String matched = s.text().substring(start - s.start(), end - s.start());
            return new RuleHit(start, end, matched, null);
        }
        return null;
    }

    /**
     * Null when token {@code i} is one of the rule's predicates or adjectives asserted as a claim, else why not. The
     * one place that decides, so {@code rules test} explains exactly what {@link #check} does.
     */
    private String notAssertedBecause(List<Token> tokens, int i) {
        LanguageProfile p = language().profile();
        Token t = tokens.get(i);
        if (adjectives.contains(t.lower()) && ADJ.equals(t.tag())) {
            return beBefore(tokens, i, 3) ? null
                    : "is an adjective; the rule counts it only after is/are (within three words)";
        }
        // The lemmatizer knows irregular forms; the inflection table covers words it leaves alone ("smooths").
        if (!(predicates.contains(t.lemma()) || predicateForms.contains(t.lower()))) {
            return "is none of the rule's predicates";
        }
        if (!verbLike(tokens, i)) {
            return NOUN.equals(t.tag()) ? "is tagged as a noun; the rule reads it as a verb only in the '-s' form right "
                    + "after its subject" : "is not tagged as a verb, so it is not read as a claim";
        }
        if (i > 0 && p.isInfinitiveMarker(tokens.get(i - 1).lower())) {
            return "follows '" + tokens.get(i - 1).text() + "': an infinitive states a goal, not a claim";
        }
        // In "thread lift removes jowls" the first predicate word belongs to the subject.
        if (i + 1 < tokens.size() && predicateForms.contains(tokens.get(i + 1).lower())) {
            return "is followed by another predicate word, so it belongs to the subject";
        }
        if (p.isProgressiveForm(t.lower()) && !beBefore(tokens, i, 2)) {
            return "is an -ing form without is/are before it";
        }
        // "reduced elasticity", "restored volume": a participle before its noun describes, it does not assert.
        if (p.isParticipleForm(t.lower()) && i + 1 < tokens.size() && !beBefore(tokens, i, 2)) {
            String next = tokens.get(i + 1).tag();
            if (NOUN.equals(next) || ADJ.equals(next)) {
                return "describes the next word ('" + tokens.get(i + 1).text() + "') rather than asserting something";
            }
        }
        return null;
    }

    /**
     * A verb, or a third-person verb form the tagger took for a plural noun ("Thread lifting removes jowls"): a
     * predicate's "-s" form after a word that is no determiner or adjective is a verb in this genre.
     */
    private boolean verbLike(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (VERB.equals(t.tag())) {
            return true;
        }
        if (!NOUN.equals(t.tag()) || !language().profile().isThirdPersonForm(t.lower()) || i == 0) {
            return false;
        }
        return !NOUN_CONTEXT.contains(tokens.get(i - 1).tag());
    }

    private boolean beBefore(List<Token> tokens, int i, int window) {
        String be = language().profile().copulaLemma();
        for (int k = i - 1; k >= 0 && i - k <= window; k--) {
            if (be.equals(tokens.get(k).lemma())) {
                return true;
            }
        }
        return false;
    }

    private int clauseStart(List<Token> tokens, int i) {
        int k = i - 1;
        while (k >= 0 && !language().profile().isClauseBoundary(tokens.get(k))) {
            k--;
        }
        return k + 1;
    }

    private int clauseEnd(List<Token> tokens, int i) {
        int k = i + 1;
        while (k < tokens.size() && !language().profile().isClauseBoundary(tokens.get(k))) {
            k++;
        }
        return k;
    }

    private boolean negatedBefore(List<Token> tokens, int from, int i) {
        LanguageProfile p = language().profile();
        for (int k = from; k < i; k++) {
            String before = k > 0 ? tokens.get(k - 1).lower() : "";
            String after = k + 1 < tokens.size() ? tokens.get(k + 1).lower() : "";
            if (p.isNegation(tokens.get(k).lower(), before, after, vocabulary)) {
                return true;
            }
        }
        return false;
    }

    private boolean conditional(List<Token> tokens, int from, int i) {
        for (int k = from; k < i; k++) {
            if (language().profile().isCondition(tokens.get(k).lower(), k > 0 ? tokens.get(k - 1).lower() : "")) {
                return true;
            }
        }
        return false;
    }

    private static int find(List<Token> tokens, int from, int to, Set<String> forms) {
        for (int k = from; k < to; k++) {
            if (forms.contains(tokens.get(k).lower())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean anyWordIn(Sentence s, List<Word> words, Set<String> forms) {
        for (Word w : Context.wordsOf(s, words)) {
            if (w.end() <= s.end() && forms.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<Matching> matching() {
        List<String> items = new ArrayList<>();
        items.add("predicates: " + String.join(", ", new TreeSet<>(predicates)));
        if (!adjectives.isEmpty()) {
            items.add("adjectives: " + String.join(", ", new TreeSet<>(adjectives)));
        }
        if (!intensifiers.isEmpty()) {
            items.add("intensifiers (one is required): " + String.join(", ", new TreeSet<>(intensifiers)));
        }
        return Optional.of(new Matching("Matches", items));
    }

    @Override
    public List<String> whyNoFinding(String text) {
        AnnotatedText doc = annotate(text);
        List<RuleHit> hits = withExcuses(Set.of(), List.of()).check(doc);
        List<String> why = new ArrayList<>();
        if (!hits.isEmpty()) {
            for (RuleHit h : hits) {
                why.add("'" + h.match() + "' is a claim, but " + ExcuseDiagnosis.excusedBy(this, h, text));
            }
            return why;
        }
        List<Word> triggers = new ArrayList<>();
        boolean intensifier = false;
        boolean target = false;
        for (int b = 0; b < doc.blockCount(); b++) {
            for (Word w : doc.words(b)) {
                if (triggerForms.contains(w.lower())) {
                    triggers.add(w);
                }
                intensifier |= intensifiers.contains(w.lower());
                target |= targets.contains(w.lower());
            }
        }
        if (triggers.isEmpty()) {
            why.add("none of the rule's predicates (" + sample(predicates) + ")"
                    + (adjectives.isEmpty() ? "" : " or adjectives (" + sample(adjectives) + ")")
                    + " occurs in the text");
            return why;
        }
        if (!intensifiers.isEmpty() && !intensifier) {
            why.add("the rule needs an intensifier (" + sample(intensifiers) + ") in the same clause; the text "
                    + "has none");
        }
        if (!targets.isEmpty() && !target) {
            why.add("the rule needs a target word (" + sample(targets) + ") in the same clause; the text has none");
        }
        if (!why.isEmpty()) {
            return why;
        }
        for (int b = 0; b < doc.blockCount(); b++) {
            for (Word w : doc.words(b)) {
                if (!triggers.contains(w)) {
                    continue;
                }
                List<Token> tokens = doc.sentenceAt(b, w.start()).lemmatizedTokens();
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i).start() == w.start()) {
                        Token t = tokens.get(i);
                        String reason = notAssertedBecause(tokens, i);
                        why.add("'" + t.text() + "' (" + t.tag() + ", lemma '" + t.lemma() + "') " + (reason != null
                                ? reason : "is a verb, but the rule's target" + (intensifiers.isEmpty() ? ""
                                        : " or intensifier") + " is not in its clause (a comma, 'but', 'while' ... "
                                        + "ends a clause)"));
                    }
                }
            }
        }
        return why;
    }

    @Override
    public List<String> whyFinding(String text, List<String> matches) {
        List<String> why = new ArrayList<>();
        for (RuleHit h : check(annotate(text))) {
            why.add("'" + h.match() + "' is read as an asserted claim (a predicate used as a verb"
                    + (intensifiers.isEmpty() ? "" : ", with an intensifier")
                    + (targets.isEmpty() ? "" : ", about a target") + "); "
                    + ExcuseDiagnosis.excuses(unless, exceptions.patterns()));
        }
        return why;
    }

    /** A few of the words, leaving out the inflected forms of others (the word lists hold every form). */
    private String sample(Set<String> words) {
        List<String> sorted = new ArrayList<>();
        for (String w : new TreeSet<>(words)) {
            boolean inflected = words.stream().anyMatch(o -> !o.equals(w) && o.length() < w.length()
                    && language().profile().inflections(o).contains(w));
            if (!inflected) {
                sorted.add(w);
            }
        }
        return sorted.size() <= 6 ? String.join(", ", sorted)
                : String.join(", ", sorted.subList(0, 6)) + " ... (" + sorted.size() + " in all)";
    }
}

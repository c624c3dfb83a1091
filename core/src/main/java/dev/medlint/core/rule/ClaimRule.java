package dev.medlint.core.rule;

import dev.medlint.core.nlp.AnnotatedText;
import dev.medlint.core.nlp.Sentence;
import dev.medlint.core.nlp.Token;
import dev.medlint.core.nlp.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flags efficacy claims: a predicate (remove, restore, improve, "is effective") asserted about a target (wrinkles,
 * sagging, volume) in one clause, optionally only when boosted by an intensifier (completely, permanently). POS tags
 * and lemmas from OpenNLP decide whether the predicate is really asserted (a verb, not an infinitive or a
 * modifier); they are computed only for sentences that pass the cheap word checks.
 */
public final class ClaimRule extends Rule {
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "while", "although", "though", "whereas",
            "because", "so");
    private static final String CLAUSE_PUNCT = ",;:()—–";

    private final Set<String> predicates;
    private final Set<String> adjectives;
    private final Set<String> intensifiers;
    private final Set<String> targets;
    private final Set<Excuse> unless;
    private final List<Pattern> exceptions;
    private final Vocabulary vocabulary;
    private final Set<String> triggerForms;
    private final Set<String> predicateForms;

    public ClaimRule(RuleMeta meta, Set<String> predicates, Set<String> adjectives, Set<String> intensifiers,
            Set<String> targets, Set<Excuse> unless, List<Pattern> exceptions, Vocabulary vocabulary) {
        super(meta);
        this.predicates = Set.copyOf(predicates);
        this.adjectives = Set.copyOf(adjectives);
        this.intensifiers = Set.copyOf(intensifiers);
        this.targets = expand(targets);
        this.unless = Set.copyOf(unless);
        this.exceptions = List.copyOf(exceptions);
        this.vocabulary = vocabulary;
        this.predicateForms = expand(predicates);
        Set<String> forms = new HashSet<>(predicateForms);
        forms.addAll(adjectives);
        this.triggerForms = Set.copyOf(forms);
    }

    private static Set<String> expand(Set<String> lemmas) {
        Set<String> out = new HashSet<>();
        for (String l : lemmas) {
            out.addAll(Inflections.of(l));
        }
        return Set.copyOf(out);
    }

    @Override
    public Rule withMeta(RuleMeta newMeta) {
        return new ClaimRule(newMeta, predicates, adjectives, intensifiers, targets, unless, exceptions, vocabulary);
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

    public Set<Excuse> unless() {
        return unless;
    }

    public List<Pattern> exceptions() {
        return exceptions;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public List<RuleHit> check(AnnotatedText doc) {
        List<RuleHit> hits = new ArrayList<>();
        for (int b = 0; b < doc.blockCount(); b++) {
            List<Word> words = doc.words(b);
            Sentence last = null;
            for (Word w : words) {
                if (!triggerForms.contains(w.lower())) {
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
        if (unless.contains(Excuse.QUESTION) && s.isQuestion()) {
            return null;
        }
        if (unless.contains(Excuse.HEDGED) && Context.hedged(s, blockWords, vocabulary)) {
            return null;
        }
        for (Pattern p : exceptions) {
            if (p.matcher(s.text()).find()) {
                return null;
            }
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
            if (!isAssertedPredicate(tokens, i)) {
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
            String matched = s.text().substring(start - s.start(), end - s.start());
            return new RuleHit(start, end, matched, null);
        }
        return null;
    }

    private boolean isAssertedPredicate(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String lemma = t.lemma();
        if (adjectives.contains(t.lower()) && "ADJ".equals(t.tag())) {
            return beBefore(tokens, i, 3);
        }
        // The lemmatizer knows irregular forms; the inflection table covers words it leaves alone ("smooths").
        if (!(predicates.contains(lemma) || predicateForms.contains(t.lower())) || !verbLike(tokens, i)) {
            return false;
        }
        if (i > 0 && tokens.get(i - 1).lower().equals("to")) {
            return false;
        }
        // In "thread lift removes jowls" the first predicate word belongs to the subject.
        if (i + 1 < tokens.size() && predicateForms.contains(tokens.get(i + 1).lower())) {
            return false;
        }
        if (t.lower().endsWith("ing") && !beBefore(tokens, i, 2)) {
            return false;
        }
        // "reduced elasticity", "restored volume": a participle before its noun describes, it does not assert.
        if (t.lower().endsWith("ed") && i + 1 < tokens.size() && !beBefore(tokens, i, 2)) {
            String next = tokens.get(i + 1).tag();
            if ("NOUN".equals(next) || "ADJ".equals(next)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A verb, or a third-person verb form the tagger took for a plural noun ("Thread lifting removes jowls"): a
     * predicate's "-s" form after a word that is no determiner or adjective is a verb in this genre.
     */
    private static boolean verbLike(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if ("VERB".equals(t.tag())) {
            return true;
        }
        if (!"NOUN".equals(t.tag()) || !t.lower().endsWith("s") || i == 0) {
            return false;
        }
        String before = tokens.get(i - 1).tag();
        return !"DET".equals(before) && !"ADJ".equals(before) && !"ADP".equals(before) && !"NUM".equals(before);
    }

    private static boolean beBefore(List<Token> tokens, int i, int window) {
        for (int k = i - 1; k >= 0 && i - k <= window; k--) {
            if ("be".equals(tokens.get(k).lemma())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBoundary(Token t) {
        return (t.text().length() == 1 && CLAUSE_PUNCT.indexOf(t.text().charAt(0)) >= 0)
                || CLAUSE_WORDS.contains(t.lower());
    }

    private static int clauseStart(List<Token> tokens, int i) {
        int k = i - 1;
        while (k >= 0 && !isBoundary(tokens.get(k))) {
            k--;
        }
        return k + 1;
    }

    private static int clauseEnd(List<Token> tokens, int i) {
        int k = i + 1;
        while (k < tokens.size() && !isBoundary(tokens.get(k))) {
            k++;
        }
        return k;
    }

    private boolean negatedBefore(List<Token> tokens, int from, int i) {
        for (int k = from; k < i; k++) {
            String lw = tokens.get(k).lower();
            if (vocabulary.negations().contains(lw) || lw.equals("n't") || lw.equals("cannot")) {
                boolean notOnly = lw.equals("not") && k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("only");
                if (!notOnly) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean conditional(List<Token> tokens, int from, int i) {
        for (int k = from; k < i; k++) {
            String lw = tokens.get(k).lower();
            if (lw.equals("if") || lw.equals("unless") || lw.equals("whether")) {
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
        for (Word w : words) {
            if (w.start() >= s.start() && w.end() <= s.end() && forms.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }
}

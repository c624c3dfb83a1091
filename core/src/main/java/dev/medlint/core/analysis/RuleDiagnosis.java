package dev.medlint.core.analysis;

import dev.medlint.core.nlp.AnnotatedText;
import dev.medlint.core.nlp.NlpModels;
import dev.medlint.core.nlp.Sentence;
import dev.medlint.core.nlp.Token;
import dev.medlint.core.nlp.Word;
import dev.medlint.core.rule.ClaimRule;
import dev.medlint.core.rule.ConditionalRule;
import dev.medlint.core.rule.Excuse;
import dev.medlint.core.rule.Inflections;
import dev.medlint.core.rule.PhraseRule;
import dev.medlint.core.rule.RegexMatch;
import dev.medlint.core.rule.RequiredRule;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.rule.RuleHit;
import dev.medlint.core.rule.Term;
import dev.medlint.core.text.PlainTextExtractor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Explains, in words for a rule author, why a rule did or did not fire on an example. It asks the rule itself rather
 * than re-implementing it: the rule without its excuses, then with one excuse at a time, tells which excuse silenced
 * a match; the rule with one term at a time tells which term matched.
 */
final class RuleDiagnosis {
    private RuleDiagnosis() {
    }

    /** Why the rule found nothing in {@code text} (a flag example that did not fire). */
    static List<String> whyNoFinding(Rule rule, String text) {
        List<String> why = new ArrayList<>();
        AnnotatedText doc = annotate(text);
        if (rule instanceof PhraseRule p) {
            PhraseRule bare = new PhraseRule(p.meta(), p.terms(), p.patterns(), Set.of(), List.of(), p.vocabulary());
            List<RuleHit> hits = bare.check(doc);
            if (!hits.isEmpty()) {
                for (RuleHit h : hits) {
                    why.add("'" + h.match() + "' matches, but " + excusedBy(p, h, text));
                }
            } else {
                why.add("none of the rule's " + count(p.terms().size(), "term") + (p.patterns().isEmpty() ? ""
                        : " or " + count(p.patterns().size(), "pattern")) + " occurs in the text");
                why.addAll(nearMisses(p, doc));
                why.add("a term matches whole words in order, each also in its regular forms (guarantee: "
                        + "guarantees, guaranteed, guaranteeing); an 'exact' term only as written; no comma or other "
                        + "punctuation may stand between its words");
            }
        } else if (rule instanceof ClaimRule c) {
            ClaimRule bare = new ClaimRule(c.meta(), c.predicates(), c.adjectives(), c.intensifiers(), c.targets(),
                    Set.of(), List.of(), c.vocabulary());
            List<RuleHit> hits = bare.check(doc);
            if (!hits.isEmpty()) {
                for (RuleHit h : hits) {
                    why.add("'" + h.match() + "' is a claim, but " + excusedBy(c, h, text));
                }
            } else {
                why.addAll(claimMisses(c, doc));
            }
        } else if (rule instanceof RequiredRule) {
            why.add("the text contains the required statement: every one of the rule's 'statement' patterns "
                    + "matches within one paragraph");
        } else if (rule instanceof ConditionalRule) {
            why.add("either the text mentions none of the rule's 'if' terms, or it carries a real notice (a 'then' "
                    + "term with one of the markers, not asked, denied or played down)");
        }
        return why;
    }

    /** Why the rule found something in {@code text} (a pass example that fired). */
    static List<String> whyFinding(Rule rule, String text, List<String> matches) {
        List<String> why = new ArrayList<>();
        AnnotatedText doc = annotate(text);
        if (rule instanceof PhraseRule p) {
            for (RuleHit h : p.check(doc)) {
                why.add("'" + h.match() + "' " + matchedBy(p, h, doc) + "; " + excuses(p.unless(),
                        p.exceptions()));
            }
        } else if (rule instanceof ClaimRule c) {
            for (RuleHit h : c.check(doc)) {
                why.add("'" + h.match() + "' is read as an asserted claim (a predicate used as a verb"
                        + (c.intensifiers().isEmpty() ? "" : ", with an intensifier")
                        + (c.targets().isEmpty() ? "" : ", about a target") + "); "
                        + excuses(c.unless(), c.exceptions()));
            }
        } else if (rule instanceof RequiredRule) {
            why.add("no paragraph contains all of the rule's 'statement' patterns within its window");
        } else if (rule instanceof ConditionalRule) {
            why.add(matches.isEmpty() ? "the text mentions an 'if' term and has no real notice"
                    : "the text mentions " + matches.get(0) + " (an 'if' term or a weak notice) and has no real "
                            + "notice: a 'then' term with one of the markers, in a statement that is not asked, "
                            + "denied or played down");
        }
        return why;
    }

    private static AnnotatedText annotate(String text) {
        return new AnnotatedText(new PlainTextExtractor().extract(text), NlpModels.shared());
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String excuses(Set<Excuse> unless, List<Pattern> exceptions) {
        if (unless.isEmpty() && exceptions.isEmpty()) {
            return "the rule has no excuses ('unless') or exceptions that could let it pass";
        }
        List<String> names = unless.stream().map(Excuse::label).sorted().toList();
        return "none of the rule's excuses applied" + (names.isEmpty() ? "" : " (unless: " + String.join(", ", names)
                + ")") + (exceptions.isEmpty() ? "" : " and no exception pattern matched the sentence");
    }

    /** Which single excuse or exception silences the bare rule's hit. */
    private static String excusedBy(Rule rule, RuleHit hit, String text) {
        Set<Excuse> unless = rule instanceof PhraseRule p ? p.unless() : ((ClaimRule) rule).unless();
        List<Pattern> exceptions = rule instanceof PhraseRule p ? p.exceptions() : ((ClaimRule) rule).exceptions();
        for (Excuse e : Excuse.values()) {
            if (unless.contains(e) && !firesAt(with(rule, Set.of(e), List.of()), text, hit)) {
                return "it is excused as " + e.label() + ": " + describe(e);
            }
        }
        for (Pattern x : exceptions) {
            if (!firesAt(with(rule, Set.of(), List.of(x)), text, hit)) {
                return "its sentence matches the rule's exception '" + x.pattern() + "'";
            }
        }
        return "the excuses and exceptions together let it pass";
    }

    private static String describe(Excuse e) {
        return switch (e) {
            case NEGATED -> "a negation (not, no, never, without ...) stands before it in the same clause";
            case HEDGED -> "its sentence carries a hedge (may, can, help, depending, vary ...)";
            case QUESTION -> "its sentence is a question";
            case QUOTED -> "it stands in quotation marks";
            case CONDITIONAL -> "its clause opens with if, unless or whether";
        };
    }

    private static Rule with(Rule rule, Set<Excuse> unless, List<Pattern> exceptions) {
        if (rule instanceof PhraseRule p) {
            return new PhraseRule(p.meta(), p.terms(), p.patterns(), unless, exceptions, p.vocabulary());
        }
        ClaimRule c = (ClaimRule) rule;
        return new ClaimRule(c.meta(), c.predicates(), c.adjectives(), c.intensifiers(), c.targets(), unless,
                exceptions, c.vocabulary());
    }

    private static boolean firesAt(Rule rule, String text, RuleHit hit) {
        for (RuleHit h : rule.check(annotate(text))) {
            if (h.start() < hit.end() && hit.start() < h.end()) {
                return true;
            }
        }
        return false;
    }

    private static String matchedBy(PhraseRule p, RuleHit hit, AnnotatedText doc) {
        String overlapping = null;
        for (Term t : p.terms()) {
            List<RuleHit> hits = new PhraseRule(p.meta(), List.of(t), List.of(), Set.of(), List.of(), p.vocabulary())
                    .check(doc);
            if (same(hits, hit)) {
                return "matches the term '" + t.source() + "'";
            }
            if (overlapping == null && overlaps(hits, hit)) {
                overlapping = "matches the term '" + t.source() + "'";
            }
        }
        for (RegexMatch r : p.patterns()) {
            List<RuleHit> hits = new PhraseRule(p.meta(), List.of(), List.of(r), Set.of(), List.of(), p.vocabulary())
                    .check(doc);
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
    private static List<String> nearMisses(PhraseRule p, AnnotatedText doc) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int b = 0; b < doc.blockCount(); b++) {
            for (Word w : doc.words(b)) {
                for (Term t : p.terms()) {
                    if (t.length() > 1 && t.firstForms().contains(w.lower()) && seen.add(t.source())
                            && out.size() < 3) {
                        out.add("'" + w.lower() + "' occurs, but not followed by the rest of the term '" + t.source()
                                + "'");
                    }
                }
            }
        }
        return out;
    }

    private static List<String> claimMisses(ClaimRule c, AnnotatedText doc) {
        Set<String> predicateForms = new HashSet<>();
        c.predicates().forEach(p -> predicateForms.addAll(Inflections.of(p)));
        List<Word> triggers = new ArrayList<>();
        boolean intensifier = false;
        boolean target = false;
        for (int b = 0; b < doc.blockCount(); b++) {
            for (Word w : doc.words(b)) {
                if (predicateForms.contains(w.lower()) || c.adjectives().contains(w.lower())) {
                    triggers.add(w);
                }
                intensifier |= c.intensifiers().contains(w.lower());
                target |= c.targets().contains(w.lower());
            }
        }
        List<String> out = new ArrayList<>();
        if (triggers.isEmpty()) {
            out.add("none of the rule's predicates (" + sample(c.predicates()) + ")"
                    + (c.adjectives().isEmpty() ? "" : " or adjectives (" + sample(c.adjectives()) + ")")
                    + " occurs in the text");
            return out;
        }
        if (!c.intensifiers().isEmpty() && !intensifier) {
            out.add("the rule needs an intensifier (" + sample(c.intensifiers()) + ") in the same clause; the text "
                    + "has none");
        }
        if (!c.targets().isEmpty() && !target) {
            out.add("the rule needs a target word (" + sample(c.targets()) + ") in the same clause; the text has "
                    + "none");
        }
        if (out.isEmpty()) {
            for (int b = 0; b < doc.blockCount(); b++) {
                for (Word w : doc.words(b)) {
                    if (!triggers.contains(w)) {
                        continue;
                    }
                    Sentence s = doc.sentenceAt(b, w.start());
                    List<Token> tokens = s.lemmatizedTokens();
                    for (int i = 0; i < tokens.size(); i++) {
                        if (tokens.get(i).start() == w.start()) {
                            out.add(whyNotAsserted(c, tokens, i));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Why a predicate or adjective of a claim rule was not read as an asserted claim. */
    private static String whyNotAsserted(ClaimRule c, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String word = "'" + t.text() + "' (OpenNLP: " + t.tag() + ", lemma '" + t.lemma() + "')";
        if (i > 0 && tokens.get(i - 1).lower().equals("to")) {
            return word + " follows 'to': an infinitive states a goal, not a claim";
        }
        if (c.adjectives().contains(t.lower()) && "ADJ".equals(t.tag())) {
            return word + " is an adjective; the rule counts it only after is/are (within three words)";
        }
        if (!"VERB".equals(t.tag()) && !"NOUN".equals(t.tag())) {
            return word + " is not tagged as a verb, so it is not read as a claim";
        }
        if ("NOUN".equals(t.tag())) {
            return word + " is tagged as a noun; the rule reads it as a verb only in the '-s' form right after its "
                    + "subject";
        }
        if (t.lower().endsWith("ing")) {
            return word + " is an -ing form without is/are before it";
        }
        if (t.lower().endsWith("ed") && i + 1 < tokens.size()) {
            return word + " describes the next word ('" + tokens.get(i + 1).text() + "') rather than asserting "
                    + "something, or is not in the same clause as the rule's target and intensifier";
        }
        return word + " is a verb, but the rule's target" + (c.intensifiers().isEmpty() ? "" : " or intensifier")
                + " is not in its clause (a comma, 'but', 'while' ... ends a clause), or the next word is also a "
                + "predicate";
    }

    /** A few of the words, leaving out the inflected forms of others (the word lists hold every form). */
    private static String sample(Set<String> words) {
        List<String> sorted = new ArrayList<>();
        for (String w : new TreeSet<>(words)) {
            boolean inflected = words.stream().anyMatch(o -> !o.equals(w) && o.length() < w.length()
                    && Inflections.of(o).contains(w));
            if (!inflected) {
                sorted.add(w);
            }
        }
        return sorted.size() <= 6 ? String.join(", ", sorted)
                : String.join(", ", sorted.subList(0, 6)) + " ... (" + sorted.size() + " in all)";
    }
}

package dev.medlint.core.rule;

import dev.medlint.core.lang.AnnotatedText;
import dev.medlint.core.lang.Language;
import dev.medlint.core.text.PlainTextExtractor;
import java.util.List;
import java.util.Optional;

/**
 * A compiled rule: immutable, so one instance serves every document on every thread. Rules read only the annotated
 * text they are given. Each rule type is one subclass with its {@link RuleType} (how it is read from YAML); besides
 * checking, a rule explains what it matches ({@code rules explain}) and why it did or did not fire on an example
 * ({@code rules test}), so that no other class restates its logic.
 */
public abstract class Rule {
    private final RuleMeta meta;
    private final Language language;

    protected Rule(RuleMeta meta, Language language) {
        this.meta = meta;
        this.language = language;
    }

    public RuleMeta meta() {
        return meta;
    }

    public String id() {
        return meta.id();
    }

    /** The language of the rule's pack: its analyzer annotates the text the rule reads. */
    public Language language() {
        return language;
    }

    /**
     * Whether the rule judges a whole document (a required statement, a notice somewhere in the article) rather
     * than what individual blocks say: in a document mixing languages it runs only for the document's main
     * language, and then reads every block.
     */
    public boolean judgesWholeDocument() {
        return false;
    }

    /**
     * The literals, folded by {@link dev.medlint.core.lang.CaseFold}, that the rule asks blocks about through
     * {@link AnnotatedText#literalHits}: the engine puts those of all the rules of a language in one
     * {@link dev.medlint.core.lang.LiteralTable}, so that one pass per block answers them all. A literal left out
     * is still found, by a search of the block.
     */
    public java.util.Collection<String> literals() {
        return List.of();
    }

    /**
     * The lower-cased words the rule asks each document about (term forms, triggers, pattern words): the engine
     * numbers those of all the rules of a language in one {@link dev.medlint.core.lang.WordTable}, so that a
     * document looks each of its words up once. A word left out is still answered, by the rule's own look-up.
     */
    public java.util.Collection<String> words() {
        return List.of();
    }

    /** Everything this rule finds in one document. */
    public abstract List<RuleHit> check(AnnotatedText text);

    /** The same rule with other metadata (severity, message, examples). */
    public abstract Rule withMeta(RuleMeta newMeta);

    /**
     * The same rule matching more terms and patterns (a configuration's {@code add-terms}); empty when the rule type
     * has no list of terms to add to.
     */
    public Optional<Rule> withExtra(List<Term> terms, List<RegexMatch> patterns) {
        return Optional.empty();
    }

    /** What the rule matches, for {@code rules explain}; empty when the type has nothing to list. */
    public Optional<Matching> matching() {
        return Optional.empty();
    }

    /** Why the rule found nothing in a text (a flag example that did not fire), in words for a rule author. */
    public abstract List<String> whyNoFinding(String text);

    /**
     * Why the rule found something in a text (a pass example that fired), in words for a rule author.
     *
     * @param matches the matched texts of the findings, quoted
     */
    public abstract List<String> whyFinding(String text, List<String> matches);

    /**
     * The rule that does the work: this one, or for a rule of a bundled pack not yet bound ({@link DeferredRule})
     * the rule it binds to (tests and tools that look at a rule's type use it).
     */
    public Rule resolved() {
        return this;
    }

    /** The text annotated as an example is checked: plain text, by the rule's language. */
    protected AnnotatedText annotate(String text) {
        return new AnnotatedText(new PlainTextExtractor().extract(text), language.analyzer());
    }

    /** What a rule matches: a heading ("Matches (unless negated)") and one line per item. */
    public record Matching(String title, List<String> items) {
        public Matching {
            items = List.copyOf(items);
        }
    }
}

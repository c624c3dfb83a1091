package dev.medlint.core.rule;

import dev.medlint.core.lang.Language;
import dev.medlint.core.lang.AnnotatedText;
import dev.medlint.core.yaml.RuleFileException;
import java.util.List;
import java.util.Optional;

/**
 * A rule of a bundled pack whose matching (regexes, token patterns, word forms) is built the first time it is
 * used. A Korean article never uses the English pack's rules, so it does not pay for building them, and the reverse.
 * Its id, metadata, language and whether it judges the whole document are known before; everything else is asked of
 * the bound rule, which is built once even when several threads ask at the same time.
 *
 * <p>Only packs the build has tested are deferred (their binding cannot fail); a user's rule file is bound while it
 * is read, so its mistakes are reported then.
 */
public final class DeferredRule extends Rule {
    /** Builds the rule. */
    public interface Binder {
        Rule bind() throws RuleFileException;
    }

    private final RuleType type;
    /** Dropped once the rule is built, so the rule file's YAML is not kept for the life of the rule. */
    private Binder binder;
    private volatile Rule bound;

    public DeferredRule(RuleMeta meta, Language language, RuleType type, Binder binder) {
        super(meta, language);
        this.type = type;
        this.binder = binder;
    }

    @Override
    public Rule resolved() {
        Rule r = bound;
        if (r == null) {
            synchronized (this) {
                r = bound;
                if (r == null) {
                    try {
                        r = binder.bind();
                        binder = null;
                    } catch (RuleFileException e) {
                        // the build runs every bundled rule's examples, so this is a broken build, not bad input
                        throw new IllegalStateException("the bundled rule '" + id() + "' cannot be built: "
                                + e.getMessage(), e);
                    }
                    bound = r;
                }
            }
        }
        return r;
    }

    /**
     * Starts building, on a daemon thread, the rules of {@code rules} that are deferred, unbuilt and of one of the
     * languages {@code languageIds}, last first. The first check builds them as it reaches them, first first, so on
     * two cores the two meet about halfway instead of the check building them all; which thread builds a rule does
     * not change it. Nothing is started on one core.
     */
    public static void bindInBackground(List<Rule> rules, java.util.Collection<String> languageIds) {
        List<DeferredRule> todo = new java.util.ArrayList<>();
        for (Rule r : rules) {
            if (r instanceof DeferredRule d && !d.isBound() && languageIds.contains(d.language().id())) {
                todo.add(d);
            }
        }
        if (todo.isEmpty() || Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        dev.medlint.core.lang.BackgroundLoad.start("medlint-rule-binding", () -> {
            for (int i = todo.size() - 1; i >= 0; i--) {
                todo.get(i).resolved();
            }
        });
    }

    /** Whether the rule has been built (tests check that an article of another language leaves it unbuilt). */
    public boolean isBound() {
        return bound != null;
    }

    @Override
    public boolean judgesWholeDocument() {
        return type.judgesWholeDocument();
    }

    @Override
    public List<RuleHit> check(AnnotatedText text) {
        return resolved().check(text);
    }

    @Override
    public java.util.Collection<String> literals() {
        return resolved().literals();
    }

    @Override
    public java.util.Collection<String> words() {
        return resolved().words();
    }

    @Override
    public Rule withMeta(RuleMeta newMeta) {
        return new DeferredRule(newMeta, language(), type, () -> resolved().withMeta(newMeta));
    }

    @Override
    public Optional<Rule> withExtra(List<Term> terms, List<RegexMatch> patterns) {
        return resolved().withExtra(terms, patterns);
    }

    @Override
    public Optional<Matching> matching() {
        return resolved().matching();
    }

    @Override
    public List<String> whyNoFinding(String text) {
        return resolved().whyNoFinding(text);
    }

    @Override
    public List<String> whyFinding(String text, List<String> matches) {
        return resolved().whyFinding(text, matches);
    }
}

package dev.medlint.core.rule;

import dev.medlint.core.nlp.AnnotatedText;
import java.util.List;

/**
 * A compiled rule: immutable, so one instance serves every document on every thread. Rules read only the annotated
 * text they are given.
 */
public abstract class Rule {
    private final RuleMeta meta;

    protected Rule(RuleMeta meta) {
        this.meta = meta;
    }

    public RuleMeta meta() {
        return meta;
    }

    public String id() {
        return meta.id();
    }

    /** Everything this rule finds in one document. */
    public abstract List<RuleHit> check(AnnotatedText text);

    /** The same rule with other metadata (severity, message) and, where the type allows, extra terms. */
    public abstract Rule withMeta(RuleMeta newMeta);
}

package dev.medlint.core.lang;

import java.util.HashSet;
import java.util.Set;

/**
 * The words context checks look for: negations, hedge words and hedge phrases. A language profile gives the defaults;
 * a pack's {@code vocabulary:} adds its own.
 */
public record Vocabulary(Set<String> negations, Set<String> hedges, Set<String> hedgePhrases) {
    public Vocabulary {
        negations = Set.copyOf(negations);
        hedges = Set.copyOf(hedges);
        hedgePhrases = Set.copyOf(hedgePhrases);
    }

    /** These words and more: a hedge of several words is a hedge phrase. */
    public Vocabulary plus(Set<String> moreNegations, Set<String> moreHedges) {
        Set<String> n = new HashSet<>(negations);
        n.addAll(moreNegations);
        Set<String> h = new HashSet<>(hedges);
        Set<String> p = new HashSet<>(hedgePhrases);
        for (String hedge : moreHedges) {
            (hedge.contains(" ") ? p : h).add(hedge);
        }
        return new Vocabulary(n, h, p);
    }
}

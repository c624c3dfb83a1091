package dev.medlint.core.rule;

import java.util.Set;

/**
 * The words context checks look for. A pack may add its own; these defaults are the ones the English pack is
 * measured with.
 */
public record Vocabulary(Set<String> negations, Set<String> hedges, Set<String> hedgePhrases) {
    public static final Vocabulary DEFAULT = new Vocabulary(
            Set.of("not", "no", "never", "nor", "cannot", "none", "neither", "nothing", "nobody", "without",
                    "hardly", "impossible"),
            Set.of("may", "might", "can", "could", "help", "helps", "helping", "depending", "depend", "depends",
                    "vary", "varies", "varying", "individual", "individuals", "possible", "possibly", "generally",
                    "typically", "usually", "often", "aim", "aims", "strive", "strives", "pursue", "pursues",
                    "designed", "tend", "tends", "expected", "potentially", "likely", "some", "individually",
                    "differ", "differs", "sometimes"),
            Set.of("to some extent", "in some cases", "results vary", "case by case"));

    public Vocabulary {
        negations = Set.copyOf(negations);
        hedges = Set.copyOf(hedges);
        hedgePhrases = Set.copyOf(hedgePhrases);
    }
}

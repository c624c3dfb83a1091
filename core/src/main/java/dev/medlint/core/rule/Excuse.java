package dev.medlint.core.rule;

import java.util.Locale;
import java.util.Optional;

/** Context that excuses a match, named in a rule's {@code unless} list. */
public enum Excuse {
    /** A negation before the match in the same clause: "does not guarantee", "no procedure is painless". */
    NEGATED,
    /** A hedge in the same sentence: may, can help, depending on the individual, results vary. */
    HEDGED,
    /** The sentence is a question. */
    QUESTION,
    /** The match stands in quotation marks: a word talked about, not a claim made. */
    QUOTED,
    /** The match is in a condition: "if", "unless", "when" opening its clause. */
    CONDITIONAL;

    /** What the excuse means, for a rule author reading why a match passed. */
    public String description() {
        return switch (this) {
            case NEGATED -> "a negation (not, no, never, without ...) stands before it in the same clause";
            case HEDGED -> "its sentence carries a hedge (may, can, help, depending, vary ...)";
            case QUESTION -> "its sentence is a question";
            case QUOTED -> "it stands in quotation marks";
            case CONDITIONAL -> "its clause opens with if, unless or whether";
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Excuse> parse(String s) {
        for (Excuse e : values()) {
            if (e.label().equals(s)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}

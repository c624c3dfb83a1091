package dev.medlint.core.rule;

import java.util.Optional;

/** Context that excuses a match, named in a rule's {@code unless} list. */
public enum Excuse {
    /** A negation before the match in the same clause: "does not guarantee", "no procedure is painless". */
    NEGATED("negated", "a negation (not, no, never, without ...) stands before it in the same clause"),
    /**
     * A hedge: may, can help (in English, in the match's own clause), depending on the individual, results vary (in
     * its sentence). An absolute, permanent or numeric claim is not excused by a hedge in a language that tells.
     */
    HEDGED("hedged", "its sentence carries a hedge (may, can, help in its clause; depending, vary ...) and the claim "
            + "is not absolute, permanent or numeric"),
    /** The sentence is a question. */
    QUESTION("question", "its sentence is a question"),
    /** The match stands in quotation marks: a word talked about, not a claim made. */
    QUOTED("quoted", "it stands in quotation marks"),
    /** The match is in a condition: "if", "unless", "when" opening its clause. */
    CONDITIONAL("conditional", "its clause opens with if, unless or whether"),
    /** The sentence talks about advertising wording or rules ("phrases such as ... are not permitted"). */
    ABOUT_ADS("about-ads", "its sentence talks about advertising wording or rules (phrases such as, must not say, "
            + "the guidance, the committee ...)"),
    /** The sentence describes a risk, side effect or lasting change ("permanent nerve damage is a rare risk"). */
    RISK("risk", "its sentence describes a risk, a side effect or an unwanted lasting change");

    private final String label;
    private final String description;

    Excuse(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** What the excuse means, for a rule author reading why a match passed. */
    public String description() {
        return description;
    }

    public String label() {
        return label;
    }

    public static Optional<Excuse> parse(String s) {
        for (Excuse e : values()) {
            if (e.label.equals(s)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}

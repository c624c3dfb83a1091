package dev.medlint.core.rule;

import java.util.Optional;

/**
 * The fixed vocabulary of what a rule is about, each tied to the items of Medical Service Act Article 56(2) (and
 * Art. 27(3)) it helps enforce. Every rule has exactly one.
 */
public enum Category {
    OVERCLAIM("overclaim", "Art. 56(2)2, 56(2)8: exaggerated or misleading claims about results"),
    GUARANTEE("guarantee", "Art. 56(2)2, 56(2)8: presenting results as certain"),
    SUPERLATIVE("superlative", "Art. 56(2)3, 56(2)8: superlatives and rankings (best, No. 1, first, only)"),
    NO_RISK("no-risk", "Art. 56(2)3, 56(2)7: denying risk (no side effects, painless, scarless)"),
    TESTIMONIAL("testimonial", "Art. 56(2)2: patient testimonials and treatment experience stories"),
    COMPARISON("comparison", "Art. 56(2)4, 56(2)5: comparison with or disparagement of other providers"),
    INDUCEMENT("inducement", "Art. 56(2)13, Art. 27(3): discounts, free procedures and other inducements"),
    ENDORSEMENT("endorsement", "Art. 56(2)14: awards, certifications, recommendations"),
    UNVERIFIED_TECHNOLOGY("unverified-technology", "Art. 56(2)1: new medical technology not yet assessed"),
    CREDENTIAL("credential", "Art. 56(2)9: titles or qualifications with no legal basis"),
    MISSING_SIDE_EFFECT_NOTICE("missing-side-effect-notice",
            "Art. 56(2)7: important information such as side effects omitted"),
    MISSING_COMPLIANCE_STATEMENT("missing-compliance-statement",
            "house practice: the Article 56 compliance statement posts are expected to carry"),
    CITATION("citation", "Art. 56 structure: a statement that cites provisions that do not exist");

    private final String id;
    private final String covers;

    Category(String id, String covers) {
        this.id = id;
        this.covers = covers;
    }

    public String id() {
        return id;
    }

    /** The provisions this category covers, for documentation and `rules explain`. */
    public String covers() {
        return covers;
    }

    public static Optional<Category> parse(String s) {
        for (Category c : values()) {
            if (c.id.equals(s)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}

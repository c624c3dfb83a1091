package dev.medlint.core.testing;

/** A rule pack for the suppression and configuration tests: guarantee (error), miracle (warning), statement. */
public final class TestPacks {
    private TestPacks() {
    }

    /**
     * guarantee: phrase "guarantee", error; miracle: phrase "miracle", warning; statement: required "comply",
     * warning (a document-level finding).
     */
    public static final String THREE_RULES = """
            pack: test
            rules:
              - id: guarantee
                title: Guarantees
                category: guarantee
                severity: error
                law: Art. 56(2)8
                type: phrase
                match: [guarantee]
                message: "'{match}' promises a result."
                suggestion: Hedge it.
                examples:
                  flag: [We guarantee it., Results guaranteed., It guarantees youth.]
                  pass: [Results vary., Nothing here., Ask us.]
              - id: miracle
                title: Miracles
                category: overclaim
                severity: warning
                law: Art. 56(2)8
                type: phrase
                match: [miracle]
                message: "'{match}' exaggerates."
                suggestion: Describe it.
                examples:
                  flag: [A miracle., Miracles happen., The miracle lift.]
                  pass: [Results vary., Nothing here., Ask us.]
              - id: statement
                title: Statement
                category: missing-compliance-statement
                severity: warning
                law: house practice
                type: required
                statement: ['\\bcomply\\b']
                message: No statement.
                suggestion: Add one.
                examples:
                  flag: [Nothing., Nothing here., Still nothing.]
                  pass: [We comply., We comply here., We comply today.]
            """;

}

package dev.medlint.core.fuzz;

import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineException;
import dev.medlint.core.api.EngineOptions;
import dev.medlint.core.testing.TestLanguages;
import dev.medlint.core.testing.TestPacks;

/** What the fuzz targets share: one engine with small rules (phrases, a regex, a required statement), built once. */
final class FuzzSupport {
    /** The test pack plus a regex rule with not-followed-by, so the readers' offsets are exercised by regex hits too. */
    static final String RULES = TestPacks.THREE_RULES + """
              - id: free-offer
                title: Free offers
                category: inducement
                severity: warning
                law: Art. 56(2)13
                type: phrase
                match:
                  - regex: '\\bfree\\s+\\w+'
                    not-followed-by: '\\s+of\\b'
                message: "'{match}' offers something free."
                suggestion: Drop the offer.
                examples:
                  flag: [A free facial., Get free botox., One free session.]
                  pass: [Free of charge of nothing., Results vary., Ask us.]
            """;

    static final Engine ENGINE = engine();

    private FuzzSupport() {
    }

    private static Engine engine() {
        try {
            return Engine.create(new EngineOptions().models(TestLanguages.MODELS).noConfig().noBuiltin()
                    .ruleText("fuzz-rules.yaml", RULES).threads(1));
        } catch (EngineException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}

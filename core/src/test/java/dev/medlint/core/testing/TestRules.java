package dev.medlint.core.testing;

import dev.medlint.core.pack.PackLoader;
import dev.medlint.core.yaml.RuleFileException;
import dev.medlint.core.rule.Rule;
import java.util.List;

/** Small rule packs written for tests, independent of the bundled pack. */
public final class TestRules {
    private TestRules() {
    }

    public static final String GUARANTEE_PACK = """
            pack: test
            rules:
              - id: guarantee
                title: Guarantees
                category: guarantee
                severity: error
                law: Art. 56(2)8
                type: phrase
                match: [guarantee]
                unless: [negated]
                message: "'{match}' promises a result."
                suggestion: Hedge it.
                examples:
                  flag: [We guarantee it., Results guaranteed., It guarantees youth.]
                  pass: [We do not guarantee it., No one can guarantee it., Nothing here.]
            """;

    public static List<Rule> guaranteeOnly() {
        return load(GUARANTEE_PACK);
    }

    public static List<Rule> load(String yaml) {
        try {
            return TestLanguages.packLoader().load("test.yaml", yaml).rules();
        } catch (RuleFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}

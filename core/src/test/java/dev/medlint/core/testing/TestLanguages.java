package dev.medlint.core.testing;

import dev.medlint.core.api.LanguageModels;
import dev.medlint.core.lang.Languages;
import dev.medlint.core.pack.PackLoader;
import dev.medlint.core.rule.RuleTypes;

/** One holder of the built-in languages for the whole test run, so the models load once. */
public final class TestLanguages {
    public static final Languages LANGUAGES = Languages.builtIn();
    public static final LanguageModels MODELS = LanguageModels.of(LANGUAGES);

    private TestLanguages() {
    }

    /** A loader of rule files with the built-in rule types and the shared languages. */
    public static PackLoader packLoader() {
        return new PackLoader(RuleTypes.builtIn(), LANGUAGES);
    }
}

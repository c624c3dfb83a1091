package dev.medlint.rules;

import dev.medlint.core.lang.Languages;
import dev.medlint.core.pack.BuiltinPacks;
import dev.medlint.core.pack.PackLoader;
import dev.medlint.core.pack.RulePack;
import dev.medlint.core.rule.RuleTypes;
import dev.medlint.core.yaml.RuleFileException;

/** The bundled packs as the tests load them: one language holder for the whole test run, so models load once. */
final class BuiltinPack {
    static final Languages LANGUAGES = Languages.builtIn();
    private static final PackLoader LOADER = new PackLoader(RuleTypes.builtIn(), LANGUAGES);

    private BuiltinPack() {
    }

    static RulePack load(String name) throws RuleFileException {
        return BuiltinPacks.load(name, LOADER);
    }
}

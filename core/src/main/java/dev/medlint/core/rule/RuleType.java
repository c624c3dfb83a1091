package dev.medlint.core.rule;

import dev.medlint.core.yaml.RuleFileException;
import java.util.Set;

/**
 * A kind of rule a rule file can name with {@code type:}. One class per type implements it next to the rule it
 * builds, and {@link RuleTypes#builtIn()} registers it: the loader, {@code rules list} and {@code rules explain}
 * know types only through this interface.
 */
public interface RuleType {
    /** The name written after {@code type:}. */
    String name();

    /** The YAML keys of this type, besides the keys every rule has ({@link RuleBinding#COMMON_KEYS}). */
    Set<String> keys();

    /** What rules of this type do, in one line, for {@code rules explain}. */
    String meaning();

    /**
     * Builds a rule from its YAML fields. Unknown keys were refused already; a missing or malformed value is a
     * {@link RuleFileException} with the file, line and column (use the binding's helpers).
     */
    Rule bind(RuleBinding binding) throws RuleFileException;

    /**
     * Whether this type's rules judge a whole document ({@link Rule#judgesWholeDocument()}). A rule of a bundled
     * pack is bound only when first used, and until then its type answers for it, so a type whose rules judge whole
     * documents must say so here too.
     */
    default boolean judgesWholeDocument() {
        return false;
    }
}

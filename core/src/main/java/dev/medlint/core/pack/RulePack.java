package dev.medlint.core.pack;

import dev.medlint.core.rule.Rule;
import java.util.List;

/**
 * A named set of compiled rules, as loaded from one rule file, in one language, with the changes the file makes to
 * rules of other packs ({@code extend:}), applied when packs are put together ({@link PackCombiner});
 * {@code sha256} is the digest of the file's text (hex; empty for a pack built in memory).
 */
public record RulePack(String name, String description, String file, String language, List<Rule> rules,
        List<RuleOverride> extensions, String sha256) {
    public RulePack {
        rules = List.copyOf(rules);
        extensions = List.copyOf(extensions);
    }

    /** A pack of rules in the default language, changing no other pack's rules. */
    public RulePack(String name, String description, String file, List<Rule> rules) {
        this(name, description, file, PackLoader.DEFAULT_LANGUAGE, rules, List.of(), "");
    }
}

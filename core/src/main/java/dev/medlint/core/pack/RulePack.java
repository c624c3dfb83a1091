package dev.medlint.core.pack;

import dev.medlint.core.rule.Rule;
import java.util.List;

/**
 * A named set of compiled rules, as loaded from one rule file, with the changes the file makes to rules of other
 * packs ({@code extend:}), applied when packs are put together ({@link PackCombiner}).
 */
public record RulePack(String name, String description, String file, List<Rule> rules, List<RuleOverride> extensions) {
    public RulePack {
        rules = List.copyOf(rules);
        extensions = List.copyOf(extensions);
    }

    public RulePack(String name, String description, String file, List<Rule> rules) {
        this(name, description, file, rules, List.of());
    }
}

package dev.medlint.core.pack;

import dev.medlint.core.rule.Rule;
import java.util.List;

/** A named set of compiled rules, as loaded from one rule file. */
public record RulePack(String name, String description, String file, List<Rule> rules) {
    public RulePack {
        rules = List.copyOf(rules);
    }
}

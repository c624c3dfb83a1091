package dev.medlint.core.report;

import java.util.List;

/**
 * The rules in use at a place, for {@code rules list}: every rule (turned-off ones included) and the configuration
 * that applies there ({@code configuration} is its display name, or null when none applies).
 */
public record RuleList(List<RuleDescriptor> rules, String configuration) {
    public RuleList {
        rules = dev.medlint.core.util.LazyList.copyOf(rules);
    }
}

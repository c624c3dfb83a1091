package dev.medlint.core.pack;

import dev.medlint.core.util.Suggest;
import dev.medlint.core.yaml.RuleFileException;

import dev.medlint.core.report.RuleDescriptor.Change;
import dev.medlint.core.rule.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts rule packs together: every rule id defined once across all packs, then each pack's {@code extend:} changes
 * applied, in pack order, to the rules they name.
 */
public final class PackCombiner {
    /** The combined rules in pack order, and for each rule id the changes made to it. */
    public record Combined(List<Rule> rules, Map<String, List<Change>> changes) {
        public Combined {
            rules = List.copyOf(rules);
            Map<String, List<Change>> copy = new LinkedHashMap<>();
            changes.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            changes = java.util.Collections.unmodifiableMap(copy);
        }
    }

    private PackCombiner() {
    }

    public static Combined combine(List<RulePack> packs) throws RuleFileException {
        Map<String, Rule> rules = new LinkedHashMap<>();
        Map<String, String> definedIn = new LinkedHashMap<>();
        for (RulePack pack : packs) {
            for (Rule rule : pack.rules()) {
                String first = definedIn.putIfAbsent(rule.id(), pack.file());
                if (first != null) {
                    throw new RuleFileException(pack.file(), "rule id '" + rule.id() + "' is already defined in "
                            + first + "; give the rule another id (to change the existing rule, use 'extend:')");
                }
                rules.put(rule.id(), rule);
            }
        }
        Map<String, List<Change>> changes = new LinkedHashMap<>();
        for (RulePack pack : packs) {
            for (RuleOverride o : pack.extensions()) {
                Rule target = rules.get(o.id());
                if (target == null) {
                    throw unknownRule(o.file(), o.line(), o.column(), o.id(), rules.keySet(),
                            "'extend' names rule '" + o.id() + "', which is not loaded");
                }
                rules.put(o.id(), o.applyTo(target));
                changes.computeIfAbsent(o.id(), k -> new ArrayList<>()).add(new Change(o.summary(), o.where()));
            }
        }
        return new Combined(new ArrayList<>(rules.values()), changes);
    }

    /** "unknown rule id" with the nearest known id and where to look the ids up. */
    public static RuleFileException unknownRule(String file, int line, int column, String id, Collection<String> known,
            String what) {
        return new RuleFileException(file, line, column, what + Suggest.hint(id, known)
                + "; run 'medlint rules list' to see the rule ids");
    }
}

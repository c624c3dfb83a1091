package dev.medlint.core.config;

import dev.medlint.core.analysis.Linter;
import dev.medlint.core.analysis.Suppressions;
import dev.medlint.core.pack.BuiltinPacks;
import dev.medlint.core.pack.PackCombiner;
import dev.medlint.core.pack.RuleFileException;
import dev.medlint.core.pack.RuleOverride;
import dev.medlint.core.pack.RulePack;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules one configuration checks with: its packs and rule files put together, each rule file's
 * {@code extend:} changes and then the configuration's {@code rules:} settings applied, and a {@link Linter} over the
 * rules that are on. Immutable; built once per configuration file and shared.
 */
public final class RuleSet {
    private final List<RulePack> packs;
    private final List<Rule> all;
    private final Set<String> off;
    private final Map<String, List<PackCombiner.Change>> changes;
    private final Severity unused;
    private final Severity invalid;
    private final Linter linter;

    private RuleSet(List<RulePack> packs, List<Rule> all, Set<String> off, Map<String, List<PackCombiner.Change>> changes,
            Severity unused, Severity invalid, Linter linter) {
        this.packs = List.copyOf(packs);
        this.all = List.copyOf(all);
        this.off = Set.copyOf(off);
        this.changes = changes;
        this.unused = unused;
        this.invalid = invalid;
        this.linter = linter;
    }

    /**
     * Puts the rules together.
     *
     * @param packs          the packs and rule files in use, in order
     * @param skippedBuiltin the bundled packs left out on purpose (--no-builtin): settings for their rules are
     *                       ignored instead of refused
     * @param base           the linter whose threads and reader the rule set's linter takes
     */
    static RuleSet compile(Config config, List<RulePack> packs, boolean skippedBuiltin, Linter base)
            throws RuleFileException {
        PackCombiner.Combined combined = PackCombiner.combine(packs);
        Map<String, Rule> rules = new LinkedHashMap<>();
        combined.rules().forEach(r -> rules.put(r.id(), r));
        Map<String, List<PackCombiner.Change>> changes = new LinkedHashMap<>();
        combined.changes().forEach((k, v) -> changes.put(k, new ArrayList<>(v)));
        Set<String> off = new LinkedHashSet<>();
        Severity unused = Severity.INFO;
        Severity invalid = Severity.WARNING;
        for (RuleOverride o : config.rules()) {
            String id = o.id();
            if (o.id().equals(Suppressions.UNUSED) || o.id().equals(Suppressions.INVALID)) {
                Severity s = o.off() ? null : o.severity();
                if (id.equals(Suppressions.UNUSED)) {
                    unused = s;
                } else {
                    invalid = s;
                }
                changes.computeIfAbsent(id, k -> new ArrayList<>()).add(new PackCombiner.Change(o.summary(),
                        o.where()));
                continue;
            }
            Rule rule = rules.get(id);
            if (rule == null) {
                String pack = bundledPackOf(id, packs);
                if (pack != null && skippedBuiltin) {
                    continue;
                }
                if (pack != null) {
                    throw new RuleFileException(o.file(), o.line(), o.column(), "rule '" + id + "' is in the pack '"
                            + pack + "', which this configuration does not use; add it to 'packs' or remove this "
                            + "setting");
                }
                List<String> known = new ArrayList<>(rules.keySet());
                known.addAll(Suppressions.ENGINE_RULES);
                throw PackCombiner.unknownRule(o.file(), o.line(), o.column(), id, known,
                        "unknown rule id '" + id + "' in 'rules'");
            }
            if (o.off()) {
                off.add(id);
            }
            if (o.changesRule()) {
                rules.put(id, o.applyTo(rule));
            }
            changes.computeIfAbsent(id, k -> new ArrayList<>()).add(new PackCombiner.Change(o.summary(), o.where()));
        }
        List<Rule> all = new ArrayList<>(rules.values());
        List<Rule> active = all.stream().filter(r -> !off.contains(r.id())).toList();
        Set<String> known = new LinkedHashSet<>(rules.keySet());
        known.addAll(Suppressions.ENGINE_RULES);
        Linter linter = base.withRules(active).withSuppressions(new Suppressions.Settings(known, unused, invalid));
        Map<String, List<PackCombiner.Change>> frozen = new LinkedHashMap<>();
        changes.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new RuleSet(packs, all, off, java.util.Collections.unmodifiableMap(frozen), unused, invalid, linter);
    }

    /** The bundled pack not in use that defines a rule id, or null. */
    private static String bundledPackOf(String id, List<RulePack> inUse) {
        for (String name : BuiltinPacks.names()) {
            if (inUse.stream().anyMatch(p -> p.name().equals(name))) {
                continue;
            }
            try {
                if (BuiltinPacks.load(name).rules().stream().anyMatch(r -> r.id().equals(id))) {
                    return name;
                }
            } catch (RuleFileException e) {
                // a broken bundled pack is reported where it is used
            }
        }
        return null;
    }

    /** The packs and rule files in use, in order. */
    public List<RulePack> packs() {
        return packs;
    }

    /** Every rule, with its changes applied, including the rules turned off. */
    public List<Rule> all() {
        return all;
    }

    /** The rules that are on. */
    public List<Rule> active() {
        return all.stream().filter(r -> !off.contains(r.id())).toList();
    }

    public boolean isOff(String id) {
        return off.contains(id);
    }

    public Optional<Rule> rule(String id) {
        return all.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The changes made to a rule by extensions and the configuration, in the order they were applied. */
    public List<PackCombiner.Change> changes(String id) {
        return changes.getOrDefault(id, List.of());
    }

    /** The severity of an engine finding ({@link Suppressions#UNUSED}, {@link Suppressions#INVALID}); null if off. */
    public Severity engineSeverity(String id) {
        return id.equals(Suppressions.UNUSED) ? unused : invalid;
    }

    /** A linter over the rules that are on, reading suppressions with this rule set's ids. */
    public Linter linter() {
        return linter;
    }
}

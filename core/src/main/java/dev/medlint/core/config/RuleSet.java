package dev.medlint.core.config;

import dev.medlint.core.analysis.EngineRules;
import dev.medlint.core.analysis.FindingPipeline;
import dev.medlint.core.analysis.Linter;
import dev.medlint.core.analysis.Suppressions;
import dev.medlint.core.pack.PackCombiner;
import dev.medlint.core.pack.RuleOverride;
import dev.medlint.core.pack.RulePack;
import dev.medlint.core.report.FailLevel;
import dev.medlint.core.report.RuleDescriptor;
import dev.medlint.core.report.RuleDescriptor.Change;
import dev.medlint.core.report.RuleSource;
import dev.medlint.core.report.Severity;
import dev.medlint.core.rule.Example;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.rule.RuleMeta;
import dev.medlint.core.rule.RuleTypes;
import dev.medlint.core.util.LazyList;
import dev.medlint.core.yaml.RuleFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules one configuration checks with: its packs and rule files put together, each rule file's
 * {@code extend:} changes and then the configuration's {@code rules:} settings applied, and a {@link Linter} over the
 * rules that are on, judging findings by the configuration's fail level. Immutable; built once per configuration
 * file and shared.
 */
public final class RuleSet {
    private final List<RulePack> packs;
    private final List<Rule> all;
    private final Set<String> off;
    private final Map<String, List<Change>> changes;
    private final Severity unused;
    private final Severity invalid;
    private final Linter linter;
    private final List<RuleDescriptor> descriptors;

    private RuleSet(List<RulePack> packs, List<Rule> all, Set<String> off, Map<String, List<Change>> changes,
            Severity unused, Severity invalid, Linter linter, List<RuleDescriptor> descriptors) {
        this.packs = List.copyOf(packs);
        this.all = List.copyOf(all);
        this.off = Set.copyOf(off);
        this.changes = changes;
        this.unused = unused;
        this.invalid = invalid;
        this.linter = linter;
        this.descriptors = descriptors;
    }

    /**
     * Puts the rules together.
     *
     * @param packs          the packs and rule files in use, in order
     * @param skippedBuiltin the bundled packs left out on purpose: settings for their rules are ignored instead of
     *                       refused
     * @param bundledPackOf  the bundled pack not in use that defines a rule id, or null (for a helpful message)
     * @param base           the linter whose threads and reader the rule set's linter takes
     * @param failLevel      the level that decides which findings fail the run
     */
    static RuleSet compile(Config config, List<RulePack> packs, boolean skippedBuiltin,
            Function<String, String> bundledPackOf, Linter base, FailLevel failLevel, RuleTypes types)
            throws RuleFileException {
        PackCombiner.Combined combined = PackCombiner.combine(packs);
        Map<String, Rule> rules = new LinkedHashMap<>();
        combined.rules().forEach(r -> rules.put(r.id(), r));
        Map<String, List<Change>> changes = new LinkedHashMap<>();
        combined.changes().forEach((k, v) -> changes.put(k, new ArrayList<>(v)));
        Set<String> off = new LinkedHashSet<>();
        Severity unused = EngineRules.UNUSED.defaultSeverity();
        Severity invalid = EngineRules.INVALID.defaultSeverity();
        for (RuleOverride o : config.rules()) {
            String id = o.id();
            if (EngineRules.find(id) != null) {
                Severity s = o.off() ? null : o.severity();
                if (id.equals(EngineRules.UNUSED.id())) {
                    unused = s;
                } else {
                    invalid = s;
                }
                changes.computeIfAbsent(id, k -> new ArrayList<>()).add(new Change(o.summary(), o.where()));
                continue;
            }
            Rule rule = rules.get(id);
            if (rule == null) {
                String pack = bundledPackOf.apply(id);
                if (pack != null && skippedBuiltin) {
                    continue;
                }
                if (pack != null) {
                    throw new RuleFileException(o.file(), o.line(), o.column(), "rule '" + id + "' is in the pack '"
                            + pack + "', which this configuration does not use; add it to 'packs' or remove this "
                            + "setting");
                }
                List<String> known = new ArrayList<>(rules.keySet());
                known.addAll(EngineRules.ids());
                throw PackCombiner.unknownRule(o.file(), o.line(), o.column(), id, known,
                        "unknown rule id '" + id + "' in 'rules'");
            }
            if (o.off()) {
                off.add(id);
            }
            if (o.changesRule()) {
                rules.put(id, o.applyTo(rule));
            }
            changes.computeIfAbsent(id, k -> new ArrayList<>()).add(new Change(o.summary(), o.where()));
        }
        List<Rule> all = new ArrayList<>(rules.values());
        List<Rule> active = all.stream().filter(r -> !off.contains(r.id())).toList();
        Set<String> known = new LinkedHashSet<>(rules.keySet());
        known.addAll(EngineRules.ids());
        Map<String, List<Change>> frozen = new LinkedHashMap<>();
        changes.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        Severity unusedSeverity = unused;
        Severity invalidSeverity = invalid;
        // described when first read: describing a rule builds it, and most runs never read the descriptions
        List<RuleDescriptor> descriptors = LazyList.of(() -> {
            List<RuleDescriptor> out = new ArrayList<>();
            for (Rule r : all) {
                out.add(describe(r, off.contains(r.id()), frozen.getOrDefault(r.id(), List.of()), types));
            }
            out.add(EngineRules.describe(EngineRules.UNUSED, unusedSeverity,
                    frozen.getOrDefault(EngineRules.UNUSED.id(), List.of())));
            out.add(EngineRules.describe(EngineRules.INVALID, invalidSeverity,
                    frozen.getOrDefault(EngineRules.INVALID.id(), List.of())));
            return out;
        });
        List<RuleDescriptor> ran = LazyList.of(() -> descriptors.stream().filter(d -> !d.isOff()).toList());
        List<RuleSource> sources = new ArrayList<>();
        if (config.file() != null) {
            sources.add(new RuleSource("configuration", config.display(), config.display(), config.sha256()));
        }
        packs.forEach(p -> sources.add(new RuleSource("rules", p.name(), p.file(), p.sha256())));
        Linter linter = base.withRules(active, ran).withPipeline(FindingPipeline.standard(
                new Suppressions.Settings(known, unused, invalid), failLevel))
                .describedBy(config.file() == null ? "" : config.display(), sources);
        return new RuleSet(packs, all, off, java.util.Collections.unmodifiableMap(frozen), unused, invalid, linter,
                descriptors);
    }

    /** A rule as listed and explained. */
    static RuleDescriptor describe(Rule r, boolean off, List<Change> changes, RuleTypes types) {
        RuleMeta m = r.meta();
        Optional<Rule.Matching> matching = r.matching();
        String meaning = types.find(m.type()).map(t -> t.meaning()).orElse("");
        return new RuleDescriptor(m.id(), m.title(), m.category().id(), m.category().covers(),
                off ? "off" : m.severity().label(), m.severity().label(), m.type(), meaning, m.law(), m.pack(),
                m.file(), r.language().id(), m.rationale(), m.message(), m.suggestion(),
                matching.map(Rule.Matching::title).orElse(""), matching.map(Rule.Matching::items).orElse(List.of()),
                changes, examples(m, m.flagExamples()), examples(m, m.passExamples()));
    }

    private static List<RuleDescriptor.ExampleText> examples(RuleMeta m, List<Example> examples) {
        return examples.stream().map(e -> new RuleDescriptor.ExampleText(e.text(), e.match(), m.fileOf(e), e.line()))
                .toList();
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
    public List<Change> changes(String id) {
        return changes.getOrDefault(id, List.of());
    }

    /** The severity of an engine finding; null if off. */
    public Severity engineSeverity(String id) {
        return id.equals(EngineRules.UNUSED.id()) ? unused : invalid;
    }

    /** Every rule as listed and explained, the engine's own rules last. */
    public List<RuleDescriptor> descriptors() {
        return descriptors;
    }

    /** A linter over the rules that are on, reading suppressions with this rule set's ids. */
    public Linter linter() {
        return linter;
    }
}

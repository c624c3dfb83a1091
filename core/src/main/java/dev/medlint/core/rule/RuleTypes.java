package dev.medlint.core.rule;

import dev.medlint.core.util.Registry;
import java.util.List;
import java.util.Optional;

/** The rule types a loader knows, by name. Immutable; {@link #builtIn()} is the one place types are registered. */
public final class RuleTypes {
    private final Registry<RuleType> types;

    private RuleTypes(Registry<RuleType> types) {
        this.types = types;
    }

    /** The types medlint ships. */
    public static RuleTypes builtIn() {
        return new RuleTypes(new Registry<>("rule type", RuleType::name, List.of(new PhraseRule.Type(),
                new ClaimRule.Type(), new RequiredRule.Type(), new ConditionalRule.Type(), new PatternRule.Type(),
                new MorphRule.Type())));
    }

    /** These types and one more (an embedder's, or a test's). */
    public RuleTypes with(RuleType type) {
        return new RuleTypes(types.with(type));
    }

    public Optional<RuleType> find(String name) {
        return types.find(name);
    }

    /** The type names, sorted. */
    public List<String> names() {
        return types.names().stream().sorted().toList();
    }

    public List<RuleType> all() {
        return types.all();
    }
}

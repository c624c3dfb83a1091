package dev.medlint.core.analysis;

import dev.medlint.core.report.RuleDescriptor;
import dev.medlint.core.report.Severity;
import java.util.List;

/**
 * The rules medlint itself enforces, besides those of packs: checks of the suppression comments in articles. They
 * have ids, titles and explanations like pack rules, so every front end lists and explains them the same way, and a
 * configuration can turn them off or change their severity.
 */
public final class EngineRules {
    /** The pack name and category of engine findings. */
    public static final String PACK = Suppressions.CATEGORY;

    /** One engine rule: its id, title, explanation and default severity. */
    public record EngineRule(String id, String title, String explanation, Severity defaultSeverity) {
    }

    public static final EngineRule UNUSED = new EngineRule(Suppressions.UNUSED,
            "A suppression comment that silences nothing",
            "medlint reports a medlint-disable, medlint-enable or medlint-disable-next-line comment (or a rule id in "
                    + "one) that silences no finding, so that suppressions are removed when the text they excused "
                    + "changes. Remove the comment, or correct the rule id in it.",
            Severity.INFO);
    public static final EngineRule INVALID = new EngineRule(Suppressions.INVALID,
            "A suppression comment medlint cannot use (unknown rule id, misspelt directive)",
            "medlint reports a comment that starts with 'medlint' but is no directive it knows (a misspelt "
                    + "'medlint-disable', say), or that names a rule id that does not exist. Such a comment silences "
                    + "nothing. Correct the directive or the rule id; 'medlint rules list' shows the ids.",
            Severity.WARNING);

    public static final List<EngineRule> ALL = List.of(UNUSED, INVALID);

    private EngineRules() {
    }

    /** The engine rule with this id, or null. */
    public static EngineRule find(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    public static List<String> ids() {
        return ALL.stream().map(EngineRule::id).toList();
    }

    /**
     * The rule as listed and explained.
     *
     * @param severity the severity in use, null when turned off
     */
    public static RuleDescriptor describe(EngineRule r, Severity severity, List<RuleDescriptor.Change> changes) {
        return new RuleDescriptor(r.id(), r.title(), PACK, "checks of medlint's own suppression comments",
                severity == null ? "off" : severity.label(), r.defaultSeverity().label(), "directive",
                "a check of medlint's suppression comments", "-", PACK, "(built into medlint)", "", r.explanation(),
                "", "", "", List.of(), changes, List.of(), List.of());
    }
}

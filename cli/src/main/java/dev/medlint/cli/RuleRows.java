package dev.medlint.cli;

import dev.medlint.core.analysis.Suppressions;
import dev.medlint.core.config.RuleSet;
import dev.medlint.core.pack.PackCombiner;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** The rules of a rule set as rows for listing, the engine's own checks included. */
final class RuleRows {
    /** One rule as listed; {@code severity} is "off" for a rule turned off. */
    record Row(String id, String title, String category, String severity, String type, String law, String pack,
            String file, List<PackCombiner.Change> changes) {
    }

    private RuleRows() {
    }

    static List<Row> of(RuleSet set) {
        List<Row> rows = new ArrayList<>();
        for (Rule r : set.all()) {
            var m = r.meta();
            rows.add(new Row(m.id(), m.title(), m.category().id(), set.isOff(m.id()) ? "off" : m.severity().label(),
                    m.type(), m.law(), m.pack(), m.file(), set.changes(m.id())));
        }
        for (String id : Suppressions.ENGINE_RULES) {
            Severity s = set.engineSeverity(id);
            rows.add(new Row(id, engineTitle(id), Suppressions.CATEGORY, s == null ? "off" : s.label(), "directive",
                    "-", "medlint", "(built into medlint)", set.changes(id)));
        }
        return rows;
    }

    static String engineTitle(String id) {
        return id.equals(Suppressions.UNUSED) ? "A suppression comment that silences nothing"
                : "A suppression comment medlint cannot use (unknown rule id, misspelt directive)";
    }

    /** What {@code rules explain} says about the engine's own checks. */
    static String engineExplanation(String id) {
        if (id.equals(Suppressions.UNUSED)) {
            return "medlint reports a medlint-disable, medlint-enable or medlint-disable-next-line comment (or a rule "
                    + "id in one) that silences no finding, so that suppressions are removed when the text they "
                    + "excused changes. Remove the comment, or correct the rule id in it.";
        }
        return "medlint reports a comment that starts with 'medlint' but is no directive it knows (a misspelt "
                + "'medlint-disable', say), or that names a rule id that does not exist. Such a comment silences "
                + "nothing. Correct the directive or the rule id; 'medlint rules list' shows the ids.";
    }
}

package dev.medlint.core.rule;

import java.util.List;
import java.util.Set;
import com.google.re2j.Pattern;

/**
 * Finds out which excuse or exception silenced a match by asking the rule itself: the rule with one excuse at a time
 * tells which one lets the match pass, so the explanation cannot drift from the rule's logic.
 */
final class ExcuseDiagnosis {
    private ExcuseDiagnosis() {
    }

    /** Why a hit of the rule without excuses is not a hit of the rule ("it is excused as negated: ..."). */
    static <R extends Rule & Excusable> String excusedBy(R rule, RuleHit hit, String text) {
        for (Excuse e : Excuse.values()) {
            if (rule.unless().contains(e) && !firesAt(rule.withExcuses(Set.of(e), List.of()), text, hit)) {
                return "it is excused as " + e.label() + ": " + e.description();
            }
        }
        for (Pattern x : rule.exceptions()) {
            if (!firesAt(rule.withExcuses(Set.of(), List.of(x)), text, hit)) {
                return "its sentence matches the rule's exception '" + x.pattern() + "'";
            }
        }
        return "the excuses and exceptions together let it pass";
    }

    /** Which excuses a rule has, for a hit none of them silenced. */
    static String excuses(Set<Excuse> unless, List<Pattern> exceptions) {
        if (unless.isEmpty() && exceptions.isEmpty()) {
            return "the rule has no excuses ('unless') or exceptions that could let it pass";
        }
        List<String> names = unless.stream().map(Excuse::label).sorted().toList();
        return "none of the rule's excuses applied" + (names.isEmpty() ? "" : " (unless: " + String.join(", ", names)
                + ")") + (exceptions.isEmpty() ? "" : " and no exception pattern matched the sentence");
    }

    private static boolean firesAt(Rule rule, String text, RuleHit hit) {
        for (RuleHit h : rule.check(rule.annotate(text))) {
            if (h.start() < hit.end() && hit.start() < h.end()) {
                return true;
            }
        }
        return false;
    }

    static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

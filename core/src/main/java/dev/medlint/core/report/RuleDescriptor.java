package dev.medlint.core.report;

import java.util.List;

/**
 * What a reader needs to know about a rule, as the configuration leaves it: identity, law, wording, what it matches,
 * what changed it and its examples. Rules of packs and the engine's own rules (suppression checks) alike.
 *
 * @param severity      the severity in use, or "off" for a rule turned off
 * @param packSeverity  the severity its pack gives it (before the configuration)
 * @param typeMeaning   what rules of its type do, in one line
 * @param matching      what it matches, one line per item (empty when the type lists nothing); under {@code matchingTitle}
 */
public record RuleDescriptor(String id, String title, String category, String categoryCovers, String severity,
        String packSeverity, String type, String typeMeaning, String law, String pack, String file, String language,
        String rationale, String message, String suggestion, String matchingTitle, List<String> matching,
        List<Change> changes, List<ExampleText> flagExamples, List<ExampleText> passExamples) {

    public RuleDescriptor {
        matching = List.copyOf(matching);
        changes = List.copyOf(changes);
        flagExamples = List.copyOf(flagExamples);
        passExamples = List.copyOf(passExamples);
    }

    /** One change made to a rule: what it does ("severity warning") and where it is written ({@code file:line:col}). */
    public record Change(String what, String where) {
    }

    /** An example of a rule: its text, the match it expects (or null), and the file and line it stands at. */
    public record ExampleText(String text, String match, String file, int line) {
    }

    public boolean isOff() {
        return severity.equals("off");
    }

    /** Whether the rule is one of medlint's own checks rather than a pack's. */
    public boolean isEngineRule() {
        return type.equals("directive");
    }
}

package dev.medlint.core.rule;

import java.util.List;

/** What every rule carries besides its matching: identity, law, wording for the user, and its examples. */
public record RuleMeta(
        String id,
        String title,
        Category category,
        Severity severity,
        String law,
        String message,
        String suggestion,
        String rationale,
        String type,
        String pack,
        String file,
        List<Example> flagExamples,
        List<Example> passExamples) {

    public RuleMeta {
        flagExamples = List.copyOf(flagExamples);
        passExamples = List.copyOf(passExamples);
    }

    public RuleMeta withSeverity(Severity s) {
        return new RuleMeta(id, title, category, s, law, message, suggestion, rationale, type, pack, file,
                flagExamples, passExamples);
    }

    public RuleMeta withText(String newMessage, String newSuggestion) {
        return new RuleMeta(id, title, category, severity, law, newMessage, newSuggestion, rationale, type, pack, file,
                flagExamples, passExamples);
    }
}

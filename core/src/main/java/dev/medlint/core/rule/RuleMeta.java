package dev.medlint.core.rule;

import dev.medlint.core.report.Severity;

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

    /** The same metadata with more examples (a team's examples for the terms it added to a rule). */
    public RuleMeta withMoreExamples(List<Example> flag, List<Example> pass) {
        List<Example> allFlag = new java.util.ArrayList<>(flagExamples);
        allFlag.addAll(flag);
        List<Example> allPass = new java.util.ArrayList<>(passExamples);
        allPass.addAll(pass);
        return new RuleMeta(id, title, category, severity, law, message, suggestion, rationale, type, pack, file,
                allFlag, allPass);
    }

    /** Where an example stands: its own file, or else this rule's file. */
    public String fileOf(Example e) {
        return e.file() != null ? e.file() : file;
    }

    public RuleMeta withText(String newMessage, String newSuggestion) {
        return new RuleMeta(id, title, category, severity, law, newMessage, newSuggestion, rationale, type, pack, file,
                flagExamples, passExamples);
    }
}

package dev.medlint.core.rule;

/**
 * What a rule found: a span [start, end) of the view text (or {@code start < 0} for the document as a whole), the
 * text it matched, and a message (from the rule file, {@code {match}} standing for the match) when the rule words it
 * differently from its default.
 */
public record RuleHit(int start, int end, String match, String message) {
    public static RuleHit document(String message) {
        return new RuleHit(-1, -1, "", message);
    }

    public boolean isDocumentLevel() {
        return start < 0;
    }
}

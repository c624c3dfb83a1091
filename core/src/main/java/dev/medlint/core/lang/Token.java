package dev.medlint.core.lang;

/** A token of a sentence: its text, its [start, end) in the view text, its POS tag and lemma (when computed). */
public record Token(String text, int start, int end, String tag, String lemma) {
    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}

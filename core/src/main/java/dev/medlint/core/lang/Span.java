package dev.medlint.core.lang;

/** A range [start, end) of characters in a text an analyzer was given. */
public record Span(int start, int end) {
    public String of(String text) {
        return text.substring(start, end);
    }
}

package dev.medlint.core.lang;

/**
 * A word found by the cheap scan that runs before any model: a run of letters or digits, lower-cased, with its
 * [start, end) in the view text.
 */
public record Word(String lower, int start, int end) {
}

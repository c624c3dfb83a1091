package dev.medlint.core.lang;

/**
 * A word found by the cheap scan that runs before any model: a run of letters or digits, lower-cased, with its
 * [start, end) in the view text, and its number among the document's distinct words ({@link
 * AnnotatedText#distinctWord}): every occurrence of one lower-cased word in a document has the same {@code id}, so a
 * rule can look a word up once per document and keep the answer in an array.
 */
public record Word(String lower, int start, int end, int id) {
}

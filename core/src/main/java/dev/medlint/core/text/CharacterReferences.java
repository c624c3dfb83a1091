package dev.medlint.core.text;

/**
 * How a parser turned a piece of markup into text (an HTML entity such as {@code &nbsp;}, with or without its
 * {@code ;}): {@link SourceAligner} asks at each source position whether a reference starts there, so the characters
 * it decodes to cover exactly the markup the parser consumed.
 */
interface CharacterReferences {
    /** No markup is decoded: every character stands for itself. */
    CharacterReferences NONE = (source, at, limit) -> null;

    /** A reference: {@code length} source characters that decode to {@code text}. */
    record Reference(int length, String text) {
    }

    /** The reference that starts at {@code at} and ends at or before {@code limit}, or null if there is none. */
    Reference at(String source, int at, int limit);
}

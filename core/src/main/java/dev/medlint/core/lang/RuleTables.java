package dev.medlint.core.lang;

/**
 * What the rules of one language look for, numbered once for all of them: the literals they search blocks for and
 * the words they ask about. A document made with these tables ({@link AnnotatedText}) answers each rule's questions
 * from one pass over its blocks and one look-up per distinct word.
 */
public record RuleTables(LiteralTable literals, WordTable words) {
}

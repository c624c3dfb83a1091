package dev.medlint.core.rule;

/**
 * An example text of a rule. A {@code flag} example must produce the rule's finding (on {@code match} when given);
 * a {@code pass} example must not. {@code line} is where it stands in the rule file.
 */
public record Example(String text, String match, int line) {
}

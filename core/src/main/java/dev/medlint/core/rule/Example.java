package dev.medlint.core.rule;

/**
 * An example text of a rule. A {@code flag} example must produce the rule's finding (on {@code match} when given);
 * a {@code pass} example must not. {@code line} is where it stands in {@code file}, the rule file that holds it
 * (null: the rule's own file; an extension in another file can add examples to a rule).
 */
public record Example(String text, String match, int line, String file) {
    public Example(String text, String match, int line) {
        this(text, match, line, null);
    }
}

package dev.medlint.core.text;

/**
 * A source an extractor cannot turn into prose (for example Markdown nested far deeper than any article). The linter
 * reports it as a problem of that one file; the message is the one-line reason.
 */
public final class UnreadableText extends RuntimeException {
    public UnreadableText(String reason) {
        super(reason, null, false, false);
    }
}

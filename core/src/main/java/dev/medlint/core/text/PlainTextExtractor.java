package dev.medlint.core.text;

/**
 * Plain text: a blank line separates paragraphs; a single line break is only a space, because clinic posts wrap
 * lines in the middle of sentences, except after a short line followed by one that starts like a new item (a
 * capital, a digit, a bullet): that is a headline stack or a list, and the break ends a sentence.
 *
 * <p>Plain text has no comments, so inline suppressions stand on a line of their own that starts with {@code #}
 * followed by the directive: {@code # medlint-disable-next-line guarantee -- reason} (an HTML-style
 * {@code <!-- medlint-... -->} alone on a line works too). Such a line is a directive, not prose: it is left out of the
 * analysed text and recorded as a comment.
 */
public final class PlainTextExtractor implements TextExtractor {
    private static final java.util.regex.Pattern DIRECTIVE = java.util.regex.Pattern.compile(
            "^\\s*(?:#\\s*((?i:medlint)\\b.*?)|<!--\\s*((?i:medlint)\\b.*?)-->)\\s*$");

    /** The longest line, in characters, read as a headline or list item rather than a wrapped line of prose. */
    private static final int SHORT_LINE = 48;

    /**
     * Whether the line break at {@code lineEnd} ends an item of a stack of short lines: the line is short and does
     * not end in a comma or a hyphen (a wrap), and the next line starts with a capital, a digit or a symbol.
     */
    private static boolean shortLineBreak(String line, String source, int lineEnd) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > SHORT_LINE || s.endsWith(",") || s.endsWith("-")) {
            return false;
        }
        int next = lineEnd;
        while (next < source.length() && (source.charAt(next) == '\r' || source.charAt(next) == '\n')) {
            if (source.charAt(next) == '\n' && next > lineEnd && source.charAt(next - 1) == '\n') {
                return false; // a blank line: the paragraph ends anyway
            }
            next++;
        }
        while (next < source.length() && (source.charAt(next) == ' ' || source.charAt(next) == '\t')) {
            next++;
        }
        if (next >= source.length()) {
            return false;
        }
        int c = source.codePointAt(next);
        return Character.isUpperCase(c) || Character.isDigit(c) || !Character.isLetter(c);
    }

    @Override
    public TextView extract(String source) {
        TextViewBuilder out = new TextViewBuilder();
        int lineStart = 0;
        int n = source.length();
        while (lineStart <= n) {
            int lineEnd = lineStart;
            while (lineEnd < n && source.charAt(lineEnd) != '\n' && source.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            String line = source.substring(lineStart, lineEnd);
            java.util.regex.Matcher directive = DIRECTIVE.matcher(line);
            if (directive.matches()) {
                int g = directive.group(1) != null ? 1 : 2;
                int from = lineStart + (line.length() - line.stripLeading().length());
                out.comment(directive.group(g), from, lineStart + line.stripTrailing().length());
            } else if (line.isBlank()) {
                out.endBlock();
            } else {
                out.append(line, lineStart);
                if (shortLineBreak(line, source, lineEnd)) {
                    out.lineBreak(lineEnd);
                } else {
                    out.space(lineEnd);
                }
            }
            if (lineEnd >= n) {
                break;
            }
            int next = lineEnd + 1;
            if (source.charAt(lineEnd) == '\r' && next < n && source.charAt(next) == '\n') {
                next++;
            }
            lineStart = next;
        }
        return out.build();
    }
}

package dev.medlint.core.text;

/**
 * Plain text: a blank line separates paragraphs; a single line break is only a space, because clinic posts wrap
 * lines in the middle of sentences.
 *
 * <p>Plain text has no comments, so inline suppressions stand on a line of their own that starts with {@code #}
 * followed by the directive: {@code # medlint-disable-next-line guarantee -- reason} (an HTML-style
 * {@code <!-- medlint-... -->} alone on a line works too). Such a line is a directive, not prose: it is left out of the
 * analysed text and recorded as a comment.
 */
public final class PlainTextExtractor implements TextExtractor {
    private static final java.util.regex.Pattern DIRECTIVE = java.util.regex.Pattern.compile(
            "^\\s*(?:#\\s*((?i:medlint)\\b.*?)|<!--\\s*((?i:medlint)\\b.*?)-->)\\s*$");

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
                out.space(lineEnd);
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

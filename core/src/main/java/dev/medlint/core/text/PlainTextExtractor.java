package dev.medlint.core.text;

/**
 * Plain text: a blank line separates paragraphs; a single line break is only a space, because clinic posts wrap
 * lines in the middle of sentences.
 */
public final class PlainTextExtractor implements TextExtractor {
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
            if (line.isBlank()) {
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

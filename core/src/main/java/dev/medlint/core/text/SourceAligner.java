package dev.medlint.core.text;

/**
 * Appends a parser's decoded text (entities and escapes resolved) while mapping each character to where it stands in
 * the raw source. Characters that do not appear literally (an entity such as {@code &nbsp;}) take the offset of
 * the markup they came from.
 */
final class SourceAligner {
    /** The longest piece of markup one decoded character can come from ({@code &CounterClockwiseContourIntegral;}). */
    private static final int LOOKAHEAD = 34;

    private SourceAligner() {
    }

    /**
     * @param decoded the text the parser produced
     * @param source the whole source
     * @param from where the raw text of {@code decoded} starts in {@code source}
     * @param to where it ends
     */
    static void append(TextViewBuilder out, String decoded, String source, int from, int to) {
        int pos = Math.max(0, from);
        int limit = Math.min(to, source.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            int found = -1;
            for (int j = pos; j < limit && j < pos + LOOKAHEAD; j++) {
                char raw = source.charAt(j);
                // parsers replace NUL with U+FFFD (CommonMark's insecure character, HTML's NUL), one for one
                if (raw == c || c == '\uFFFD' && raw == '\u0000') {
                    found = j;
                    break;
                }
            }
            if (found >= 0) {
                out.append(c, found);
                pos = found + 1;
            } else {
                out.append(c, Math.min(pos, Math.max(limit - 1, 0)));
            }
        }
    }
}

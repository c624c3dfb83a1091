package dev.medlint.core.text;

/**
 * Appends a parser's decoded text (entities and escapes resolved) while mapping each character to where it stands in
 * the raw source. A character reference ({@code &nbsp;}, {@code &nbsp} without its {@code ;}, {@code &#x41;}) is
 * recognised where it stands in the source, as the parser read it: the characters it decodes to cover all of its
 * markup, and the next character is looked for after it. Other characters are found literally a little ahead (a
 * backslash escape, a line break the parser dropped); one that is not found takes the offset reached.
 */
final class SourceAligner {
    /** How far ahead a literal character is looked for. */
    private static final int LOOKAHEAD = 34;

    private SourceAligner() {
    }

    /**
     * @param decoded the text the parser produced
     * @param source the whole source
     * @param from where the raw text of {@code decoded} starts in {@code source}
     * @param to where it ends
     * @param references the character references the parser decoded in this text
     */
    static void append(TextViewBuilder out, String decoded, String source, int from, int to,
            CharacterReferences references) {
        int pos = Math.max(0, from);
        int limit = Math.min(to, source.length());
        int i = 0;
        while (i < decoded.length()) {
            CharacterReferences.Reference ref = pos < limit ? references.at(source, pos, limit) : null;
            if (ref != null && decoded.startsWith(ref.text(), i)) {
                for (int k = 0; k < ref.text().length(); k++) {
                    out.append(ref.text().charAt(k), pos, pos + ref.length());
                }
                i += ref.text().length();
                pos += ref.length();
                continue;
            }
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
            i++;
        }
    }
}

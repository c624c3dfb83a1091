package dev.medlint.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * CommonMark's entity and numeric character references: always closed by {@code ;} ({@code &nbsp;}, {@code &#65;},
 * {@code &#x41;}); a name must be an HTML5 entity (the table jsoup keeps), anything else is literal text. Code point 0
 * and numbers outside Unicode decode to U+FFFD, as the spec says.
 */
final class MarkdownCharacterReferences implements CharacterReferences {
    static final MarkdownCharacterReferences INSTANCE = new MarkdownCharacterReferences();

    private static final Pattern REFERENCE = Pattern.compile(
            "&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));");
    /** The longest reference the pattern accepts: '&', 32 name characters and ';'. */
    private static final int LONGEST = 34;

    private MarkdownCharacterReferences() {
    }

    @Override
    public Reference at(String source, int at, int limit) {
        if (source.charAt(at) != '&') {
            return null;
        }
        Matcher m = REFERENCE.matcher(source).region(at, Math.min(limit, at + LONGEST));
        if (!m.lookingAt()) {
            return null;
        }
        String text;
        if (m.group(3) != null) {
            text = Entities.getByName(m.group(3));
            if (text.isEmpty()) {
                return null;
            }
        } else {
            int code = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            text = code == 0 || !Character.isValidCodePoint(code) || code >= 0xD800 && code <= 0xDFFF ? "\uFFFD"
                    : Character.toString(code);
        }
        return new Reference(m.end() - at, text);
    }
}

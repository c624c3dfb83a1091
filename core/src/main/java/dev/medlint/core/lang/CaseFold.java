package dev.medlint.core.lang;

/**
 * The case folding that literal prefilters compare text with: ASCII letters lower-cased, plus the two non-ASCII
 * characters that RE2/J's case-insensitive matching equates with an ASCII letter (U+017F long s with {@code s},
 * U+212A Kelvin sign with {@code k}); every other character is kept. A text matched case-insensitively by a literal
 * of ASCII characters or caseless ones therefore holds that literal once both are folded. Same length as the input,
 * so offsets carry over.
 */
public final class CaseFold {
    private CaseFold() {
    }

    public static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (c == '\u017F') {
            return 's';
        }
        return c == '\u212A' ? 'k' : c;
    }

    /** The folded text of {@code s} from {@code start} to {@code end}. */
    public static String fold(String s, int start, int end) {
        char[] out = new char[end - start];
        for (int i = start; i < end; i++) {
            out[i - start] = fold(s.charAt(i));
        }
        return new String(out);
    }

    public static String fold(String s) {
        return fold(s, 0, s.length());
    }
}

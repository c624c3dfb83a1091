package dev.medlint.core.lang;

/**
 * Which script a stretch of text is mostly written in, by counting letters: the language router sends a block to
 * the rules of the language its letters belong to. Hangul syllables carry about as much as a short Latin word's
 * worth of letters, so each counts three times (an English sentence with "필러 시술" in it stays English).
 */
public final class Script {
    private Script() {
    }

    /** Whether a Hangul character (syllable or jamo). */
    public static boolean isHangul(int cp) {
        return (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F);
    }

    /** Whether {@code text[start, end)} has Hangul at all. */
    public static boolean hasHangul(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isHangul(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether most of the letters of {@code text[start, end)} are Hangul (weighted; see the class comment). */
    public static boolean mostlyHangul(CharSequence text, int start, int end) {
        long hangul = 0;
        long other = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isHangul(c)) {
                hangul++;
            } else if (Character.isLetter(c)) {
                other++;
            }
        }
        return hangul > 0 && hangul * 3 >= other;
    }
}

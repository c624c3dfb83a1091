package dev.medlint.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Web addresses in any ASCII case are blanked out of the view text (their words are no claims), and a block that
 * holds none is left alone: the quick scan for "http" and "www." misses no address the pattern finds.
 */
class UrlMaskTest {
    private static final Pattern SAME_AS_BUILDER = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"\\p{Cntrl}\\x80-\\x9F\\uFFFD]+");

    private static String view(String text) {
        return new PlainTextExtractor().extract(text).text();
    }

    private static String blanked(String text, String... addresses) {
        String out = text;
        for (String a : addresses) {
            out = out.replace(a, " ".repeat(a.length()));
        }
        return out;
    }

    @Test
    void addressesInAnyCaseAreBlanked() {
        String one = "Book at www.x.kr now.";
        assertEquals(blanked(one, "www.x.kr").stripTrailing(), view(one).stripTrailing());
        String two = "See HTTPS://Clinic.example/a or WwW.b.com/c!";
        assertEquals(blanked(two, "HTTPS://Clinic.example/a", "WwW.b.com/c!").stripTrailing(), view(two).stripTrailing());
        String none = "no address: wwwx, http:, ww.w";
        assertEquals(none, view(none).stripTrailing());
    }

    @Test
    void randomTextIsBlankedWhereThePatternMatches() {
        Random random = new Random(7);
        String[] pieces = {"http", "HTTP", "hTtPs://", "://", "www.", "WWW.", "wWw", ".", "a", "b1", "-", "é",
            "ｗｗｗ.", "h", "ttp", "/x"};
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder("x ");
            for (int i = 0; i < 1 + random.nextInt(12); i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            StringBuilder expected = new StringBuilder(text);
            Matcher m = SAME_AS_BUILDER.matcher(text);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    expected.setCharAt(i, ' ');
                }
            }
            assertEquals(expected.toString().strip(), view(text).strip(), text);
        }
    }
}

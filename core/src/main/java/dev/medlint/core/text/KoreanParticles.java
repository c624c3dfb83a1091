package dev.medlint.core.text;

import java.util.List;

/**
 * Korean particles after a quoted match in a message: a template writes both forms ('{match}'은/는) and the one
 * that fits the match's last syllable is kept, 은 after a final consonant (batchim: '부작용 없'은), 는 after a vowel
 * ('최고의'는). Digits and Latin letters are read as they are spoken (1 일, 5 오, % 퍼센트, L 엘).
 */
public final class KoreanParticles {
    /** The pairs written in templates: after a consonant / after a vowel. 으로/로 also takes 로 after ㄹ. */
    private static final List<String[]> PAIRS = List.of(new String[] {"은", "는"}, new String[] {"이", "가"},
            new String[] {"을", "를"}, new String[] {"과", "와"}, new String[] {"으로", "로"},
            new String[] {"이라는", "라는"}, new String[] {"이라고", "라고"});
    private static final String CLOSERS = "'’\"”」』)";
    private static final String PLACEHOLDER = "{match}";

    private KoreanParticles() {
    }

    /** The template with {@code {match}} replaced by the match and each particle pair after it resolved. */
    public static String fill(String template, String match) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int at = template.indexOf(PLACEHOLDER); at >= 0; at = template.indexOf(PLACEHOLDER, from)) {
            out.append(template, from, at).append(match);
            int i = at + PLACEHOLDER.length();
            while (i < template.length() && CLOSERS.indexOf(template.charAt(i)) >= 0) {
                out.append(template.charAt(i++));
            }
            from = i;
            for (String[] pair : PAIRS) {
                String written = pair[0] + "/" + pair[1];
                if (template.startsWith(written, i)) {
                    out.append(choose(pair, match));
                    from = i + written.length();
                    break;
                }
            }
        }
        return out.append(template.substring(from)).toString();
    }

    private static String choose(String[] pair, String match) {
        int coda = finalConsonant(match);
        if (pair[1].equals("로")) {
            return coda == 0 || coda == RIEUL ? pair[1] : pair[0];
        }
        return coda == 0 ? pair[1] : pair[0];
    }

    private static final int RIEUL = 8;

    /** The final consonant index (0 = none, 8 = ㄹ) of the last readable character of the text. */
    static int finalConsonant(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c >= 0xAC00 && c <= 0xD7A3) {
                return (c - 0xAC00) % 28;
            }
            if (c >= '0' && c <= '9') {
                // 영 일 이 삼 사 오 육 칠 팔 구: the final consonant of each digit's reading
                return new int[] {21, 8, 0, 16, 0, 0, 1, 8, 8, 0}[c - '0'];
            }
            if (Character.isLetter(c) && c < 128) {
                // letters read with a final consonant: L 엘 and R 알 (ㄹ), M 엠 (ㅁ), N 엔 (ㄴ)
                char u = Character.toUpperCase(c);
                return u == 'L' || u == 'R' ? RIEUL : u == 'M' ? 16 : u == 'N' ? 4 : 0;
            }
            if (c == '%') {
                return 0; // 퍼센트
            }
        }
        return 0;
    }
}

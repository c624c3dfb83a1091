package dev.medlint.core.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.medlint.core.lang.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Words of letters only are kept whole without asking the token model (its alphanumeric shortcut), while words with
 * digits and punctuation are still split by the model as before; splitting word by word, with each word's split
 * kept, gives exactly the model's tokens of the whole sentence.
 */
class OpenNlpTokensTest {
    private static final OpenNlpAnalyzer ANALYZER = new OpenNlpAnalyzer();

    private static List<String> tokens(String sentence) {
        return ANALYZER.tokens(sentence).stream().map(s -> sentence.substring(s.start(), s.end())).toList();
    }

    @Test
    void lettersStayWholeAndTheModelStillSplitsTheRest() {
        assertEquals(List.of("Lose", "10", "kg", "with", "Ultherapy", ",", "guaranteed", "."),
                tokens("Lose 10kg with Ultherapy, guaranteed."));
        assertEquals(List.of("You", "cannot", "lose", "weight", "without", "surgery", "?"),
                tokens("You cannot lose weight without surgery?"));
        assertEquals(List.of("Don't", "wait", ":", "it's", "50", "%", "off", "(", "today", "only", ")", "."),
                tokens("Don't wait: it's 50% off (today only)."));
    }

    @Test
    void wordByWordSplitsEqualTheModelOnWholeSentences() {
        List<String> sentences = new ArrayList<>(List.of(
                "Results last 12-18 months (Dr. Kim's patients, e.g. after 2 sessions).",
                "No downtime!!! Book now: 010-1234-5678 or www.clinic.example/book?id=3",
                "\"Painless,\" she said \u2014 the U.S.-trained surgeon's 3rd case\u2026",
                "Tabs\tand\nnew lines, no-break\u00a0spaces and em\u2003spaces: all split words.",
                "Repeat: skin, skin, skin. Skin; skin! (skin) skin's skins'",
                "미니거상 후 3일, 붓기(swelling)는 줄어듭니다. Emoji \uD83D\uDE00 too!", "", "   ", "a", "."));
        // random strings over letters, digits, punctuation and spaces: words the fixed list cannot anticipate
        Random random = new Random(20261204);
        String alphabet = "abcXYZ019.,;:!?'\"()-/%&@#$*+=\u2019\u201c\u201d \u00a0\t\n가나";
        for (int n = 0; n < 400; n++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(60);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            sentences.add(sb.toString());
        }
        for (int round = 0; round < 2; round++) { // the second round answers from the kept splits
            for (String s : sentences) {
                assertEquals(ANALYZER.modelTokens(s), ANALYZER.tokens(s), () -> "tokens of [" + s + "]");
            }
        }
    }
}

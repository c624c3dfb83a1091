package dev.medlint.core.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words of letters only are kept whole without asking the token model (its alphanumeric shortcut), while words with
 * digits and punctuation are still split by the model as before.
 */
class OpenNlpTokensTest {
    private static List<String> tokens(String sentence) {
        return new OpenNlpAnalyzer().tokens(sentence).stream()
                .map(s -> sentence.substring(s.start(), s.end())).toList();
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
}

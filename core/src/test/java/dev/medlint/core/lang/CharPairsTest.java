package dev.medlint.core.lang;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CharPairsTest {
    @Test
    void neverSaysAbsentForAStringTheTextHolds() {
        Random random = new Random(56);
        String alphabet = "abcdefgh 부작용★,.";
        for (int round = 0; round < 300; round++) {
            String text = random(random, alphabet, random.nextInt(3000));
            CharPairs pairs = CharPairs.of(text);
            for (int k = 0; k < 20 && text.length() > 1; k++) {
                int from = random.nextInt(text.length());
                int to = Math.min(text.length(), from + 1 + random.nextInt(8));
                assertTrue(pairs.mayContain(text.substring(from, to)), text.substring(from, to));
            }
        }
    }

    @Test
    void rulesOutMostStringsTheTextLacks() {
        CharPairs pairs = CharPairs.of("our clinic offers a free consultation with every visit");
        int ruledOut = 0;
        String[] absent = {"botox", "guarantee", "discount", "painless", "permanent", "celebrity", "zero",
            "부작용", "100%", "best"};
        for (String s : absent) {
            ruledOut += pairs.mayContain(s) ? 0 : 1;
        }
        assertTrue(ruledOut >= 8, ruledOut + " of " + absent.length);
        assertFalse(CharPairs.of("").mayContain("ab"));
        assertTrue(CharPairs.of("").mayContain("a"), "one character has no pair to test");
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}

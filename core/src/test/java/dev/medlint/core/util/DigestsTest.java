package dev.medlint.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The piecewise digest of a long text equals the digest of its UTF-8 bytes, whatever characters it holds. */
class DigestsTest {
    private static final String[] PIECES = {"a", "부작용", "😀", "\n", "é", "\uD800", "\uDC00", "  ", "ｘ"};

    @Test
    void aLongTextHashesAsItsUtf8Bytes() {
        Random random = new Random(56);
        for (int round = 0; round < 20; round++) {
            StringBuilder b = new StringBuilder();
            int length = 65_000 + random.nextInt(140_000); // around and above the size encoded at once
            while (b.length() < length) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            assertEquals(Digests.sha256(text.getBytes(StandardCharsets.UTF_8)), Digests.sha256(text),
                    "round " + round);
        }
    }

    @Test
    void aSurrogatePairAcrossTheBufferIsOneCharacter() {
        String text = "a".repeat((1 << 16) - 1) + "😀" + "b".repeat(70_000) + "\uD83D";
        assertEquals(Digests.sha256(text.getBytes(StandardCharsets.UTF_8)), Digests.sha256(text));
    }
}

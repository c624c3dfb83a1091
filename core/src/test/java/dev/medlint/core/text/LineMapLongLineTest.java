package dev.medlint.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Columns on a very long line are the same whether they are asked for in order, backwards or at random. */
class LineMapLongLineTest {
    @Test
    void columnsOnALongLineWithEmojiAndKorean() {
        String line = ("치료 결과 😀 results vary. ").repeat(2000);
        String source = "first\n" + line + "\nlast\n";
        LineMap map = new LineMap(source);
        int[] offsets = new int[200];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = 6 + (int) ((long) i * 7919 % line.length());
            if (Character.isLowSurrogate(source.charAt(offsets[i]))) {
                offsets[i]--;
            }
        }
        for (int round = 0; round < 2; round++) {
            for (int o : offsets) {
                assertEquals(new LineMap.Position(2, source.codePointCount(6, o) + 1), map.position(o), "offset " + o);
            }
            java.util.Arrays.sort(offsets);
        }
        assertEquals(new LineMap.Position(3, 1), map.position(source.indexOf("last")));
    }
}

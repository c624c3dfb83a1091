package dev.medlint.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ControlCharsTest {
    @Test
    void controlCharactersBecomeOneVisibleCharacterEach() {
        String in = "a\u001b[31mb\nc\rd\u0007e\u007ff\u009bg\th";
        String out = ControlChars.visible(in);
        assertEquals("a\u241b[31mb\u240ac\u240dd\u2407e\u2421f\ufffdg\th", out);
        assertEquals(in.length(), out.length(), "columns must not move");
    }

    @Test
    void plainTextIsReturnedAsIs() {
        String s = "부작용 없는 리프팅 — results vary.";
        assertSame(s, ControlChars.visible(s));
    }
}

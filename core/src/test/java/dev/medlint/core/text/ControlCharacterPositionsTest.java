package dev.medlint.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.medlint.core.analysis.Linter;
import dev.medlint.core.report.Finding;
import dev.medlint.core.source.Format;
import dev.medlint.core.testing.TestRules;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Control characters and invalid bytes (U+FFFD once decoded) in plain text: a URL ends at them, so the prose after
 * them is read and findings there point at their own source text, line and column.
 */
class ControlCharacterPositionsTest {
    private final Linter linter = Linter.of(TestRules.guaranteeOnly());

    private static void at(Finding f, int offset, int line, int col, int endOffset, int endLine, int endCol) {
        assertEquals(List.of(offset, line, col, endOffset, endLine, endCol),
                List.of(f.offset(), f.line(), f.column(), f.endOffset(), f.endLine(), f.endColumn()), f.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0012", "\u0000", "\u001b", "\u007f", "\u009b", "\uFFFD"})
    void aUrlEndsAtAControlCharacterOrAnInvalidByte(String c) {
        // before the fix the URL ran on through "guarantees" and blanked it: no finding at all
        String source = "Visit www.clinic.example" + c + "guarantees\r\nresults.";
        List<Finding> f = linter.checkText("t", Format.TEXT, source);
        assertEquals(1, f.size(), f::toString);
        int from = source.indexOf("guarantees");
        at(f.get(0), from, 1, from + 1, from + 10, 1, from + 11);
        assertEquals("guarantees", source.substring(f.get(0).offset(), f.get(0).endOffset()));
    }

    @Test
    void findingsAfterControlCharactersAndInvalidUtf8KeepLineAndColumn() {
        byte[] bytes = {'A', 0x12, 'b', (byte) 0xF4, 'c', ' ', 'w', 'w', 'w', '.', 'x', 0x12, (byte) 0xFF, '\r', '\n',
            0x07, (byte) 0xC3, ' ', 'W', 'e', ' ', 'g', 'u', 'a', 'r', 'a', 'n', 't', 'e', 'e', ' ', 'i', 't', '.'};
        String source = new String(bytes, StandardCharsets.UTF_8);
        List<Finding> f = linter.checkText("t", Format.TEXT, source);
        assertEquals(1, f.size(), f::toString);
        int from = source.indexOf("guarantee");
        // line 2 starts after CRLF; its column counts the BEL and the U+FFFD of the stray byte as one each
        at(f.get(0), from, 2, 7, from + 9, 2, 16);
        assertEquals("guarantee", f.get(0).match());
    }

    @Test
    void aUrlStillEndsOnlyAtWhiteSpaceOtherwise() {
        // a non-ASCII path (an IRI) is still one URL: it is blanked to its end
        String text = new PlainTextExtractor().extract("See www.clinic.example/guarantee-\u00e9t\u00e9 now.").text();
        assertEquals("See", text.substring(0, 3));
        assertEquals(" now.", text.strip().substring(text.strip().length() - 5));
        assertEquals(-1, text.indexOf("guarantee"));
    }
}

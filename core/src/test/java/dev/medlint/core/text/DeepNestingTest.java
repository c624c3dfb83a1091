package dev.medlint.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Markdown nested far deeper than any article is read without recursion, or refused with one reason. */
class DeepNestingTest {
    private final MarkdownExtractor md = new MarkdownExtractor();

    private static String prose(TextView v) {
        return v.text().strip();
    }

    @Test
    void tenThousandNestedQuotesKeepTheirTextAndOffsets() {
        String src = ">".repeat(10_000) + " Results vary.\n";
        TextView v = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> md.extract(src));
        assertEquals("Results vary.", prose(v));
        int at = v.text().indexOf("Results");
        assertEquals(src.indexOf("Results"), v.sourceOffset(at));
    }

    @Test
    void fourThousandNestedListItemsKeepTheirText() {
        String src = "- ".repeat(4_000) + "Results vary.\n";
        TextView v = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> md.extract(src));
        assertEquals("Results vary.", prose(v));
    }

    @Test
    void emphasisNestedBeyondTheParserIsRefusedWithAReason() {
        String src = "*".repeat(50_000) + "a" + "*".repeat(50_000) + "\n";
        UnreadableText e = assertThrows(UnreadableText.class, () -> md.extract(src));
        assertEquals("Markdown nested too deeply to read (emphasis, links or brackets inside each other thousands "
                + "of times); not an article", e.getMessage());
    }
}

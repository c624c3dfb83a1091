package dev.medlint.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.analysis.Linter;
import dev.medlint.core.report.Finding;
import dev.medlint.core.source.Format;
import dev.medlint.core.testing.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings point at the exact line and column (in code points) of the original file, whatever the format. */
class PositionsTest {
    private final Linter linter = Linter.of(TestRules.guaranteeOnly());

    private Finding only(Format format, String text) {
        List<Finding> f = linter.checkText("t", format, text);
        assertEquals(1, f.size(), () -> "findings: " + f);
        return f.get(0);
    }

    private static void at(Finding f, int line, int col, int endLine, int endCol) {
        assertEquals(List.of(line, col, endLine, endCol), List.of(f.line(), f.column(), f.endLine(), f.endColumn()),
                f.toString());
    }

    @Test
    void plainTextWithCrlfTabsKoreanAndEmoji() {
        Finding f = only(Format.TEXT, "첫 줄 😊\r\n\t미니거상 lifting 😊 guarantees\r\nresults.");
        at(f, 2, 17, 2, 27);
        assertEquals("guarantees", f.match());
    }

    @Test
    void byteOrderMarkDoesNotShiftColumns() throws Exception {
        byte[] bytes = "\uFEFFguaranteed results".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var doc = new dev.medlint.core.source.SourceReader().decode(bytes, "bom.txt", Format.TEXT);
        List<Finding> f = linter.checkDocument(doc).findings();
        assertEquals(1, f.size());
        at(f.get(0), 1, 1, 1, 11);
    }

    @Test
    void plainTextWrappedSentenceIsOneSentence() {
        Finding f = only(Format.TEXT, "Our mini lift\nguarantees\na younger look.");
        at(f, 2, 1, 2, 11);
    }

    @Test
    void markdownSkipsCodeUrlsAndFrontMatterButKeepsLinksAltAndCells() {
        String md = """
                ---
                title: We guarantee nothing here
                ---
                # Heading

                Inline `guarantee` code and https://example.com/guarantee are not prose.

                ```
                guarantee in a fence
                ```

                [Our lift **guarantees** it](https://example.com) and ![alt that guarantees](x.png)

                | a | b |
                |---|---|
                | x | cell guaranteed |
                """;
        List<Finding> f = linter.checkText("t.md", Format.MARKDOWN, md);
        assertEquals(3, f.size(), f::toString);
        at(f.get(0), 12, 13, 12, 23);
        at(f.get(1), 12, 66, 12, 76);
        at(f.get(2), 16, 12, 16, 22);
    }

    @Test
    void markdownEscapesAndEntitiesKeepPositions() {
        Finding f = only(Format.MARKDOWN, "A \\*star\\* &amp; a lift that guarantees.");
        at(f, 1, 30, 1, 40);
    }

    @Test
    void htmlSkipsScriptStyleAndAttributesButKeepsAltText() {
        String html = "<html><head><title>Post</title><style>.guarantee{}</style></head>\n"
                + "<body><script>var guarantee = 1;</script>\n"
                + "<p class=\"guarantee\">We&nbsp;<b>guarantee</b> it.<br>Next line</p>\n"
                + "<img alt=\"results guaranteed\" src=\"a.png\"></body></html>";
        List<Finding> f = linter.checkText("t.html", Format.HTML, html);
        assertEquals(2, f.size(), f::toString);
        at(f.get(0), 3, 33, 3, 42);
        at(f.get(1), 4, 19, 4, 29);
    }

    @Test
    void htmlBlocksSeparateSentences() {
        TextView v = new HtmlExtractor().extract("<ul><li>One</li><li>Two</li></ul><p>Three<br>four</p>");
        assertEquals("One\nTwo\nThree four", v.text().strip());
        assertEquals(3, v.blocks().size());
    }

    @Test
    void urlsAreMaskedInPlainText() {
        TextView v = new PlainTextExtractor().extract("See https://clinic.example/guarantee now.");
        assertFalse(v.text().contains("guarantee"));
        assertTrue(v.text().startsWith("See "));
    }
}

package dev.medlint.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A huge paragraph becomes blocks of bounded length, cut at sentence ends, with every offset still exact. */
class BoundedBlocksTest {
    @Test
    void hugeParagraphIsCutAtSentenceEndsAndKeepsOffsets() {
        String sentence = "Each visit takes about an hour, and results vary.\n";
        String source = sentence.repeat(2000); // one paragraph of about 100 KB
        TextView view = new MarkdownExtractor().extract(source);
        assertTrue(view.blocks().size() > 10, "blocks: " + view.blocks().size());
        for (TextView.Block b : view.blocks()) {
            assertTrue(b.end() - b.start() <= TextViewBuilder.MAX_BLOCK, b.toString());
            String text = view.text().substring(b.start(), b.end());
            assertTrue(text.startsWith("Each visit") && text.endsWith("results vary."), text);
            assertEquals('E', source.charAt(view.sourceOffset(b.start())));
        }
        for (int i = 0; i < view.text().length(); i += 997) {
            char c = view.text().charAt(i);
            if (c != ' ' && c != '\n') {
                assertEquals(c, source.charAt(view.sourceOffset(i)), "view offset " + i);
            }
        }
    }

    @Test
    void aRunWithoutSpacesIsCutAtTheLimit() {
        String source = "x".repeat(3 * TextViewBuilder.MAX_BLOCK);
        TextView view = new PlainTextExtractor().extract(source);
        assertEquals(3, view.blocks().size());
        assertEquals(TextViewBuilder.MAX_BLOCK, view.blocks().get(1).start());
        assertEquals(2 * TextViewBuilder.MAX_BLOCK + 5, view.sourceOffset(2 * TextViewBuilder.MAX_BLOCK + 5));
    }

    @Test
    void ordinaryParagraphsKeepTheirBlocks() {
        TextView view = new MarkdownExtractor().extract("# Title\n\nOne paragraph. Two sentences.\n\n- an item\n");
        assertEquals(3, view.blocks().size());
    }

    @Test
    void unclosedCommentOpenersAreScannedOnce() {
        String source = "Intro.\n\n" + "<!-- note\n\ntext\n\n".repeat(20000);
        long started = System.nanoTime();
        TextView view = new MarkdownExtractor().extract(source);
        assertTrue(view.comments().isEmpty());
        assertTrue(System.nanoTime() - started < 20_000_000_000L, "took too long");
    }
}

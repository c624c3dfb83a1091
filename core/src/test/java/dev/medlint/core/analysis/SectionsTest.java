package dev.medlint.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.source.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a very large article is cut into sections: only between paragraphs, never in code or a comment. */
class SectionsTest {
    @Test
    void cutsBetweenParagraphsNearTheTarget() {
        String source = "A paragraph of text.\n\n".repeat(100);
        List<int[]> s = Sections.split(source, Format.MARKDOWN, 200);
        assertTrue(s.size() > 5, "sections: " + s.size());
        int at = 0;
        for (int[] x : s) {
            assertEquals(at, x[0]);
            assertTrue(source.startsWith("A paragraph", x[0]), "cut at " + x[0]);
            at = x[1];
        }
        assertEquals(source.length(), at);
    }

    @Test
    void neverCutsInsideAFenceOrAnOpenComment() {
        String fence = "```\ncode\n\nmore code\n\n```\n\n";
        String comment = "<!-- a note\n\nstill the note\n\n-->\n\n";
        String source = ("Text.\n\n" + fence + comment).repeat(50);
        for (int[] x : Sections.split(source, Format.MARKDOWN, 10)) {
            assertTrue(source.startsWith("Text.", x[0]) || source.startsWith("```", x[0])
                    || source.startsWith("<!--", x[0]), "cut at " + x[0] + ": " + source.substring(x[0],
                    Math.min(source.length(), x[0] + 20)));
            assertTrue(!source.startsWith("more code", x[0]) && !source.startsWith("still", x[0]));
        }
    }
}

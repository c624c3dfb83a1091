package dev.medlint.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PathPatternTest {
    @Test
    void doubleStarMatchesAnyNumberOfFolders() {
        PathPattern g = PathPattern.compile("**/*.md");
        assertTrue(g.matches("a.md"));
        assertTrue(g.matches("posts/2024/a.md"));
        assertFalse(g.matches("a.html"));
    }

    @Test
    void aFolderPatternCoversEverythingInIt() {
        for (String p : new String[] {"drafts/**", "drafts", "drafts/", "/drafts", "./drafts/**"}) {
            PathPattern g = PathPattern.compile(p);
            assertTrue(g.matches("drafts/a.md"), p);
            assertTrue(g.matches("drafts/old/a.md"), p);
            assertFalse(g.matches("posts/a.md"), p);
        }
        assertFalse(PathPattern.compile("drafts/").matches("drafts"), "a folder-only pattern does not match a file");
    }

    @Test
    void aPatternWithoutSlashMatchesANameAtAnyDepth() {
        PathPattern g = PathPattern.compile("*.draft.md");
        assertTrue(g.matches("a.draft.md"));
        assertTrue(g.matches("posts/a.draft.md"));
        assertFalse(g.matches("posts/a.md"));
        assertTrue(PathPattern.compile("drafts").matches("posts/drafts/a.md"));
    }

    @Test
    void aLeadingSlashTiesThePatternToTheBaseFolder() {
        for (String rooted : new String[] {"/drafts", "./drafts", "/drafts/"}) {
            PathPattern g = PathPattern.compile(rooted);
            assertTrue(g.matches("drafts/a.md"), rooted);
            assertFalse(g.matches("posts/drafts/a.md"), rooted);
        }
        assertTrue(PathPattern.compile("/*.md").matches("a.md"));
        assertFalse(PathPattern.compile("/*.md").matches("posts/a.md"));
    }

    @Test
    void starStaysInsideOneFolder() {
        PathPattern g = PathPattern.compile("posts/*.md");
        assertTrue(g.matches("posts/a.md"));
        assertFalse(g.matches("posts/2024/a.md"));
    }

    @Test
    void bracesClassesAndQuestionMarks() {
        PathPattern g = PathPattern.compile("posts/*.{md,html}");
        assertTrue(g.matches("posts/a.md"));
        assertTrue(g.matches("posts/a.html"));
        assertFalse(g.matches("posts/a.txt"));
        assertTrue(PathPattern.compile("post-[0-9]?.md").matches("post-12.md"));
        assertFalse(PathPattern.compile("post-[!0-9].md").matches("post-1.md"));
    }

    @Test
    void brokenPatternsSayWhere() {
        PathPattern.BadPattern e = assertThrows(PathPattern.BadPattern.class, () -> PathPattern.compile("posts/{a,b"));
        assertEquals(6, e.index());
        assertThrows(PathPattern.BadPattern.class, () -> PathPattern.compile("posts/[ab"));
        assertThrows(PathPattern.BadPattern.class, () -> PathPattern.compile("a}"));
        assertThrows(PathPattern.BadPattern.class, () -> PathPattern.compile(" "));
    }
}

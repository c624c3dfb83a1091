package dev.medlint.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobTest {
    @Test
    void doubleStarMatchesAnyNumberOfFolders() {
        Glob g = Glob.compile("**/*.md");
        assertTrue(g.matches("a.md"));
        assertTrue(g.matches("posts/2024/a.md"));
        assertFalse(g.matches("a.html"));
    }

    @Test
    void aFolderPatternCoversEverythingInIt() {
        for (String p : new String[] {"drafts/**", "drafts", "drafts/", "/drafts", "./drafts/**"}) {
            Glob g = Glob.compile(p);
            assertTrue(g.matches("drafts/a.md"), p);
            assertTrue(g.matches("drafts/old/a.md"), p);
            assertFalse(g.matches("posts/a.md"), p);
        }
        assertFalse(Glob.compile("drafts/").matches("drafts"), "a folder-only pattern does not match a file");
    }

    @Test
    void aPatternWithoutSlashMatchesANameAtAnyDepth() {
        Glob g = Glob.compile("*.draft.md");
        assertTrue(g.matches("a.draft.md"));
        assertTrue(g.matches("posts/a.draft.md"));
        assertFalse(g.matches("posts/a.md"));
        assertTrue(Glob.compile("drafts").matches("posts/drafts/a.md"));
    }

    @Test
    void starStaysInsideOneFolder() {
        Glob g = Glob.compile("posts/*.md");
        assertTrue(g.matches("posts/a.md"));
        assertFalse(g.matches("posts/2024/a.md"));
    }

    @Test
    void bracesClassesAndQuestionMarks() {
        Glob g = Glob.compile("posts/*.{md,html}");
        assertTrue(g.matches("posts/a.md"));
        assertTrue(g.matches("posts/a.html"));
        assertFalse(g.matches("posts/a.txt"));
        assertTrue(Glob.compile("post-[0-9]?.md").matches("post-12.md"));
        assertFalse(Glob.compile("post-[!0-9].md").matches("post-1.md"));
    }

    @Test
    void brokenPatternsSayWhere() {
        Glob.BadGlob e = assertThrows(Glob.BadGlob.class, () -> Glob.compile("posts/{a,b"));
        assertEquals(6, e.index());
        assertThrows(Glob.BadGlob.class, () -> Glob.compile("posts/[ab"));
        assertThrows(Glob.BadGlob.class, () -> Glob.compile("a}"));
        assertThrows(Glob.BadGlob.class, () -> Glob.compile(" "));
    }
}

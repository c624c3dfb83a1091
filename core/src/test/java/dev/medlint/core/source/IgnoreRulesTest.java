package dev.medlint.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gitignore semantics of .medlintignore: negation, folders only, anchoring, **, escapes, nesting. */
class IgnoreRulesTest {
    @TempDir
    Path dir;

    private static boolean file(IgnoreRules r, String path) {
        return r.ignores(path, false);
    }

    @Test
    void aNameWithoutSlashMatchesAtAnyDepthAndAnAnchoredOneOnlyAtTheTop() {
        IgnoreRules r = IgnoreRules.parse("*.draft.md\n/notes.md\n");
        assertTrue(file(r, "a.draft.md"));
        assertTrue(file(r, "posts/2024/a.draft.md"));
        assertFalse(file(r, "a.md"));
        assertTrue(file(r, "notes.md"));
        assertFalse(file(r, "posts/notes.md"), "'/notes.md' is anchored to the ignore file's folder");
        IgnoreRules middle = IgnoreRules.parse("posts/old\n");
        assertTrue(file(middle, "posts/old"));
        assertTrue(file(middle, "posts/old/a.md"), "a left-out folder leaves out what it holds");
        assertFalse(file(middle, "blog/posts/old/a.md"), "a slash in the middle anchors too");
    }

    @Test
    void aTrailingSlashMatchesFoldersOnly() {
        IgnoreRules r = IgnoreRules.parse("drafts/\n");
        assertTrue(file(r, "drafts/a.md"));
        assertTrue(file(r, "posts/drafts/a.md"));
        assertTrue(r.ignores("drafts", true));
        assertFalse(file(r, "drafts"), "a file named drafts is no folder");
    }

    @Test
    void negationReIncludesButNotInsideALeftOutFolder() {
        IgnoreRules r = IgnoreRules.parse("*.md\n!keep.md\n");
        assertTrue(file(r, "a.md"));
        assertFalse(file(r, "keep.md"));
        assertFalse(file(r, "sub/keep.md"));
        IgnoreRules order = IgnoreRules.parse("!keep.md\n*.md\n");
        assertTrue(file(order, "keep.md"), "the last matching line decides");
        IgnoreRules folder = IgnoreRules.parse("drafts/\n!drafts/keep.md\n");
        assertTrue(file(folder, "drafts/keep.md"), "git never looks inside a left-out folder");
        IgnoreRules contents = IgnoreRules.parse("drafts/*\n!drafts/keep.md\n");
        assertFalse(file(contents, "drafts/keep.md"), "drafts/* leaves the folder itself in, so this works");
        assertTrue(file(contents, "drafts/other.md"));
    }

    @Test
    void doubleStars() {
        IgnoreRules leading = IgnoreRules.parse("**/archive\n");
        assertTrue(file(leading, "archive/a.md"));
        assertTrue(file(leading, "x/y/archive/a.md"));
        IgnoreRules trailing = IgnoreRules.parse("old/**\n");
        assertTrue(file(trailing, "old/a.md"));
        assertTrue(file(trailing, "old/x/a.md"));
        assertFalse(file(trailing, "old"), "old/** is what is inside old, not old");
        assertFalse(file(trailing, "x/old/a.md"));
        IgnoreRules middle = IgnoreRules.parse("a/**/b.md\n");
        assertTrue(file(middle, "a/b.md"), "zero folders");
        assertTrue(file(middle, "a/x/y/b.md"));
        assertFalse(file(middle, "c/a/b.md"));
        IgnoreRules star = IgnoreRules.parse("posts/*.md\n");
        assertTrue(file(star, "posts/a.md"));
        assertFalse(file(star, "posts/sub/a.md"), "a single * never crosses a /");
    }

    @Test
    void commentsBlankLinesEscapesAndClasses() {
        IgnoreRules r = IgnoreRules.parse("# a comment\n\n\\#hash.md\n\\!bang.md\ntrailing.md   \nspace\\ \n"
                + "post-[0-9].md\nnote-[!a].md\n[unclosed.md\nwin.md\r\n");
        assertFalse(file(r, "# a comment"));
        assertTrue(file(r, "#hash.md"));
        assertTrue(file(r, "!bang.md"));
        assertTrue(file(r, "trailing.md"), "trailing spaces are dropped");
        assertTrue(file(r, "space "), "an escaped trailing space stays");
        assertTrue(file(r, "post-7.md"));
        assertFalse(file(r, "post-x.md"));
        assertTrue(file(r, "note-b.md"));
        assertFalse(file(r, "note-a.md"));
        assertTrue(file(r, "[unclosed.md"), "an unclosed [ is a literal");
        assertTrue(file(r, "win.md"), "CRLF line ends");
        assertFalse(file(IgnoreRules.parse("a.md\n"), "xa.md"));
        assertFalse(file(IgnoreRules.parse("a?.md\n"), "a/.md"), "? never matches /");
        assertTrue(IgnoreRules.parse("\n# only comments\n!\n/\n").isEmpty());
    }

    @Test
    void nestedFilesAllApplyTheDeeperOneWinning() throws IOException {
        Files.createDirectories(dir.resolve("posts/old"));
        Files.writeString(dir.resolve(".medlintignore"), "*.draft.md\nold/\n");
        Files.writeString(dir.resolve("posts/.medlintignore"), "!keep.draft.md\n");
        IgnoreFiles files = new IgnoreFiles(Path::toString);
        assertTrue(files.ignores(dir.resolve("a.draft.md"), false));
        assertTrue(files.ignores(dir.resolve("posts/b.draft.md"), false), "the outer file applies below");
        assertFalse(files.ignores(dir.resolve("posts/keep.draft.md"), false), "the deeper file wins");
        assertTrue(files.ignores(dir.resolve("keep.draft.md"), false), "the deeper file counts only below its folder");
        assertTrue(files.ignores(dir.resolve("posts/old"), true));
        assertTrue(files.ignores(dir.resolve("posts/old/a.md"), false), "inside an ignored folder");
        assertFalse(files.ignores(dir.resolve("posts/a.md"), false));
        assertEquals(List.of(), files.problems());
    }
}

package dev.medlint.cli;

import static dev.medlint.cli.Cli.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quoted glob arguments, .medlintignore, --no-ignore and --max-warnings, as a user runs them. */
class SelectionArgumentsTest {
    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void articles() throws IOException {
        write("posts/top.md", "We guarantee a natural result.\n");
        write("posts/2024/deep.md", "We guarantee a natural result.\n");
        write("posts/2024/page.html", "<p>We guarantee a natural result.</p>\n");
        write("posts/drafts/draft.md", "We guarantee a natural result.\n");
        write("posts/image.png", "not an article");
    }

    private String p(String relative) {
        return dir.resolve(relative).toString().replace('\\', '/');
    }

    /** The articles with a finding, as the paths of the text report's header lines. */
    private static java.util.Set<String> flagged(Cli.Result r) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        r.out().lines().filter(l -> l.contains(": error [")).forEach(l -> out.add(l.substring(0, l.indexOf(':'))));
        return out;
    }

    @Test
    void aQuotedGlobIsResolvedByMedlintLikeAShellWould() {
        Cli.Result all = Cli.run(check(p("posts") + "/**/*.md"));
        assertEquals(1, all.code(), all::toString);
        assertEquals(java.util.Set.of(p("posts/top.md"), p("posts/2024/deep.md"), p("posts/drafts/draft.md")),
                flagged(all));
        assertEquals("", all.err(), "the .png is no article the glob asked for: " + all);
        Cli.Result top = Cli.run(check(p("posts") + "/*.md"));
        assertEquals(java.util.Set.of(p("posts/top.md")), flagged(top), "a single * stays in its folder");
        Cli.Result braces = Cli.run(check(p("posts") + "/2024/*.{md,html}"));
        assertEquals(java.util.Set.of(p("posts/2024/deep.md"), p("posts/2024/page.html")), flagged(braces));
        Cli.Result twice = Cli.run(check(p("posts") + "/**/*.md", p("posts/top.md")));
        assertTrue(twice.out().endsWith("in 3 of 3 articles.\n"), "each article once: " + twice);
    }

    @Test
    void aGlobMatchingNothingIsAProblemNamingIt() {
        Cli.Result none = Cli.run(check(p("posts") + "/**/*.txt"));
        assertEquals(2, none.code(), none::toString);
        assertEquals("medlint: " + p("posts") + "/**/*.txt: no articles match this pattern", none.oneErrorLine());
        Cli.Result noFolder = Cli.run(check(p("nothere") + "/*.md"));
        assertTrue(noFolder.oneErrorLine().endsWith("no articles match this pattern (there is no folder "
                + p("nothere") + ")"), noFolder::toString);
        Cli.Result bad = Cli.run(check(p("posts") + "/{a,b.md"));
        assertEquals(2, bad.code());
        assertTrue(bad.oneErrorLine().contains("bad pattern: '{' has no closing '}'"), bad::toString);
    }

    @Test
    void theIgnoreFileLeavesOutWhatItMatchesInFoldersAndGlobsButNotNamedFiles() throws IOException {
        write(".medlintignore", "# drafts are not published\ndrafts/\n*.html\n!keep.html\n");
        write("posts/2024/keep.html", "<p>We guarantee it.</p>\n");
        java.util.Set<String> expected = java.util.Set.of(p("posts/top.md"), p("posts/2024/deep.md"),
                p("posts/2024/keep.html"));
        assertEquals(expected, flagged(Cli.run(check(p("posts")))));
        assertEquals(expected, flagged(Cli.run(check(p("posts") + "/**/*"))));
        Cli.Result named = Cli.run(check(p("posts/drafts/draft.md")));
        assertEquals(java.util.Set.of(p("posts/drafts/draft.md")), flagged(named), "named, so checked");
        Cli.Result noIgnore = Cli.run(check("--no-ignore", p("posts")));
        assertEquals(5, flagged(noIgnore).size(), noIgnore::toString);
    }

    @Test
    void anIgnoreFileThatLeavesOutEverythingSaysSo() throws IOException {
        write("posts/.medlintignore", "*\n");
        Cli.Result r = Cli.run(check(p("posts")));
        assertEquals(2, r.code(), r::toString);
        assertEquals("medlint: " + p("posts") + ": no articles to check: .medlintignore leaves out every article "
                + "here", r.oneErrorLine());
    }

    @Test
    void maxWarningsFailsOnlyAboveTheLimit() throws IOException {
        write("w/a.md", "A miracle for your jawline.\n");
        write("w/b.md", "Another miracle, they say.\n");
        String folder = p("w");
        assertEquals(0, Cli.run(check(folder)).code(), "warnings alone do not fail at fail-on error");
        Cli.Result atLimit = Cli.run(check("--max-warnings", "2", folder));
        assertEquals(0, atLimit.code(), atLimit::toString);
        assertEquals("", atLimit.err());
        Cli.Result over = Cli.run(check("--max-warnings", "1", folder));
        assertEquals(1, over.code(), over::toString);
        assertEquals("medlint: 2 warnings, more than --max-warnings 1", over.oneErrorLine());
        assertEquals(1, Cli.run(check("--max-warnings", "0", folder)).code());
        Cli.Result negative = Cli.run(check("--max-warnings", "-1", folder));
        assertEquals(2, negative.code());
        assertTrue(negative.oneErrorLine().contains("--max-warnings must be 0 or more"), negative::toString);
        assertFalse(Cli.run(check("--max-warnings", "x", folder)).err().contains("Exception"));
    }
}

package dev.medlint.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineOptions;
import dev.medlint.core.report.Baseline;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Report;
import dev.medlint.core.testing.TestLanguages;
import dev.medlint.core.testing.TestPacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline: written, read back, stable; keyed by content, so moving text keeps it and editing it does not. */
class BaselineTest {
    private static final String ARTICLE = "We comply.\n\nFirst paragraph. We guarantee a result.\n\n"
            + "Second paragraph is about aftercare.\n\nA miracle.\n";

    @TempDir
    Path dir;
    private Path post;

    @BeforeEach
    void files() throws Exception {
        Files.writeString(dir.resolve("rules.yaml"), TestPacks.THREE_RULES);
        Files.writeString(dir.resolve(".medlint.yaml"), "packs: []\nrule-files: [rules.yaml]\n");
        post = Files.writeString(dir.resolve("post.md"), ARTICLE);
    }

    private Report check(Baseline b) throws Exception {
        EngineOptions o = new EngineOptions().models(TestLanguages.MODELS);
        if (b != null) {
            o.baseline(b);
        }
        return Engine.create(o).check(List.of(post));
    }

    @Test
    void roundTripAcceptsEverythingAndIsStable() throws Exception {
        Report first = check(null);
        assertEquals(2, first.findings().size(), first.findings()::toString);
        Baseline b = Baseline.of(first.findings());
        String text = b.render();
        assertEquals(text, Baseline.parse(text).render(), "read back, written again: the same bytes");
        assertEquals(text, Baseline.of(check(null).findings()).render(), "a second run writes the same file");
        Baseline read = Baseline.parse(text);
        Report again = check(read);
        assertEquals(List.of(), again.findings());
        assertEquals(2, read.accepted(again));
        assertEquals(0, read.fixed(again));
    }

    @Test
    void movingAParagraphKeepsTheBaselineAndEditingTheSentenceDoesNot() throws Exception {
        Baseline b = Baseline.parse(Baseline.of(check(null).findings()).render());
        Files.writeString(post, "We comply.\n\nA new opening paragraph,\nwrapped over two lines.\n\n"
                + "Second paragraph is about aftercare.\n\nFirst paragraph.   We guarantee\na result.\n\nA miracle.\n");
        Report moved = check(b);
        assertEquals(List.of(), moved.findings(), "moved and re-wrapped, still accepted");
        Files.writeString(post, ARTICLE.replace("We guarantee a result.", "We guarantee a result for all."));
        Report edited = check(b);
        assertEquals(List.of("guarantee"), edited.findings().stream().map(Finding::ruleId).toList());
        assertEquals(1, b.fixed(edited), "the old guarantee sentence is gone");
        Baseline pruned = b.updatedBy(check(null));
        assertEquals(2, pruned.entries().size());
        assertNotEquals(b.render(), pruned.render());
    }

    @Test
    void aSecondCopyOfAnAcceptedSentenceIsNew() throws Exception {
        Baseline b = Baseline.of(check(null).findings());
        Files.writeString(post, ARTICLE + "\nA miracle.\n");
        assertEquals(1, check(b).findings().size());
    }

    @Test
    void aBrokenFileIsOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Baseline.parse("[1]"));
        assertEquals("not a medlint baseline (expected an object with 'findings'); write one with --update-baseline",
                e.getMessage());
    }
}

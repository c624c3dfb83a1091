package dev.medlint.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.report.FailLevel;
import dev.medlint.core.report.Finding;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.source.Format;
import dev.medlint.core.source.SourceDocument;
import dev.medlint.core.testing.TestRules;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A document checked in sections gives the same findings, in place, whether one worker checks them or several. */
class SectionedCheckTest {
    private static final List<Rule> RULES = TestRules.guaranteeOnly();

    private static List<Finding> check(String source, int threads) {
        Set<String> ids = new HashSet<>();
        RULES.forEach(r -> ids.add(r.id()));
        FindingPipeline pipeline = FindingPipeline.standard(Suppressions.Settings.of(ids), FailLevel.ERROR);
        return new DocumentChecker(RULES, pipeline, threads)
                .check(new SourceDocument("big.md", Format.MARKDOWN, source), 1_000, 300).findings();
    }

    @Test
    void sectionsCheckedInParallelGiveTheSequentialFindings() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            b.append(i % 3 == 0 ? "Paragraph " + i + ": we guarantee it.\n\n" : "Paragraph " + i + " is plain.\n\n");
        }
        String source = b.toString();
        List<Finding> one = check(source, 1);
        assertEquals(134, one.size());
        for (Finding f : one) {
            assertTrue(source.startsWith("guarantee", f.offset()), "finding at " + f.offset());
        }
        for (int threads : new int[] {2, 3, 8}) {
            assertEquals(one, check(source, threads), threads + " threads");
        }
    }
}

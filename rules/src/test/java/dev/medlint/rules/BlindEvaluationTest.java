package dev.medlint.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.analysis.Linter;
import dev.medlint.core.pack.BuiltinPacks;
import org.junit.jupiter.api.Test;

/**
 * The English blind set (eval/blind/en), written by a helper who never saw the rules: scored, never tuned on. Only
 * the figures are printed, not the passages, so that nobody shapes a rule after one of them.
 */
class BlindEvaluationTest {
    @Test
    void englishBlindPassagesAndDocuments() throws Exception {
        Linter linter = Linter.of(BuiltinPack.load(BuiltinPacks.DEFAULT).rules());
        CategoryEvaluation.Scores s = CategoryEvaluation.passages(linter, "eval/blind/en/passages.tsv", false);
        CategoryEvaluation.DocumentScores d = CategoryEvaluation.documents(linter, "eval/blind/en/docs", false);
        System.out.println(s.report() + d.report());
        assertTrue(s.precision() >= PRECISION_FLOOR, s.report());
        assertTrue(s.recall() >= RECALL_FLOOR, s.report());
        assertTrue(s.categoryAccuracy() >= CATEGORY_FLOOR, s.report());
        assertTrue(d.noticeRight() >= NOTICE_FLOOR, d.report());
    }

    /** Just below the figures last measured (see the README's quality section). */
    private static final double PRECISION_FLOOR = 0.98;
    private static final double RECALL_FLOOR = 0.79;
    private static final double CATEGORY_FLOOR = 0.97;
    private static final int NOTICE_FLOOR = 15;
}

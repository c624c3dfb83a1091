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
        assertTrue(s.f1() >= F1_FLOOR, s.report());
        assertTrue(s.categoryAccuracy() >= CATEGORY_FLOOR, s.report());
        assertTrue(d.noticeRight() >= NOTICE_FLOOR, d.report());
    }

    /**
     * Just below the figures last measured (see the README's quality section): P 0.996 R 0.834 F1 0.908 category
     * 0.976 after the en13 to en16 rounds; the F1 floor is issue #8's goal.
     */
    private static final double PRECISION_FLOOR = 0.98;
    private static final double RECALL_FLOOR = 0.82;
    private static final double F1_FLOOR = 0.90;
    private static final double CATEGORY_FLOOR = 0.97;
    private static final int NOTICE_FLOOR = 15;
}

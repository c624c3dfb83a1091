package dev.medlint.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.analysis.Linter;
import dev.medlint.core.pack.BuiltinPacks;
import org.junit.jupiter.api.Test;

/**
 * The English tuning set (eval/tuning/en): ad-style passages in every category and hard negatives, and whole
 * documents, written to tune the pack on. Every miss, false alarm and wrong category is printed, to work from.
 */
class TuningEvaluationTest {
    @Test
    void englishTuningPassagesAndDocuments() throws Exception {
        Linter linter = Linter.of(BuiltinPack.load(BuiltinPacks.DEFAULT).rules());
        CategoryEvaluation.Scores s = CategoryEvaluation.passages(linter, "eval/tuning/en/passages.tsv", true);
        CategoryEvaluation.DocumentScores d = CategoryEvaluation.documents(linter, "eval/tuning/en/docs", true);
        System.out.println(s.report() + d.report());
        assertTrue(s.precision() >= PRECISION_FLOOR, s.report());
        assertTrue(s.recall() >= RECALL_FLOOR, s.report());
        assertTrue(s.categoryAccuracy() >= CATEGORY_FLOOR, s.report());
        assertTrue(d.noticeRight() >= NOTICE_FLOOR, d.report());
    }

    /** Just below the figures last measured (see the README's quality section). */
    // The en9 to en11 batches (920 harder passages, added unscored) took the set from P 0.992 R 0.916 to P 0.986
    // R 0.870; with en12 and its round: P 0.985 R 0.873 category 0.970; with en13 and its round: P 0.986 R 0.883
    // category 0.970; with en14 and its round: P 0.988 R 0.891 category 0.972; with en15, en16 and their round:
    // P 0.989 R 0.897 category 0.972; with en17 and its round: P 0.988 R 0.897 category 0.973.
    private static final double PRECISION_FLOOR = 0.98;
    private static final double RECALL_FLOOR = 0.88;
    private static final double CATEGORY_FLOOR = 0.965;
    // of 52: why-we-avoid-painless.md (about ad wording, no treatment advertised) gets a weak-notice finding
    private static final int NOTICE_FLOOR = 51;
}

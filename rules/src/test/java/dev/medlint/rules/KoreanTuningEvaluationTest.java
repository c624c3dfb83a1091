package dev.medlint.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.analysis.Linter;
import org.junit.jupiter.api.Test;

/**
 * The Korean tuning set (eval/tuning/ko): slogans without spaces, comma lists, advertorials, colloquial -요 sales
 * talk, patient reviews, and disclosures, aftercare and decoys (최근, 최소한, 없애다, double negation, hedges) as hard
 * negatives, plus ten whole documents labelled by notice, statement and citation. Written with the rules in view, so
 * every miss, false alarm and wrong category is printed to work from; the blind set (KoreanQualityTest) is the
 * honest figure.
 */
class KoreanTuningEvaluationTest {
    /** Just below the figures last measured (see the README's Korean section). */
    private static final double PRECISION_FLOOR = 0.99;
    // The ko8 batch (160 passages, added scored alone at P 1.000 R 0.886) took recall from 0.995 to 0.987.
    private static final double RECALL_FLOOR = 0.98;
    private static final double CATEGORY_FLOOR = 0.98;
    // of 54: 14_hair_transplant.txt reads "탈모가 계속 진행될 수 있으므로" (the disease going on) as a notice, and
    // d13_yakchim_chuna.html "체질과 통증 양상에 따라" (pain as the complaint treated)
    private static final int NOTICE_FLOOR = 52;

    @Test
    void koreanTuningPassagesAndDocuments() throws Exception {
        Linter linter = Linter.of(BuiltinPack.load("kr-medical-ad-ko").rules());
        CategoryEvaluation.Scores s = CategoryEvaluation.passages(linter, "eval/tuning/ko/passages.tsv", true);
        CategoryEvaluation.DocumentScores d = CategoryEvaluation.documents(linter, "eval/tuning/ko/docs", true);
        System.out.println(s.report() + d.report());
        assertTrue(s.violating() + s.clean() >= 300, "the set holds at least 300 passages");
        assertTrue(d.documents() >= 10, "the set holds at least 10 documents");
        assertTrue(s.precision() >= PRECISION_FLOOR, s.report());
        assertTrue(s.recall() >= RECALL_FLOOR, s.report());
        assertTrue(s.categoryAccuracy() >= CATEGORY_FLOOR, s.report());
        assertTrue(d.noticeRight() >= NOTICE_FLOOR, d.report());
    }
}

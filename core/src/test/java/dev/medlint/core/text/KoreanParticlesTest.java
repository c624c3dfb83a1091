package dev.medlint.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The particle after a match follows the match's last syllable. */
class KoreanParticlesTest {
    @Test
    void aFinalConsonantTakesTheFirstForm() {
        assertEquals("'부작용이 전혀 없'은 단정입니다.", KoreanParticles.fill("'{match}'은/는 단정입니다.", "부작용이 전혀 없"));
        assertEquals("'최고의'는 최상급입니다.", KoreanParticles.fill("'{match}'은/는 최상급입니다.", "최고의"));
        assertEquals("'무통'이 모순됩니다.", KoreanParticles.fill("'{match}'이/가 모순됩니다.", "무통"));
        assertEquals("'리프팅 전문가'가 모순됩니다.", KoreanParticles.fill("'{match}'이/가 모순됩니다.", "리프팅 전문가"));
    }

    @Test
    void rieulTakesRoAndDigitsAndLettersAreReadAloud() {
        assertEquals("'평생'으로", KoreanParticles.fill("'{match}'으로/로", "평생"));
        assertEquals("'다음날 출근 1일'로", KoreanParticles.fill("'{match}'으로/로", "다음날 출근 1일"));
        assertEquals("'100%'는", KoreanParticles.fill("'{match}'은/는", "100%"));
        assertEquals("'1위'는", KoreanParticles.fill("'{match}'은/는", "1위"));
        assertEquals("'3'은", KoreanParticles.fill("'{match}'은/는", "3"));
        assertEquals("'No.1'은", KoreanParticles.fill("'{match}'은/는", "No.1"));
        assertEquals("'V라인'은", KoreanParticles.fill("'{match}'은/는", "V라인"));
    }

    @Test
    void templatesWithoutAPairAreFilledAsBefore() {
        assertEquals("'guaranteed' promises a result.", KoreanParticles.fill("'{match}' promises a result.", "guaranteed"));
        assertEquals("a b a", KoreanParticles.fill("{match} b {match}", "a"));
        assertEquals("no match here", KoreanParticles.fill("no match here", "x"));
    }
}

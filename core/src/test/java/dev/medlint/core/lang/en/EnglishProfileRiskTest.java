package dev.medlint.core.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A risk statement excuses a claim; a treated flaw ("removes scars") or a reported benefit ("patients report
 * smoother skin") is not one. The word test that skips the treated-flaw regex must not change any answer, in any
 * letter case.
 */
class EnglishProfileRiskTest {
    private final EnglishProfile profile = new EnglishProfile();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Laser resurfacing removes acne scars in one session.|false",
            "LASER RESURFACING REMOVES ACNE SCARS.|false",
            "Scarring is a rare complication of the procedure.|true",
            "The treatment can leave scars.|true",
            "Patients report numbness for about a week.|true",
            "Patients report smoother skin after the first visit.|false",
            "PATIENTS REPORT SMOOTHER SKIN.|false",
            "People notice fuller lips at once.|false",
            "Results last about a year.|false",
            "Bruising and infection are possible.|true",
            "Side effects include swelling.|true"})
    void tellsARiskFromATreatedFlaw(String sentence, boolean risk) {
        assertEquals(risk, profile.describesRisk(sentence), sentence);
    }
}

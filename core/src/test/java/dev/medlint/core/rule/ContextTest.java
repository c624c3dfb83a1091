package dev.medlint.core.rule;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContextTest {
    private static boolean quoted(String text, String match) {
        int start = text.indexOf(match);
        return Context.quoted(text, start, start + match.length(), 0, text.length());
    }

    @Test
    void aWordInQuotesIsTalkedAbout() {
        assertTrue(quoted("We never call a lift 'painless'.", "painless"));
        assertTrue(quoted("The law forbids phrases such as “guaranteed results” in ads.", "guaranteed"));
        assertTrue(quoted("The law forbids phrases such as \"guaranteed results\" in ads.", "guaranteed"));
    }

    @Test
    void claimsOutsideOrInLongQuotationsAreNotExcused() {
        assertFalse(quoted("Results are guaranteed.", "guaranteed"));
        assertFalse(quoted("“Fine.” Results are guaranteed, “always”.", "guaranteed"));
        assertFalse(quoted("“I was nervous at first, but after my lift the results were guaranteed,” she said.",
                "guaranteed"));
        assertFalse(quoted("Patients’ results are guaranteed’ here.", "guaranteed"));
    }

    @Test
    void aQuotationThatIsTheWholeBlockIsTheSloganItself() {
        assertFalse(quoted("\"Guaranteed Lift. Or It's Free.\"", "Guaranteed"));
        assertFalse(quoted("“Painless, permanent, perfect.”", "Painless"));
        assertTrue(quoted("Never write “Painless, permanent, perfect.”", "Painless"));
    }
}

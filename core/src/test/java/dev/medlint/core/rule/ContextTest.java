package dev.medlint.core.rule;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.lang.LanguageProfile;
import dev.medlint.core.lang.Word;
import dev.medlint.core.testing.TestLanguages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final LanguageProfile ENGLISH = TestLanguages.LANGUAGES.find("en").orElseThrow().profile();

    private static boolean conditional(String text, String word) {
        List<Word> words = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}']+").matcher(text);
        int first = -1;
        while (m.find()) {
            if (m.group().equals(word)) {
                first = words.size();
            }
            words.add(new Word(m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        return Context.conditional(words, first, text, ENGLISH);
    }

    @Test
    void asIfComparesAndEvenIfConcedesNeitherIsACondition() {
        assertTrue(conditional("If you were born with thin lips, filler adds volume.", "born"));
        assertFalse(conditional("Veneers so natural it looks as if you were born with them.", "born"));
        assertFalse(conditional("Even if you are nervous the jab is painless.", "painless"));
    }

    @Test
    void aQuotationThatIsTheWholeBlockIsTheSloganItself() {
        assertFalse(quoted("\"Guaranteed Lift. Or It's Free.\"", "Guaranteed"));
        assertFalse(quoted("“Painless, permanent, perfect.”", "Painless"));
        assertTrue(quoted("Never write “Painless, permanent, perfect.”", "Painless"));
    }
}

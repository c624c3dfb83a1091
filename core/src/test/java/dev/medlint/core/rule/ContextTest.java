package dev.medlint.core.rule;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.lang.AnnotatedText;
import dev.medlint.core.lang.Language;
import dev.medlint.core.lang.Word;
import dev.medlint.core.testing.TestLanguages;
import dev.medlint.core.text.PlainTextExtractor;
import java.util.List;
import java.util.Locale;
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

    /** Whether {@code word} stands in a condition, with the words as medlint's word scan finds them. */
    private static boolean conditional(String text, String word) {
        Language english = TestLanguages.LANGUAGES.find("en").orElseThrow();
        AnnotatedText doc = new AnnotatedText(new PlainTextExtractor().extract(text), english.analyzer());
        List<Word> words = doc.words(0);
        int first = words.stream().map(Word::lower).toList().indexOf(word.toLowerCase(Locale.ROOT));
        return Context.conditional(words, first, doc.text(), english.profile());
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
        assertFalse(quoted("“Painless”", "Painless"));
    }
}

package dev.medlint.core.rule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.medlint.core.lang.AnnotatedText;
import dev.medlint.core.lang.RuleTables;
import dev.medlint.core.lang.WordTable;
import dev.medlint.core.text.PlainTextExtractor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A rule's word answers for a document are the same whether the document knows its words' numbers in the engine's
 * word table or the rule looks them up itself, also when the table lacks one of the rule's words.
 */
class WordAnswersTest {
    private static final String[] WORDS = {"lift", "lifting", "filler", "free", "best", "a", "부작용", "없는", "100",
        "guarantee", "botox", "safe", "pain", "results", "clinic", "the", "is"};

    @Test
    void answersWithTheWordTableEqualThoseWithout() {
        Random random = new Random(20261206);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? ".\n\n" : " ");
            }
            Map<String, int[]> byWord = new HashMap<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                byWord.put(WORDS[random.nextInt(WORDS.length)], new int[] {i});
            }
            List<String> tableWords = new ArrayList<>(byWord.keySet());
            if (!tableWords.isEmpty() && random.nextInt(4) == 0) {
                tableWords.remove(0); // a word of the rule the table lacks: the rule's own look-up answers
            }
            for (int i = random.nextInt(6); i > 0; i--) {
                tableWords.add(WORDS[random.nextInt(WORDS.length)]);
            }
            var view = new PlainTextExtractor().extract(text.toString());
            AnnotatedText plain = new AnnotatedText(view, null);
            AnnotatedText numbered = new AnnotatedText(view, null, null,
                    new RuleTables(null, WordTable.of(tableWords)));
            WordLookup<int[]> lookup = new WordLookup<>(byWord);
            int[][] expected = WordAnswers.of(plain, lookup);
            int[][] actual = WordAnswers.of(numbered, lookup);
            assertEquals(expected.length, actual.length);
            for (int id = 0; id < expected.length; id++) {
                assertArrayEquals(expected[id], actual[id], plain.distinctWord(id) + " in " + text);
            }
            assertArrayEquals(WordAnswers.holds(plain, lookup), WordAnswers.holds(numbered, lookup), text.toString());
        }
    }
}

package dev.medlint.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.text.PlainTextExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The document's word-to-blocks index answers as a scan of each block's words would, and word ids number the
 * document's distinct words.
 */
class WordStartIndexTest {
    private static final String[] WORDS = {"lift", "lifting", "lifted", "filler", "fillers", "free", "freedom",
        "best", "bestseller", "be", "a", "부작용", "부작용이", "없는", "100", "guarantee", "guaranteed", "Botox"};

    @Test
    void blockAnswersEqualAScanOfTheBlocksWords() {
        Random random = new Random(56);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int paragraphs = 1 + random.nextInt(12);
            for (int p = 0; p < paragraphs; p++) {
                int n = random.nextInt(9);
                for (int w = 0; w < n; w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextBoolean() ? " " : ", ");
                }
                text.append("end.\n\n");
            }
            AnnotatedText doc = new AnnotatedText(new PlainTextExtractor().extract(text.toString()), null);
            for (int q = 0; q < 6; q++) {
                List<String> prefixes = new ArrayList<>();
                int k = 1 + random.nextInt(3);
                for (int i = 0; i < k; i++) {
                    String w = WORDS[random.nextInt(WORDS.length)].toLowerCase(java.util.Locale.ROOT);
                    prefixes.add(w.substring(0, 1 + random.nextInt(w.length())));
                }
                boolean anywhere = false;
                for (int b = 0; b < doc.blockCount(); b++) {
                    boolean scanned = doc.words(b).stream()
                            .anyMatch(w -> prefixes.stream().anyMatch(w.lower()::startsWith));
                    anywhere |= scanned;
                    assertEquals(scanned, doc.blockHasWordStarting(b, prefixes), prefixes + " in block " + b
                            + " of " + text);
                }
                assertEquals(anywhere, doc.hasWordStarting(prefixes), prefixes + " in " + text);
            }
        }
    }

    @Test
    void wordIdsNumberTheDistinctWords() {
        Random random = new Random(1204);
        for (int round = 0; round < 100; round++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 1 + random.nextInt(6); p++) {
                for (int w = 0; w < random.nextInt(12); w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                text.append("end.\n\n");
            }
            AnnotatedText doc = new AnnotatedText(new PlainTextExtractor().extract(text.toString()), null);
            java.util.Set<String> distinct = new java.util.HashSet<>();
            for (int b = 0; b < doc.blockCount(); b++) {
                for (Word w : doc.words(b)) {
                    distinct.add(w.lower());
                    assertEquals(w.lower(), doc.distinctWord(w.id()), text.toString());
                    assertEquals(w.id(), doc.wordId(w.lower()), text.toString());
                }
            }
            assertEquals(distinct.size(), doc.distinctWordCount(), text.toString());
            assertEquals(-1, doc.wordId("nowhere"));
        }
    }

    @Test
    void aHiddenBlockHoldsNoWord() {
        var view = new PlainTextExtractor().extract("best lift\n\nbest filler\n");
        AnnotatedText doc = new AnnotatedText(view, null, new boolean[] {false, true});
        assertFalse(doc.blockHasWordStarting(0, List.of("best")));
        assertTrue(doc.blockHasWordStarting(1, List.of("best")));
        assertFalse(doc.hasWordStarting(List.of("lift")));
        assertEquals(-1, doc.wordId("lift"));
        assertEquals(2, doc.distinctWordCount());
    }
}

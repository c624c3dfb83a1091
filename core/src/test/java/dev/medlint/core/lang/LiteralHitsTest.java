package dev.medlint.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.text.PlainTextExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A document's literal hits say a block holds a literal exactly when the block's folded text contains it, for
 * random texts with Korean, characters whose folding changes their length, hidden blocks and overlapping literals.
 */
class LiteralHitsTest {
    private static final String[] PIECES = {"lift", "LIFTING", "filler", "fill", "ill", "free", "Freedom", "best",
        "be", "a", "부작용", "부작용이", "없는", "없", "100%", "guarantee", "İstanbul", "ſtraße", "K-beauty", "ß",
        "x", "  ", ", ", ".\n\n", "\n\n", "é", "😀", "ff"};

    @Test
    void blocksHoldALiteralExactlyWhenTheirFoldedTextContainsIt() {
        Random random = new Random(20261204);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(60);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            var view = new PlainTextExtractor().extract(text.toString());
            boolean[] visible = new boolean[view.blocks().size()];
            for (int b = 0; b < visible.length; b++) {
                visible[b] = random.nextInt(4) > 0;
            }
            String folded = CaseFold.fold(text.toString());
            List<String> literals = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                if (random.nextBoolean() && folded.length() > 1) { // a piece of the text itself
                    int from = random.nextInt(folded.length() - 1);
                    literals.add(folded.substring(from, Math.min(folded.length(), from + 1 + random.nextInt(6))));
                } else {
                    literals.add(CaseFold.fold(PIECES[random.nextInt(PIECES.length)]));
                }
            }
            LiteralTable table = LiteralTable.of(literals);
            AnnotatedText doc = new AnnotatedText(view, null, visible, new RuleTables(table, null));
            LiteralHits hits = doc.literalHits();
            for (String literal : literals) {
                int id = table.id(literal);
                if (literal.length() < 2) {
                    assertEquals(-1, id, "a single character is left to indexOf: " + literal);
                    continue;
                }
                assertTrue(id >= 0 && id < table.size(), literal);
                boolean anywhere = false;
                for (int b = 0; b < doc.blockCount(); b++) {
                    boolean contains = doc.foldedBlock(b).contains(literal);
                    anywhere |= contains;
                    assertEquals(contains, hits.inBlock(b, id), "'" + literal + "' in block " + b + " of " + text);
                }
                assertEquals(anywhere, hits.anywhere(id), "'" + literal + "' in " + text);
            }
            assertEquals(-1, table.id("not a literal of the table"));
        }
    }

    @Test
    void aTextMadeWithoutATableHasNoHits() {
        AnnotatedText doc = new AnnotatedText(new PlainTextExtractor().extract("free botox"), null);
        assertEquals(null, doc.literalHits());
    }
}

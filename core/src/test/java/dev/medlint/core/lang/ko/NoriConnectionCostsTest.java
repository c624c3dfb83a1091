package dev.medlint.core.lang.ko;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.apache.lucene.analysis.ko.dict.ConnectionCosts;
import org.junit.jupiter.api.Test;

/** The table medlint decodes itself holds, cell for cell, what Nori's own loader reads. */
class NoriConnectionCostsTest {
    @Test
    void everyCellEqualsNorisOwn() throws Exception {
        ConnectionCosts ours = NoriConnectionCosts.decode();
        ConnectionCosts nori = ConnectionCosts.getInstance();
        assertNotSame(nori, ours, "the shortcut must have decoded a table, not fallen back to Nori's loader");
        // mecab-ko-dic's matrix: 3,815 forward (right) ids by 2,690 backward (left) ids
        int cells = 0;
        long differences = 0;
        for (int backward = 0; backward < 2690; backward++) {
            for (int forward = 0; forward < 3815; forward++) {
                cells++;
                if (ours.get(forward, backward) != nori.get(forward, backward)) {
                    differences++;
                }
            }
        }
        assertEquals(3815 * 2690, cells);
        assertEquals(0, differences);
        assertEquals(nori.get(3814, 2689), ours.get(3814, 2689));
    }

    @Test
    void theAnalyzerUsesTheDecodedTable() {
        assertEquals(NoriConnectionCosts.get(), NoriConnectionCosts.get());
        assertNotSame(ConnectionCosts.getInstance(), NoriConnectionCosts.get());
    }
}

package dev.medlint.core.lang;

/**
 * Which literals of a {@link LiteralTable} each block of one document holds, in its text folded by {@link CaseFold}:
 * found in one pass of the table's automaton per block, then answered by one bit each. Exact: a block holds a
 * literal here exactly when its folded text {@code contains} it.
 */
public final class LiteralHits {
    private final LiteralTable table;
    /** Bit {@code id} of block {@code b} at {@code b * stride + id / 64}: a few kilobytes for an article. */
    private final long[] bits;
    private final long[] anywhere;
    private final int stride;

    LiteralHits(LiteralTable table, AnnotatedText doc) {
        this.table = table;
        this.stride = (table.size() + 63) >>> 6;
        int n = doc.blockCount();
        this.bits = new long[n * stride];
        this.anywhere = new long[stride];
        for (int b = 0; b < n; b++) {
            int row = b * stride;
            table.scan(doc.foldedBlock(b), id -> bits[row + (id >>> 6)] |= 1L << id);
        }
        for (int b = 0; b < n; b++) {
            for (int w = 0; w < stride; w++) {
                anywhere[w] |= bits[b * stride + w];
            }
        }
    }

    /** The table the numbers are of. */
    public LiteralTable table() {
        return table;
    }

    /** Whether the block holds the literal with this number. */
    public boolean inBlock(int blockIndex, int id) {
        return (bits[blockIndex * stride + (id >>> 6)] & (1L << id)) != 0;
    }

    /** Whether some block holds the literal with this number. */
    public boolean anywhere(int id) {
        return (anywhere[id >>> 6] & (1L << id)) != 0;
    }
}

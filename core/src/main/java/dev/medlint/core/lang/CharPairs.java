package dev.medlint.core.lang;

/**
 * The pairs of adjacent characters a text holds, as a Bloom filter of one bit per pair: a literal with a pair the
 * filter lacks cannot occur in the text, which a few bit tests tell instead of an {@code indexOf} over it. Rules test
 * dozens of literals against each block; built once per block, the filter answers most of them "absent" without
 * reading the block again. It never says absent for a pair the text holds.
 */
public final class CharPairs {
    private final long[] bits;
    private final int shift;

    private CharPairs(long[] bits, int shift) {
        this.bits = bits;
        this.shift = shift;
    }

    /** The filter of a text: about eight bits per pair, so that few absent pairs collide with present ones. */
    public static CharPairs of(CharSequence text) {
        int wanted = Math.max(512, Math.min(1 << 20, Integer.highestOneBit(Math.max(1, text.length())) << 3));
        int log = Integer.numberOfTrailingZeros(wanted);
        CharPairs p = new CharPairs(new long[wanted >>> 6], 32 - log);
        for (int i = 1; i < text.length(); i++) {
            int h = p.slot(text.charAt(i - 1), text.charAt(i));
            p.bits[h >>> 6] |= 1L << h;
        }
        return p;
    }

    /** Whether the text may hold {@code s}: every pair of {@code s} is in the filter (always true for one character). */
    public boolean mayContain(String s) {
        for (int i = 1; i < s.length(); i++) {
            int h = slot(s.charAt(i - 1), s.charAt(i));
            if ((bits[h >>> 6] & (1L << h)) == 0) {
                return false;
            }
        }
        return true;
    }

    private int slot(char a, char b) {
        return ((a << 16 | b) * 0x9E3779B1) >>> shift;
    }
}

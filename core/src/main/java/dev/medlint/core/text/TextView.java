package dev.medlint.core.text;

import java.util.List;

/**
 * The analysed text of an article: prose only (no markup, code, URLs or front matter), split into blocks (paragraphs,
 * headings, list items, table cells), with a map from every character back to its offset in the original source.
 * Blocks are separated by a newline in {@link #text()} (except where a block was cut inside a run of thousands of
 * characters without a space), and no sentence crosses one.
 */
public final class TextView {
    private final String text;
    private final int[] sourceOffsets;
    /** View indices (ascending) of the characters whose markup is longer than one character, and its ends. */
    private final int[] longIndex;
    private final int[] longEnd;
    private final List<Block> blocks;
    private final List<Comment> comments;

    /** A block of prose: [start, end) in the view text. */
    public record Block(int start, int end) {
    }

    /** A comment in the source (HTML or Markdown {@code <!-- -->}), kept for inline directives. */
    public record Comment(String body, int sourceStart, int sourceEnd) {
    }

    TextView(String text, int[] sourceOffsets, int[] longIndex, int[] longEnd, List<Block> blocks,
            List<Comment> comments) {
        this.text = text;
        this.sourceOffsets = sourceOffsets;
        this.longIndex = longIndex;
        this.longEnd = longEnd;
        this.blocks = List.copyOf(blocks);
        this.comments = List.copyOf(comments);
    }

    /** Comments in source order. */
    public List<Comment> comments() {
        return comments;
    }

    public String text() {
        return text;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** Offset in the source of the view character at {@code viewIndex}. */
    public int sourceOffset(int viewIndex) {
        return sourceOffsets[viewIndex];
    }

    /**
     * Source offset just after the markup of the view character before {@code viewEnd} (for the end of a span): one
     * past it for a literal character, past the {@code ;} for an entity such as {@code &eacute;}.
     */
    public int sourceEndOffset(int viewEnd) {
        if (viewEnd <= 0) {
            return 0;
        }
        int i = java.util.Arrays.binarySearch(longIndex, viewEnd - 1);
        return i >= 0 ? longEnd[i] : sourceOffsets[viewEnd - 1] + 1;
    }
}

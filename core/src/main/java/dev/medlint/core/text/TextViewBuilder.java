package dev.medlint.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a {@link TextView} one character at a time, folding runs of white space into one space and masking URLs,
 * while remembering where each kept character came from.
 */
public final class TextViewBuilder {
    /**
     * A URL in prose. It ends at white space, at {@code <>"}, and at a control character or U+FFFD (what an invalid
     * byte decodes to): neither can stand in a URL, so a URL next to them must not swallow the words after them.
     */
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"\\p{Cntrl}\\x80-\\x9F\\uFFFD]+");

    /**
     * The longest block kept whole, in view characters. A longer one (a 3 MB paragraph, a wrapped text file with no
     * blank line, a 5 MB line) is cut into blocks of at most this length, at a sentence end where there is one, so
     * every per-block step (sentences, word scans, regexes) works on bounded text and a huge input costs time in
     * proportion to its size. Real paragraphs are far shorter, so ordinary articles keep their blocks.
     */
    public static final int MAX_BLOCK = 8192;

    private final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[256];
    /**
     * The few kept characters whose markup is longer than one source character (an entity such as {@code &amp;}):
     * view index and source end, in view order. Every other character ends one past its offset; keeping only the
     * exceptions keeps a view of megabytes at one int per character.
     */
    private int[] longIndex = new int[16];
    private int[] longEnd = new int[16];
    private int longCount = 0;
    private final List<TextView.Block> blocks = new ArrayList<>();
    private final List<TextView.Comment> comments = new ArrayList<>();
    private int blockStart = 0;
    private boolean pendingSpace = false;
    private int pendingSpaceOffset = -1;
    private int pendingSpaceEnd = -1;
    private boolean pendingBreak = false;

    /** Appends one source character found at {@code sourceOffset}. */
    public void append(char c, int sourceOffset) {
        append(c, sourceOffset, sourceOffset + 1);
    }

    /**
     * Appends one character that stands for the source markup [{@code sourceStart}, {@code sourceEnd}), e.g. the
     * non-breaking space of {@code &nbsp;}, so a span that starts or ends with it covers the whole markup.
     */
    public void append(char c, int sourceStart, int sourceEnd) {
        if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u3000') {
            if (!pendingSpace) {
                pendingSpace = true;
                pendingSpaceOffset = sourceStart;
                pendingSpaceEnd = sourceEnd;
            }
            return;
        }
        if (pendingSpace && text.length() > blockStart) {
            put(pendingBreak ? '\n' : ' ', pendingSpaceOffset, pendingSpaceEnd);
        }
        pendingSpace = false;
        pendingBreak = false;
        put(c, sourceStart, sourceEnd);
    }

    /** Appends characters that stand at consecutive offsets starting at {@code sourceOffset}. */
    public void append(CharSequence chars, int sourceOffset) {
        for (int i = 0; i < chars.length(); i++) {
            append(chars.charAt(i), sourceOffset + i);
        }
    }

    /** A break between words that is not in the source as a character (a soft break, a {@code <br>}). */
    public void space(int sourceOffset) {
        append(' ', sourceOffset);
    }

    /**
     * A line break kept inside the block: it ends a sentence and a clause (a headline stack, a list of short lines)
     * but not the paragraph.
     */
    public void lineBreak(int sourceOffset) {
        append(' ', sourceOffset);
        pendingBreak = true;
    }

    /** Ends the current block; the next character starts a new one. */
    public void endBlock() {
        pendingSpace = false;
        pendingBreak = false;
        if (text.length() > blockStart) {
            maskUrls(blockStart, text.length());
            trimBlockEnd();
        }
        while (text.length() - blockStart > MAX_BLOCK) {
            splitBlock();
        }
        if (text.length() > blockStart) {
            blocks.add(new TextView.Block(blockStart, text.length()));
            int after = endOf(text.length() - 1);
            put('\n', after, after + 1);
            blockStart = text.length();
        }
    }

    /**
     * Ends a block at most {@link #MAX_BLOCK} characters long at the start of the current one: after the last
     * sentence end (". ", "! ", "? " and the like) in its second half, else at its last space, else (no space at all)
     * at the limit. The space at the cut becomes the newline between the two blocks, so no offset moves.
     */
    private void splitBlock() {
        int limit = blockStart + MAX_BLOCK;
        int cut = -1;
        int space = -1;
        for (int i = limit; i > blockStart + MAX_BLOCK / 2; i--) {
            if (text.charAt(i) == ' ') {
                if (space < 0) {
                    space = i;
                }
                if (endsSentence(text.charAt(i - 1))) {
                    cut = i;
                    break;
                }
            }
        }
        if (cut < 0) {
            cut = space;
        }
        if (cut > blockStart) {
            blocks.add(new TextView.Block(blockStart, cut));
            text.setCharAt(cut, '\n');
            blockStart = cut + 1;
            return;
        }
        // No space in the second half: cut at the limit (between two code points), with no separator.
        cut = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
        blocks.add(new TextView.Block(blockStart, cut));
        blockStart = cut;
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '"'
                || c == '\u201D' || c == ')';
    }

    /** Records a source comment (for inline directives); it adds nothing to the prose. */
    public void comment(String body, int sourceStart, int sourceEnd) {
        comments.add(new TextView.Comment(body, sourceStart, sourceEnd));
    }

    public TextView build() {
        endBlock();
        comments.sort(java.util.Comparator.comparingInt(TextView.Comment::sourceStart));
        return new TextView(text.toString(), Arrays.copyOf(offsets, text.length() + 1),
                Arrays.copyOf(longIndex, longCount), Arrays.copyOf(longEnd, longCount), blocks, comments);
    }

    private void put(char c, int sourceStart, int sourceEnd) {
        if (text.length() == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        if (sourceEnd != sourceStart + 1) {
            if (longCount == longIndex.length) {
                longIndex = Arrays.copyOf(longIndex, longCount * 2);
                longEnd = Arrays.copyOf(longEnd, longCount * 2);
            }
            longIndex[longCount] = text.length();
            longEnd[longCount] = sourceEnd;
            longCount++;
        }
        offsets[text.length()] = sourceStart;
        text.append(c);
    }

    /** Source end of the markup of the kept character at {@code viewIndex}. */
    private int endOf(int viewIndex) {
        boolean isLong = longCount > 0 && longIndex[longCount - 1] == viewIndex; // the last exception, if any
        return isLong ? longEnd[longCount - 1] : offsets[viewIndex] + 1;
    }

    /** URLs are not prose: blank them so no rule sees them and sentences do not break on their dots. */
    private void maskUrls(int start, int end) {
        if (!mayHoldUrl(start, end)) {
            return; // most blocks: a scan for the two starts is far cheaper than the regex's try at every position
        }
        Matcher m = URL.matcher(text).region(start, end);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                text.setCharAt(i, ' ');
            }
        }
    }

    /** Whether [start, end) holds "http" or "www." in any ASCII case: every match of {@link #URL} starts so. */
    private boolean mayHoldUrl(int start, int end) {
        for (int i = start; i + 4 <= end; i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if (c == 'h' && lower(i + 1) == 't' && lower(i + 2) == 't' && lower(i + 3) == 'p'
                    || c == 'w' && lower(i + 1) == 'w' && lower(i + 2) == 'w' && text.charAt(i + 3) == '.') {
                return true;
            }
        }
        return false;
    }

    /** The character at {@code i}, with an ASCII capital letter turned into its small letter (others may change). */
    private char lower(int i) {
        return (char) (text.charAt(i) | 0x20);
    }

    private void trimBlockEnd() {
        int end = text.length();
        while (end > blockStart && text.charAt(end - 1) == ' ') {
            end--;
        }
        text.setLength(end);
        while (longCount > 0 && longIndex[longCount - 1] >= end) {
            longCount--; // a trimmed character's exception must not outlive it
        }
    }
}

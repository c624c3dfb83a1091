package dev.medlint.core.analysis;

import dev.medlint.core.source.Format;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a very large article (an archive export of many posts in one file) into sections that are checked one
 * after another, so the memory a check needs is bounded by a section, not by the file. A section ends at a line
 * break followed by a blank line and then a line that starts at the margin, outside a fenced code block and an
 * unclosed {@code <!--}: there Markdown and plain text start a new paragraph whatever came before, so the cut changes
 * no block.
 */
final class Sections {
    private Sections() {
    }

    /**
     * The sections of a source as [start, end) offsets covering it, each about {@code target} characters long (a
     * section is longer only when no safe cut comes sooner).
     */
    static List<int[]> split(String source, Format format, int target) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = source.length();
        boolean fenced = false;
        String fence = "";
        boolean comment = false;
        boolean previousBlank = false;
        int line = 0;
        while (line < n) {
            int end = source.indexOf('\n', line);
            int next = end < 0 ? n : end + 1;
            int contentEnd = end < 0 ? n : (end > line && source.charAt(end - 1) == '\r' ? end - 1 : end);
            boolean blank = isBlank(source, line, contentEnd);
            if (!fenced && !comment && previousBlank && !blank && line - start >= target
                    && !Character.isWhitespace(source.charAt(line))) {
                out.add(new int[] {start, line});
                start = line;
            }
            if (format == Format.MARKDOWN) {
                String marker = fenceMarker(source, line, contentEnd);
                if (marker != null && (!fenced || marker.startsWith(fence))) {
                    fenced = !fenced;
                    fence = marker;
                }
                if (!fenced) {
                    comment = commentOpenAfter(source, line, contentEnd, comment);
                }
            }
            previousBlank = blank;
            line = next;
        }
        out.add(new int[] {start, n});
        return out;
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The run of three or more backticks or tildes that opens or closes a code fence on this line, or null. */
    private static String fenceMarker(String s, int from, int to) {
        int i = from;
        while (i < to && i - from < 3 && s.charAt(i) == ' ') {
            i++;
        }
        if (i >= to || (s.charAt(i) != '`' && s.charAt(i) != '~')) {
            return null;
        }
        char c = s.charAt(i);
        int j = i;
        while (j < to && s.charAt(j) == c) {
            j++;
        }
        return j - i >= 3 ? s.substring(i, j) : null;
    }

    /** Where {@code needle} starts inside [from, to), or -1: a search that never reads past the line. */
    private static int indexOf(String s, String needle, int from, int to) {
        for (int i = from; i + needle.length() <= to; i++) {
            if (s.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether an HTML comment is still open at the end of the line. */
    private static boolean commentOpenAfter(String s, int from, int to, boolean open) {
        int i = from;
        while (true) {
            if (open) {
                int close = indexOf(s, "-->", i, to);
                if (close < 0) {
                    return true;
                }
                i = close + 3;
                open = false;
            } else {
                int o = indexOf(s, "<!--", i, to);
                if (o < 0) {
                    return false;
                }
                i = o + 4;
                open = true;
            }
        }
    }
}

package dev.medlint.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns offsets in a source text into 1-based line and column numbers. Columns count Unicode code points, so Korean
 * text, emoji and tabs each count one; CRLF, CR and LF all end a line.
 */
public final class LineMap {
    private final String source;
    private final int[] lineStarts;
    /**
     * The last position asked for: findings come in text order, so on a line of megabytes the next column is counted
     * from here instead of from the line start. Immutable, so threads sharing the map see a whole one or another.
     */
    private volatile Mark last = new Mark(0, 0, 1);

    private record Mark(int line, int offset, int column) {
    }

    /** A 1-based line and column. */
    public record Position(int line, int column) {
    }

    public LineMap(String source) {
        this.source = source;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                starts.add(i + 1);
            } else if (c == '\r') {
                if (i + 1 < source.length() && source.charAt(i + 1) == '\n') {
                    i++;
                }
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, source.length()));
        int line = lineIndex(clamped);
        Mark m = last;
        int column;
        if (m.line() == line && m.offset() <= clamped) {
            column = m.column() + source.codePointCount(m.offset(), clamped);
        } else {
            column = source.codePointCount(lineStarts[line], clamped) + 1;
        }
        if (clamped - lineStarts[line] > 4096 && (clamped == source.length()
                || !Character.isLowSurrogate(source.charAt(clamped)))) {
            last = new Mark(line, clamped, column);
        }
        return new Position(line + 1, column);
    }

    /** The text of a 1-based line, without its line break. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : source.length();
        while (end > start && (source.charAt(end - 1) == '\n' || source.charAt(end - 1) == '\r')) {
            end--;
        }
        return source.substring(start, end);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    private int lineIndex(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}

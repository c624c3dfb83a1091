package dev.medlint.cli.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;

/**
 * Converts between offsets into a text (Java chars, which are UTF-16 units) and the protocol's positions (line and
 * UTF-16 character). Lines end at "\n", "\r\n" or "\r", as the protocol says.
 */
final class LineIndex {
    private final String text;
    private final int[] starts;

    LineIndex(String text) {
        this.text = text;
        List<Integer> s = new ArrayList<>();
        s.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
                s.add(i + 1);
            } else if (c == '\n' || c == '\r') {
                s.add(i + 1);
            }
        }
        starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The position of an offset (clamped to the text). */
    Position position(int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(o);
        return new Position(line, o - starts[line]);
    }

    /** The offset of a position (clamped to its line and the text). */
    int offset(Position p) {
        int line = Math.max(0, Math.min(p.getLine(), starts.length - 1));
        int end = line + 1 < starts.length ? starts[line + 1] : text.length();
        return Math.min(starts[line] + Math.max(0, p.getCharacter()), end);
    }

    /** The offset at which a line starts. */
    int lineStart(int line) {
        return starts[Math.max(0, Math.min(line, starts.length - 1))];
    }

    int lineOf(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The spaces and tabs a line starts with. */
    String indentation(int line) {
        int i = lineStart(line);
        int from = i;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(from, i);
    }

    /** The line break the text uses (its first one; "\n" when it has none). */
    String lineBreak() {
        int n = text.indexOf('\n');
        int r = text.indexOf('\r');
        if (r >= 0 && (n < 0 || r < n)) {
            return n == r + 1 ? "\r\n" : "\r";
        }
        return "\n";
    }
}

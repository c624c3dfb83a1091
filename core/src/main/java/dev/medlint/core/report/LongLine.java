package dev.medlint.core.report;

/**
 * A source line quoted by the text report, indexed so that a column is found without walking the whole line, and
 * cut to a window around a finding when the line is long.
 */
final class LongLine {
    /** Lines up to this many code points are quoted whole, as always. */
    static final int WHOLE = 500;
    /** Code points of context shown before and after the span in a long line. */
    static final int CONTEXT = 100;
    /** The most code points of the span itself shown. */
    static final int SPAN = 200;
    private static final int STEP = 256;

    private final String line;
    private final int[] marks;
    private final int codePoints;

    private LongLine(String line) {
        this.line = line;
        if (line.length() <= WHOLE) {
            this.marks = null;
            this.codePoints = line.codePointCount(0, line.length());
            return;
        }
        int[] m = new int[line.length() / STEP + 2];
        int cp = 0;
        int i = 0;
        while (i < line.length()) {
            if (cp % STEP == 0) {
                m[cp / STEP] = i;
            }
            i += Character.charCount(line.codePointAt(i));
            cp++;
        }
        this.marks = m;
        this.codePoints = cp;
    }

    /** The window to quote for a finding, or null when the whole line is quoted. */
    Window window(Finding f) {
        if (codePoints <= WHOLE) {
            return null;
        }
        int start = Math.max(0, Math.min(codePoints, f.column() - 1));
        int end = f.endLine() == f.line() ? Math.max(start, Math.min(codePoints, f.endColumn() - 1)) : codePoints;
        int shownEnd = Math.min(end, start + SPAN);
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(codePoints, shownEnd + CONTEXT);
        int fromChar = charIndex(from);
        return new Window(line.substring(fromChar, charIndex(to)), charIndex(start) - fromChar,
                charIndex(shownEnd) - fromChar, from > 0, to < codePoints);
    }

    private int charIndex(int codePoint) {
        if (codePoint >= codePoints) {
            return line.length();
        }
        return line.offsetByCodePoints(marks[codePoint / STEP], codePoint % STEP);
    }

    /**
     * The quoted part of a long line, with the span's char offsets inside it and whether text was cut off before or
     * after it.
     */
    record Window(String text, int spanStart, int spanEnd, boolean cutBefore, boolean cutAfter) {
    }

    /** The index of the last line asked for, kept while one report is written (findings come line by line). */
    static final class Cache {
        private LongLine last;

        LongLine of(String line) {
            if (last == null || last.line != line) {
                last = new LongLine(line);
            }
            return last;
        }
    }
}

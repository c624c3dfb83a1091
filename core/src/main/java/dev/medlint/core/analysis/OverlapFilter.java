package dev.medlint.core.analysis;

import dev.medlint.core.report.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Two rules of one category that flag overlapping text report one problem twice ("instantly erase jowls" is both
 * unhedged and intensified): keep the more serious finding, and the first rule's on a tie. Only rules of the same
 * pack are merged, so a team's own rule is never hidden by a built-in one.
 *
 * <p>Across categories, the more specific reading wins: a finding on a single word that lies inside a finding of
 * another category of the same pack at most {@value #SPECIFIC_WORDS} words longer is a keyword read out of its
 * phrase, and is dropped ("price guarantee" is an inducement, not also a {@code guarantee}; "revolutionary results"
 * is hype about results, not also a new technology). A finding of several words keeps its own reading. Longer spans
 * (a whole quoted review) do not hide the findings inside them, and the findings of rules that judge the whole document (a missing notice pointing at a
 * denial) neither hide nor are hidden.
 *
 * <p>Each finding is compared only with the kept findings of its category and pack whose source offsets could
 * overlap it (an index sorted by offset), so a file with a hundred thousand findings is not a quadratic cost.
 */
public final class OverlapFilter implements FindingFilter {
    @Override
    public List<Finding> apply(DocumentContext document, List<Finding> findings) {
        List<Finding> kept = new ArrayList<>();
        Map<String, Group> groups = new HashMap<>();
        // The specific reading first, among all findings: "breakthrough results" hides "breakthrough" even when a
        // longer overclaim on "results ..." is the one of its category that is kept.
        for (Finding f : dropLessSpecific(document, findings)) {
            int rival = -1;
            Group group = null;
            if (!f.isDocumentLevel()) {
                group = groups.computeIfAbsent(f.path() + '\0' + f.category() + '\0' + f.pack(), k -> new Group());
                rival = group.firstOverlapping(f, kept);
            }
            if (rival < 0) {
                kept.add(f);
                if (group != null) {
                    group.add(f, kept.size() - 1);
                }
            } else if (f.severity().ordinal() < kept.get(rival).severity().ordinal()) {
                group.remove(kept.get(rival), rival);
                kept.set(rival, f);
                group.add(f, rival);
            }
        }
        kept.sort(Finding.ORDER);
        return kept;
    }

    /** The most words a more specific finding may add around a less specific one it replaces. */
    static final int SPECIFIC_WORDS = 3;

    private static List<Finding> dropLessSpecific(DocumentContext document, List<Finding> kept) {
        Map<String, TreeMap<Integer, List<Finding>>> byStart = new HashMap<>();
        for (Finding f : kept) {
            if (hasSpan(f)) {
                byStart.computeIfAbsent(f.path() + '\0' + f.pack(), k -> new TreeMap<>())
                        .computeIfAbsent(f.offset(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Finding> out = new ArrayList<>(kept.size());
        for (Finding inner : kept) {
            boolean candidate = hasSpan(inner) && !document.wholeDocumentRules().contains(inner.ruleId())
                    && words(document.source(), inner.offset(), inner.endOffset()) == 1;
            if (!candidate || !coveredMoreSpecifically(document, inner,
                    byStart.get(inner.path() + '\0' + inner.pack()))) {
                out.add(inner);
            }
        }
        return out;
    }

    /**
     * Whether a finding of another category starts at most {@value #SPECIFIC_WORDS} words before {@code inner},
     * covers it, and adds at most that many words in all. Starts are walked back from the inner one and the walk
     * stops at the first start too many words away, so a long finding elsewhere (a whole quoted review) costs
     * nothing here.
     */
    private static boolean coveredMoreSpecifically(DocumentContext document, Finding inner,
            TreeMap<Integer, List<Finding>> starts) {
        for (Map.Entry<Integer, List<Finding>> at : starts.headMap(inner.offset(), true).descendingMap().entrySet()) {
            if (words(document.source(), at.getKey(), inner.offset()) > SPECIFIC_WORDS) {
                return false;
            }
            for (Finding outer : at.getValue()) {
                if (!outer.category().equals(inner.category())
                        && !document.wholeDocumentRules().contains(outer.ruleId())
                        && outer.endOffset() >= inner.endOffset()
                        && outer.endOffset() - outer.offset() > inner.endOffset() - inner.offset()
                        && wordsOutside(document.source(), outer, inner) <= SPECIFIC_WORDS) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasSpan(Finding f) {
        return !f.isDocumentLevel() && f.offset() >= 0 && f.endOffset() > f.offset();
    }

    /** Words of the outer span before and after the inner one (runs of letters or digits). */
    private static int wordsOutside(String source, Finding outer, Finding inner) {
        if (source == null || outer.endOffset() > source.length()) {
            return Integer.MAX_VALUE;
        }
        return words(source, outer.offset(), inner.offset()) + words(source, inner.endOffset(), outer.endOffset());
    }

    private static int words(String s, int from, int to) {
        if (s == null || to > s.length()) {
            return Integer.MAX_VALUE;
        }
        int n = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /**
     * The kept findings of one path, category and pack, by source offset. Overlap itself is decided on line and
     * column as before; offsets only narrow the candidates (a finding overlapping another starts less than the
     * longest kept span before it), which is exact because positions grow with offsets.
     */
    private static final class Group {
        private final TreeMap<Integer, List<Integer>> byOffset = new TreeMap<>();
        private final List<Integer> withoutOffsets = new ArrayList<>();
        private int longest = 0;

        int firstOverlapping(Finding f, List<Finding> kept) {
            int best = -1;
            for (int i : withoutOffsets) {
                if ((best < 0 || i < best) && overlaps(kept.get(i), f)) {
                    best = i;
                }
            }
            Iterable<List<Integer>> candidates;
            if (f.offset() < 0 || f.endOffset() < f.offset()) {
                candidates = byOffset.values();
            } else {
                NavigableMap<Integer, List<Integer>> near = byOffset.subMap(
                        (int) Math.max(Integer.MIN_VALUE, (long) f.offset() - longest), true, f.endOffset(), true);
                candidates = near.values();
            }
            for (List<Integer> at : candidates) {
                for (int i : at) {
                    if ((best < 0 || i < best) && overlaps(kept.get(i), f)) {
                        best = i;
                    }
                }
            }
            return best;
        }

        void add(Finding f, int index) {
            if (f.offset() < 0 || f.endOffset() < f.offset()) {
                withoutOffsets.add(index);
                return;
            }
            byOffset.computeIfAbsent(f.offset(), k -> new ArrayList<>()).add(index);
            longest = Math.max(longest, f.endOffset() - f.offset());
        }

        void remove(Finding f, int index) {
            if (f.offset() < 0 || f.endOffset() < f.offset()) {
                withoutOffsets.remove(Integer.valueOf(index));
                return;
            }
            List<Integer> at = byOffset.get(f.offset());
            at.remove(Integer.valueOf(index));
            if (at.isEmpty()) {
                byOffset.remove(f.offset());
            }
        }
    }

    private static boolean overlaps(Finding a, Finding b) {
        return a.path().equals(b.path()) && compare(a.line(), a.column(), b.endLine(), b.endColumn()) < 0
                && compare(b.line(), b.column(), a.endLine(), a.endColumn()) < 0;
    }

    private static int compare(int line1, int col1, int line2, int col2) {
        return line1 != line2 ? Integer.compare(line1, line2) : Integer.compare(col1, col2);
    }
}

package dev.medlint.core.analysis;

import dev.medlint.core.report.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Two rules of one category that flag overlapping text report one problem twice ("instantly erase jowls" is both
 * unhedged and intensified): keep the more serious finding, and the first rule's on a tie. Only rules of the same
 * pack are merged, so a team's own rule is never hidden by a built-in one.
 */
public final class OverlapFilter implements FindingFilter {
    @Override
    public List<Finding> apply(DocumentContext document, List<Finding> findings) {
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            int rival = -1;
            for (int i = 0; i < kept.size() && !f.isDocumentLevel(); i++) {
                Finding k = kept.get(i);
                if (!k.isDocumentLevel() && k.category().equals(f.category()) && overlaps(k, f)
                        && k.pack().equals(f.pack())) {
                    rival = i;
                    break;
                }
            }
            if (rival < 0) {
                kept.add(f);
            } else if (f.severity().ordinal() < kept.get(rival).severity().ordinal()) {
                kept.set(rival, f);
            }
        }
        kept.sort(Finding.ORDER);
        return kept;
    }

    private static boolean overlaps(Finding a, Finding b) {
        return a.path().equals(b.path()) && compare(a.line(), a.column(), b.endLine(), b.endColumn()) < 0
                && compare(b.line(), b.column(), a.endLine(), a.endColumn()) < 0;
    }

    private static int compare(int line1, int col1, int line2, int col2) {
        return line1 != line2 ? Integer.compare(line1, line2) : Integer.compare(col1, col2);
    }
}

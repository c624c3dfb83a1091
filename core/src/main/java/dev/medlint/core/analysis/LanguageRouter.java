package dev.medlint.core.analysis;

import dev.medlint.core.lang.Language;
import dev.medlint.core.text.TextView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which blocks of a document each language's rules read: a block goes to the first language (of those with rules)
 * whose script it is written in, so a Korean article with English product names goes to the Korean rules and an
 * English article's Korean footer to the Korean ones. A block no language with rules claims is read by all of them,
 * as before languages were told apart. The document's main language (most letters) judges the whole document.
 */
final class LanguageRouter {
    private LanguageRouter() {
    }

    /** The routing of one document. */
    record Routing(Map<Language, boolean[]> visible, Language main) {
        /** Null when a language sees every block (the text is then annotated as a whole, as it always was). */
        boolean[] visibleTo(Language l) {
            return visible.get(l);
        }

        /** Whether another language claims every block, so this language's rules have nothing to read. */
        boolean seesNothing(Language l) {
            boolean[] v = visible.get(l);
            if (v == null) {
                return false;
            }
            for (boolean b : v) {
                if (b) {
                    return false;
                }
            }
            return true;
        }
    }

    static Routing route(TextView view, List<Language> languages) {
        List<TextView.Block> blocks = view.blocks();
        Map<Language, boolean[]> visible = new LinkedHashMap<>();
        Map<Language, Long> letters = new LinkedHashMap<>();
        for (Language l : languages) {
            visible.put(l, new boolean[blocks.size()]);
            letters.put(l, 0L);
        }
        String text = view.text();
        for (int b = 0; b < blocks.size(); b++) {
            TextView.Block block = blocks.get(b);
            Language owner = null;
            for (Language l : languages) {
                if (l.claims(text, block.start(), block.end())) {
                    owner = l;
                    break;
                }
            }
            for (Language l : languages) {
                if (owner == null || owner == l) {
                    visible.get(l)[b] = true;
                }
            }
            if (owner != null) {
                letters.merge(owner, (long) block.end() - block.start(), Long::sum);
            }
        }
        Language main = languages.isEmpty() ? null : languages.get(0);
        long best = 0;
        for (Map.Entry<Language, Long> e : letters.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                main = e.getKey();
            }
        }
        Map<Language, boolean[]> out = new LinkedHashMap<>();
        for (Map.Entry<Language, boolean[]> e : visible.entrySet()) {
            boolean all = true;
            for (boolean v : e.getValue()) {
                all &= v;
            }
            out.put(e.getKey(), all ? null : e.getValue());
        }
        return new Routing(out, main);
    }
}

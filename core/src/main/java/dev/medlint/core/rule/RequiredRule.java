package dev.medlint.core.rule;

import dev.medlint.core.nlp.AnnotatedText;
import dev.medlint.core.text.TextView;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requires a statement somewhere in the document: one block in which every one of the rule's patterns matches,
 * all within a window of characters. Wording varies, so the patterns are alternatives of the statement's parts
 * (the article, the act, the act of complying) rather than one fixed sentence.
 */
public final class RequiredRule extends Rule {
    private final List<Pattern> all;
    private final int window;
    private final List<String> anchors;

    public RequiredRule(RuleMeta meta, List<Pattern> all, int window) {
        super(meta);
        this.all = List.copyOf(all);
        this.window = window;
        this.anchors = RegexMatch.derive(this.all.get(0).pattern());
    }

    @Override
    public Rule withMeta(RuleMeta newMeta) {
        return new RequiredRule(newMeta, all, window);
    }

    @Override
    public List<RuleHit> check(AnnotatedText doc) {
        String text = doc.text();
        for (int b = 0; b < doc.blockCount(); b++) {
            if (!anchors.isEmpty() && !doc.blockHasWordStarting(b, anchors)) {
                continue;
            }
            if (satisfiedIn(text, doc.block(b))) {
                return List.of();
            }
        }
        return List.of(RuleHit.document(null));
    }

    private boolean satisfiedIn(String text, TextView.Block block) {
        Matcher first = all.get(0).matcher(text).region(block.start(), block.end());
        while (first.find()) {
            int from = Math.max(block.start(), first.start() - window);
            int to = Math.min(block.end(), first.end() + window);
            boolean everyPart = true;
            for (int i = 1; i < all.size() && everyPart; i++) {
                everyPart = all.get(i).matcher(text).region(from, to).find();
            }
            if (everyPart) {
                return true;
            }
        }
        return false;
    }
}

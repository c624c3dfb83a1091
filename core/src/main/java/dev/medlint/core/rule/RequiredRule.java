package dev.medlint.core.rule;

import dev.medlint.core.lang.RequiredLiterals;
import dev.medlint.core.lang.AnnotatedText;
import dev.medlint.core.lang.Language;
import dev.medlint.core.text.TextView;
import dev.medlint.core.yaml.RuleFileException;
import java.util.ArrayList;
import java.util.List;
import com.google.re2j.Matcher;
import java.util.Set;
import com.google.re2j.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Requires a statement somewhere in the document: one block in which every one of the rule's patterns matches,
 * all within a window of characters. Wording varies, so the patterns are alternatives of the statement's parts
 * (the article, the act, the act of complying) rather than one fixed sentence.
 */
public final class RequiredRule extends Rule {
    /** {@code type: required}: {@code statement} (patterns that must all match) and its {@code window}. */
    public static final class Type implements RuleType {
        @Override
        public boolean judgesWholeDocument() {
            return true;
        }

        @Override
        public String name() {
            return "required";
        }

        @Override
        public Set<String> keys() {
            return Set.of("statement", "window");
        }

        @Override
        public String meaning() {
            return "the article must contain a statement; reported once for the whole article";
        }

        @Override
        public Rule bind(RuleBinding b) throws RuleFileException {
            Node st = b.required("statement");
            List<Pattern> all = new ArrayList<>();
            for (Node n : b.yaml().sequence(st, "'statement' (a list of patterns that must all match)")) {
                all.add(b.regex(n, "statement"));
            }
            if (all.isEmpty()) {
                throw b.error(st, "'statement' needs at least one pattern");
            }
            return new RequiredRule(b.meta(), b.language(), all, b.integer("window", 300, "characters"));
        }
    }

    private final List<Pattern> all;
    private final int window;
    private final List<String> anchors;
    /** The literals each pattern cannot match without: a block lacking one of any pattern cannot hold the statement. */
    private final List<RequiredLiterals> literals;

    public RequiredRule(RuleMeta meta, Language language, List<Pattern> all, int window) {
        super(meta, language);
        this.all = List.copyOf(all);
        this.window = window;
        this.anchors = RegexMatch.derive(this.all.get(0).pattern());
        this.literals = this.all.stream().map(p -> RequiredLiterals.of(p.pattern())).filter(l -> !l.isEmpty())
                .toList();
    }

    @Override
    public Rule withMeta(RuleMeta newMeta) {
        return new RequiredRule(newMeta, language(), all, window);
    }

    @Override
    public boolean judgesWholeDocument() {
        return true;
    }

    @Override
    public List<RuleHit> check(AnnotatedText doc) {
        String text = doc.text();
        for (int b = 0; b < doc.blockCount(); b++) {
            if (!anchors.isEmpty() && !doc.blockHasWordStarting(b, anchors) || !mayHold(doc, b)) {
                continue;
            }
            if (satisfiedIn(text, doc.block(b))) {
                return List.of();
            }
        }
        return List.of(RuleHit.document(null));
    }

    @Override
    public List<String> whyNoFinding(String text) {
        return List.of("the text contains the required statement: every one of the rule's 'statement' patterns "
                + "matches within one paragraph");
    }

    @Override
    public List<String> whyFinding(String text, List<String> matches) {
        return List.of("no paragraph contains all of the rule's 'statement' patterns within its window");
    }

    @Override
    public java.util.Collection<String> literals() {
        return literals.stream().flatMap(l -> l.strings().stream()).toList();
    }

    /** Whether the block holds the literals of every pattern (a few indexOf calls instead of RE2/J's NFA steps). */
    private boolean mayHold(AnnotatedText doc, int b) {
        for (int i = 0, n = literals.size(); i < n; i++) {
            if (!literals.get(i).admits(doc, b)) {
                return false;
            }
        }
        return true;
    }

    private boolean satisfiedIn(String text, TextView.Block block) {
        // RE2/J has no regions: match in the block's own text, as Java's opaque region bounds did
        String blockText = text.substring(block.start(), block.end());
        Matcher first = all.get(0).matcher(blockText);
        while (first.find()) {
            int from = Math.max(0, first.start() - window);
            int to = Math.min(blockText.length(), first.end() + window);
            String near = all.size() > 1 ? blockText.substring(from, to) : "";
            boolean everyPart = true;
            for (int i = 1; i < all.size() && everyPart; i++) {
                everyPart = all.get(i).matcher(near).find();
            }
            if (everyPart) {
                return true;
            }
        }
        return false;
    }
}

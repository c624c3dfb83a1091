package dev.medlint.core.rule;

import dev.medlint.core.lang.RequiredLiterals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.medlint.core.lang.LiteralHits;

/**
 * A regular expression of a rule, with the anchor words that let the engine skip text where it cannot match: a block
 * is searched only if one of its words starts with an anchor. Java's regex engine tries every position of the text,
 * which made regexes most of the cost of a run; anchors turn that into a word lookup. Anchors are given in the rule
 * file or derived from the pattern's leading words; a pattern with neither runs on every block.
 *
 * <p>RE2/J has no lookaround, so a match item may say what must not come right before ({@code not-preceded-by}) or
 * right after ({@code not-followed-by}) a match; each is tested on at most {@link #CONTEXT} characters of the block
 * next to the match, which keeps the test as linear as the match.
 *
 * <p>{@code literals} are the strings the pattern cannot match without ({@link RequiredLiterals}): a block that lacks
 * them is not searched, since RE2/J's search costs NFA steps on every character.
 *
 * <p>{@code atStart} is the pattern behind {@code \A}, for the anchored tries of {@link #spans(String, int, String)}:
 * RE2/J's anchored match keeps stepping to the end of the text after its last thread has died unless the pattern
 * itself begins with a start-of-text assertion, so every failed try cost the rest of the block. It is compiled on the
 * first try: compiling one for every regex of the packs made the start of a small check slower.
 */
public record RegexMatch(Pattern pattern, List<String> anchors, Pattern notPrecededBy, Pattern notFollowedBy,
        RequiredLiterals literals, List<String> starts, boolean startsAreWords, AtStart atStart) {
    /** How many characters before or after a match {@code not-preceded-by} and {@code not-followed-by} look at. */
    public static final int CONTEXT = 100;

    public RegexMatch {
        anchors = List.copyOf(anchors);
        starts = List.copyOf(starts);
    }

    /**
     * A regex whose matches start, as far as its syntax tells, at the ASCII words of {@code asciiStarts} after a
     * word boundary, else at the literal starts of {@code literals} (a Korean pattern such as
     * {@code (?:부작용|통증)(?:이|가)?\s*없}, which no word boundary begins), else anywhere.
     */
    public RegexMatch(Pattern pattern, List<String> anchors, Pattern notPrecededBy, Pattern notFollowedBy,
            RequiredLiterals literals) {
        this(pattern, anchors, notPrecededBy, notFollowedBy, literals, asciiStarts(pattern.pattern()),
                new AtStart(pattern));
    }

    private RegexMatch(Pattern pattern, List<String> anchors, Pattern notPrecededBy, Pattern notFollowedBy,
            RequiredLiterals literals, List<String> words, AtStart atStart) {
        this(pattern, anchors, notPrecededBy, notFollowedBy, literals, words.isEmpty() ? literals.starts() : words,
                !words.isEmpty(), atStart);
    }

    public static RegexMatch of(Pattern pattern, List<String> explicitAnchors) {
        return of(pattern, explicitAnchors, null, null);
    }

    /**
     * @param notPrecededBy what the text before a match must not end with, or null
     * @param notFollowedBy what the text after a match must not start with, or null
     */
    public static RegexMatch of(Pattern pattern, List<String> explicitAnchors, Pattern notPrecededBy,
            Pattern notFollowedBy) {
        List<String> anchors = explicitAnchors.isEmpty() ? derive(pattern.pattern()) : lower(explicitAnchors);
        return new RegexMatch(pattern, anchors, notPrecededBy == null ? null : endingWith(notPrecededBy),
                notFollowedBy, RequiredLiterals.of(pattern.pattern()));
    }

    /**
     * The literal word starts every match begins with, read from the pattern as {@link #derive} does (explicit
     * anchors need not start a match, so they are not used), when all are ASCII: then a match can only start at a
     * word boundary where the folded text holds one of them, and the search is tried at those places only.
     */
    private static List<String> asciiStarts(String regex) {
        List<String> d = derive(caseSensitiveStart(regex), true);
        for (String a : d) {
            for (int i = 0; i < a.length(); i++) {
                if (!asciiWord(a.charAt(i))) {
                    return List.of();
                }
            }
        }
        return d.stream().distinct().toList();
    }

    /**
     * The inside of a leading case-sensitive group, {@code (?-i:\b(?:I|I'm))} in {@code (?-i:\b(?:I|I'm))\s+had},
     * when the group is not repeated and nothing after it is an alternative to the whole: its starts are the
     * regex's, and the folded text they are looked for in holds them in either case. Else the regex itself.
     */
    private static String caseSensitiveStart(String regex) {
        if (!regex.startsWith("(?-i:")) {
            return regex;
        }
        int[] depth = syntaxDepths(regex);
        int close = -1;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '|' && depth[i] == 0) {
                return regex;
            }
            if (c == ')' && depth[i] == 1 && close < 0) {
                close = i;
            }
        }
        if (close < 0 || close + 1 < regex.length() && "?*{+".indexOf(regex.charAt(close + 1)) >= 0) {
            return regex;
        }
        return regex.substring(5, close);
    }

    /**
     * For each character of a regex that is group syntax ({@code (}, {@code )}, {@code |}, not escaped and not in a
     * character class), the number of groups open around it (a parenthesis counts its own group); -1 for the rest.
     */
    private static int[] syntaxDepths(String regex) {
        int[] out = new int[regex.length()];
        java.util.Arrays.fill(out, -1);
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                out[i] = ++depth;
            } else if (c == ')') {
                out[i] = depth--;
            } else if (c == '|') {
                out[i] = depth;
            }
        }
        return out;
    }

    private static boolean asciiWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** Whether the pattern may match in a text, given the text folded by {@link dev.medlint.core.lang.CaseFold}. */
    public boolean mayMatch(String folded) {
        return literals.admits(folded);
    }

    /** Whether the pattern may match in a block of the document ({@link RequiredLiterals#admits(AnnotatedText, int)}). */
    public boolean mayMatch(dev.medlint.core.lang.AnnotatedText doc, int blockIndex) {
        return literals.admits(doc, blockIndex);
    }

    /** Whether the pattern may match in some block of the document ({@link RequiredLiterals#admitsSomewhere}). */
    public boolean mayMatchSomewhere(dev.medlint.core.lang.AnnotatedText doc) {
        return literals.admitsSomewhere(doc);
    }

    /** As {@link #mayMatch(String)}, given the text's {@link dev.medlint.core.lang.CharPairs} (or its block's). */
    public boolean mayMatch(String folded, dev.medlint.core.lang.CharPairs pairs) {
        return literals.admits(folded, pairs);
    }

    /** The same pattern that matches only at the end of the text, so that a find tests "ends with". */
    private static Pattern endingWith(Pattern p) {
        return Pattern.compile("(?:" + p.pattern() + ")\\z", p.flags());
    }

    /**
     * The non-empty matches in one block's text, as {@code {start, end}} offsets plus {@code offset} (the block's
     * start in the document). A match the surrounding text rules out gives way to the next match starting after its
     * first character, as a failed lookaround would.
     */
    public List<int[]> spans(String blockText, int offset) {
        return spans(blockText, offset, null);
    }

    /**
     * As {@link #spans(String, int)}, given the block's text folded by {@link dev.medlint.core.lang.CaseFold}
     * (or null). RE2/J's unanchored search steps its NFA over every character from where it starts to the end of
     * the block; when the pattern starts every match with one of a few strings ({@link #starts}), it is instead
     * matched anchored at each place where one of them begins (at a word boundary, for {@link #startsAreWords}),
     * in order, which finds the same leftmost matches: every match starts at such a place, and the match an
     * anchored try finds there is the one the search would report for that start.
     */
    public List<int[]> spans(String blockText, int offset, String folded) {
        return spans(blockText, offset, folded, null, -1);
    }

    /**
     * As {@link #spans(String, int, String)}, given the document's literal hits (or null) and the block's index: a
     * start the hits show the block lacks is not searched for.
     */
    public List<int[]> spans(String blockText, int offset, String folded, LiteralHits hits, int block) {
        int[] at = folded == null || starts.isEmpty() || folded.length() != blockText.length() ? null
                : startsAreWords ? startPositions(blockText, folded, hits, block)
                : literalPositions(folded, hits, block);
        if (at == null) {
            return search(blockText, offset);
        }
        List<int[]> out = new ArrayList<>();
        Tail tail = new Tail(blockText);
        Matcher m = null;
        int from = 0;
        for (int p : at) {
            if (p < from) {
                continue;
            }
            tail.from = p;
            m = m == null ? atStart.get().matcher(tail) : m.reset(tail);
            if (!m.lookingAt()) {
                continue;
            }
            from = accept(blockText, p + m.start(), p + m.end(), offset, out);
        }
        return out;
    }

    /**
     * The places, sorted, where a match may start: a start word begins there in the folded text, at an ASCII word
     * character with no ASCII word character before it (RE2's {@code \b}). Null when a start word begins at a
     * character that folds to ASCII but is not (long s, Kelvin sign), where RE2's boundary differs; the block is
     * then searched whole.
     */
    private int[] startPositions(String text, String folded, LiteralHits hits, int block) {
        int[] at = new int[8];
        int n = 0;
        for (String a : starts) {
            if (lacks(hits, block, a)) {
                continue;
            }
            for (int i = folded.indexOf(a); i >= 0; i = folded.indexOf(a, i + 1)) {
                if (!asciiWord(text.charAt(i))) {
                    return null;
                }
                if (i > 0 && asciiWord(text.charAt(i - 1))) {
                    continue;
                }
                if (n == at.length) {
                    at = java.util.Arrays.copyOf(at, n * 2);
                }
                at[n++] = i;
            }
        }
        return sortedDistinct(at, n);
    }

    /** Whether the hits show the block lacks the string (false when they do not know it). */
    private static boolean lacks(LiteralHits hits, int block, String s) {
        if (hits == null) {
            return false;
        }
        int id = hits.table().id(s);
        return id >= 0 && !hits.inBlock(block, id);
    }

    private static int[] sortedDistinct(int[] at, int n) {
        java.util.Arrays.sort(at, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || at[i] != at[distinct - 1]) {
                at[distinct++] = at[i]; // a start that is a prefix of another ("eye", "eyelid") gives the same place
            }
        }
        return java.util.Arrays.copyOf(at, distinct);
    }

    /** The places, sorted, where one of {@link #starts} begins in the folded text. */
    private int[] literalPositions(String folded, LiteralHits hits, int block) {
        int[] at = new int[8];
        int n = 0;
        for (String a : starts) {
            if (lacks(hits, block, a)) {
                continue;
            }
            for (int i = folded.indexOf(a); i >= 0; i = folded.indexOf(a, i + 1)) {
                if (n == at.length) {
                    at = java.util.Arrays.copyOf(at, n * 2);
                }
                at[n++] = i;
            }
        }
        return sortedDistinct(at, n);
    }

    /** A pattern behind {@code \A}, compiled on first use (two threads may both compile it; either result serves). */
    public static final class AtStart {
        private final Pattern pattern;
        private volatile Pattern compiled;

        AtStart(Pattern pattern) {
            this.pattern = pattern;
        }

        Pattern get() {
            Pattern p = compiled;
            if (p == null) {
                p = Pattern.compile("\\A(?:" + pattern.pattern() + ")", pattern.flags());
                compiled = p;
            }
            return p;
        }
    }

    /** The text from a place to its end, without a copy; an anchored try matches at its first character. */
    private static final class Tail implements CharSequence {
        private final String text;
        int from;

        Tail(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length() - from;
        }

        @Override
        public char charAt(int index) {
            return text.charAt(from + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(from + start, from + end);
        }

        @Override
        public String toString() {
            return text.substring(from);
        }
    }

    private List<int[]> search(String blockText, int offset) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(blockText);
        int from = 0;
        while (from <= blockText.length() && m.find(from)) {
            from = accept(blockText, m.start(), m.end(), offset, out);
        }
        return out;
    }

    /**
     * Keeps one match unless the text around it rules it out, and says where the next match may start: right after
     * the first character of a match ruled out (as a failed lookaround would), else after the match.
     */
    private int accept(String text, int start, int end, int offset, List<int[]> out) {
        if (!allowed(text, start, end)) {
            return start + 1;
        }
        if (end > start) {
            out.add(new int[] {start + offset, end + offset});
        }
        return end > start ? end : end + 1;
    }

    private boolean allowed(String text, int start, int end) {
        if (notPrecededBy != null
                && notPrecededBy.matcher(text.substring(Math.max(0, start - CONTEXT), start)).find()) {
            return false;
        }
        return notFollowedBy == null
                || !notFollowedBy.matcher(text.substring(end, Math.min(text.length(), end + CONTEXT))).lookingAt();
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * The literal word prefixes one of which every match starts with, for patterns of the shape {@code \bword...} or
     * {@code \b(?:one|two|three)...}; empty when the pattern does not have that shape.
     */
    static List<String> derive(String regex) {
        return derive(regex, false);
    }

    /**
     * As {@link #derive(String)}; with {@code digits}, an alternative that starts with {@code \d} gives the ten
     * digits (a match start, not an anchor word: a block's words are looked up by their letters).
     */
    private static List<String> derive(String regex, boolean digits) {
        String r = regex;
        if (r.startsWith("(?i)")) {
            r = r.substring(4);
        }
        // The anchors are looked up as word starts, so only a pattern that starts at a word boundary has them.
        if (!r.startsWith("\\b")) {
            return List.of();
        }
        r = r.substring(2);
        if (r.startsWith("(?i)")) {
            r = r.substring(4);
        }
        // One scan: a '|' outside every group leaves the pattern unanchored ("\bfree|discount": the second
        // alternative starts with no listed word); the '|' of a leading (?:...) group split alternatives.
        boolean grouped = r.startsWith("(?:");
        List<String> alternatives = new ArrayList<>();
        int[] depth = syntaxDepths(r);
        int start = 3;
        int groupEnd = -1;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            boolean inFirstGroup = grouped && groupEnd < 0;
            if (c == '|' && depth[i] == 0) {
                return List.of();
            } else if ((c == ')' || c == '|') && depth[i] == 1 && inFirstGroup) {
                alternatives.add(r.substring(start, i));
                if (c == ')') {
                    groupEnd = i;
                } else {
                    start = i + 1;
                }
            }
        }
        if (!grouped) {
            alternatives.add(r);
        } else if (groupEnd < 0) {
            return List.of();
        } else if (groupEnd + 1 < r.length() && "?*{".indexOf(r.charAt(groupEnd + 1)) >= 0) {
            return List.of(); // an optional group anchors nothing
        }
        List<String> anchors = new ArrayList<>();
        for (String alt : alternatives) {
            if (digits && alt.startsWith("\\d")) {
                for (char d = '0'; d <= '9'; d++) {
                    anchors.add(String.valueOf(d));
                }
                continue;
            }
            String prefix = literalPrefix(alt);
            if (prefix.isEmpty() || dev.medlint.core.lang.Script.hasHangul(prefix, 0, prefix.length())) {
                return List.of(); // Korean words fuse (보톡스무료): a Korean literal need not start a word
            }
            anchors.add(prefix.toLowerCase(Locale.ROOT));
        }
        return anchors;
    }

    private static String literalPrefix(String alt) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < alt.length(); i++) {
            char c = alt.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                break;
            }
            if (i + 1 < alt.length() && "?*{".indexOf(alt.charAt(i + 1)) >= 0) {
                break; // the character is optional
            }
            b.append(c);
        }
        return b.toString();
    }
}

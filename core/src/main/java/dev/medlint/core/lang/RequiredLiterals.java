package dev.medlint.core.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The literal strings a regex cannot match without, read from its syntax: a list of groups, and every match
 * contains (case-folded, see {@link CaseFold}) at least one string of every group. RE2/J has no DFA, so a search costs
 * NFA steps on every character of the text; a text that lacks a group is ruled out by a few {@code indexOf} calls
 * instead. {@code \b(?:lift|filler)s?\s+(?:expert|guru)\b} gives the groups [lift, filler] and [expert, guru].
 *
 * <p>The reading is conservative: a construct it does not know ({@code \Q}, back references, a cased non-ASCII
 * letter, whose case folding is not plain) requires nothing, and so does anything optional or repeated from zero,
 * or a lookaround (java.util.regex syntax, which the languages' own sentence tests use), so the groups never rule
 * out a text the regex matches.
 */
public final class RequiredLiterals {
    /** Requires nothing: admits every text. */
    public static final RequiredLiterals NONE = new RequiredLiterals(List.of(), List.of());

    /** The most strings an exact set (all the strings a part of the regex matches) may hold. */
    private static final int LIMIT = 64;

    private final List<List<String>> groups;
    private final List<String> starts;
    /** The groups' strings as numbers of the last {@link LiteralTable} asked about (-1: not in it), or null. */
    private volatile Numbered numbered;

    private record Numbered(LiteralTable table, int[][] ids) {
    }

    /**
     * @param groups every match contains a string of every group
     * @param starts every match begins with one of these strings, shortest first (see {@link #startsOf}); empty
     *               when not known
     */
    public RequiredLiterals(List<List<String>> groups, List<String> starts) {
        this.groups = groups.stream().map(List::copyOf).toList();
        this.starts = List.copyOf(starts);
    }

    /** Every match contains a string of every group. */
    public List<List<String>> groups() {
        return groups;
    }

    /** Every match begins with one of these strings; empty when not known. */
    public List<String> starts() {
        return starts;
    }

    /** Every string of every group, for a {@link LiteralTable}. */
    public List<String> strings() {
        return groups.stream().flatMap(List::stream).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequiredLiterals r && r.groups.equals(groups) && r.starts.equals(starts);
    }

    @Override
    public int hashCode() {
        return 31 * groups.hashCode() + starts.hashCode();
    }

    @Override
    public String toString() {
        return "RequiredLiterals[groups=" + groups + ", starts=" + starts + "]";
    }

    /** The groups and starts of a regex in RE2 syntax; {@link #NONE} when the syntax is not known. */
    public static RequiredLiterals of(String regex) {
        Info info;
        try {
            Reader r = new Reader(regex);
            info = r.alternation();
            if (r.pos != regex.length()) {
                return NONE;
            }
        } catch (Unsupported | IndexOutOfBoundsException e) {
            return NONE;
        }
        List<List<String>> groups = new ArrayList<>();
        for (Set<String> g : info.all()) {
            groups.add(minimal(g));
        }
        groups.sort(Comparator.comparingInt(List::size)); // the fewest look-ups first
        return new RequiredLiterals(groups, starts(info));
    }

    /**
     * The strings, folded by {@link CaseFold}, one of which every match of a regex begins with, shortest first;
     * empty when that is not known from the syntax, or when the regex may match the empty string or starts with an
     * assertion such as {@code \b} (whose answer depends on the character before the match).
     */
    public static List<String> startsOf(String regex) {
        return of(regex).starts();
    }

    private static List<String> starts(Info info) {
        if (info.starts() == null || info.nullable() || info.starts().isEmpty()) {
            return List.of();
        }
        List<String> sorted = new ArrayList<>(info.starts());
        sorted.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        List<String> out = new ArrayList<>();
        for (String s : sorted) {
            if (out.stream().noneMatch(s::startsWith)) {
                out.add(s); // a start that begins with a shorter one is found where the shorter one is
            }
        }
        return out;
    }

    /** Whether nothing is required. */
    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Whether a text, folded by {@link CaseFold}, holds a string of every group (so the regex may match in it). */
    public boolean admits(String folded) {
        return admits(folded, null);
    }

    /**
     * As {@link #admits(String)}, given the {@link CharPairs} of the text or of a text that holds it (its block), or
     * null: a string with a pair they lack is not searched for.
     */
    public boolean admits(String folded, CharPairs pairs) {
        // indexed loops: this runs for every rule on every block, and the iterators were a fifth of its allocation
        for (int i = 0, n = groups.size(); i < n; i++) {
            List<String> g = groups.get(i);
            boolean found = false;
            for (int j = 0, m = g.size(); j < m; j++) {
                String s = g.get(j);
                if ((pairs == null || pairs.mayContain(s)) && folded.contains(s)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a block of the document, folded, holds a string of every group: answered from the document's
     * {@link AnnotatedText#literalHits} when it has them, else by searching the block.
     */
    public boolean admits(AnnotatedText doc, int blockIndex) {
        LiteralHits hits = doc.literalHits();
        if (hits == null) {
            return admits(doc.foldedBlock(blockIndex), doc.charPairs(blockIndex));
        }
        return holds(doc, hits, blockIndex);
    }

    /**
     * False only when the document's {@link AnnotatedText#literalHits} show that the block lacks every string of a
     * group; true when the document has none (a cheap first test before a search of one sentence of the block).
     */
    public boolean admitsIfKnown(AnnotatedText doc, int blockIndex) {
        return doc.literalHits() == null || admits(doc, blockIndex);
    }

    /**
     * Whether some block of the document holds a string of every group (not necessarily the same block): when not,
     * no block {@link #admits(AnnotatedText, int) admits} the regex. Without literal hits, the whole folded text is
     * searched, which may admit more, never less.
     */
    public boolean admitsSomewhere(AnnotatedText doc) {
        LiteralHits hits = doc.literalHits();
        if (hits == null) {
            return admits(doc.foldedText(), doc.textCharPairs());
        }
        return holds(doc, hits, -1);
    }

    /**
     * Whether block {@code blockIndex} (or, for -1, some block) holds a string of every group, by the hits; a string
     * the table lacks is searched for in the folded block (or text).
     */
    private boolean holds(AnnotatedText doc, LiteralHits hits, int blockIndex) {
        int[][] ids = idsIn(hits.table());
        for (int i = 0; i < ids.length; i++) {
            boolean found = false;
            for (int j = 0; j < ids[i].length && !found; j++) {
                int id = ids[i][j];
                if (id < 0) {
                    String folded = blockIndex < 0 ? doc.foldedText() : doc.foldedBlock(blockIndex);
                    found = folded.contains(groups.get(i).get(j));
                } else {
                    found = blockIndex < 0 ? hits.anywhere(id) : hits.inBlock(blockIndex, id);
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** The groups' strings as numbers of the table, worked out once per table (an engine has one per language). */
    private int[][] idsIn(LiteralTable table) {
        Numbered n = numbered;
        if (n == null || n.table() != table) {
            int[][] ids = new int[groups.size()][];
            for (int i = 0; i < ids.length; i++) {
                List<String> g = groups.get(i);
                ids[i] = new int[g.size()];
                for (int j = 0; j < ids[i].length; j++) {
                    ids[i][j] = table.id(g.get(j));
                }
            }
            n = new Numbered(table, ids);
            numbered = n; // two threads may both work it out; either result serves
        }
        return n.ids();
    }

    /** The group without the strings that contain a shorter one of it (which occurs wherever they do). */
    private static List<String> minimal(Set<String> g) {
        List<String> sorted = new ArrayList<>(g);
        sorted.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        List<String> out = new ArrayList<>();
        for (String s : sorted) {
            if (out.stream().noneMatch(s::contains)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * What one part of the regex needs: {@code exact}, every string it can match when they are few (else null), and
     * {@code required}, groups as above (used when {@code exact} is null). {@code starts}: strings one of which
     * every non-empty match of the part begins with, or null when not known; {@code nullable}: whether the part
     * may match the empty string.
     */
    private record Info(Set<String> exact, List<Set<String>> required, Set<String> starts, boolean nullable) {
        /** Any one character of many. */
        static final Info ONE = new Info(null, List.of(), null, false);
        /** Anything, the empty string too. */
        static final Info ANY = new Info(null, List.of(), null, true);
        /** The empty string (a flag group). */
        static final Info EMPTY = exactly(Set.of(""));
        /**
         * An empty-width assertion ({@code \b}, {@code ^}): nothing to require, but a match starting with one
         * depends on the character before it, so the part gives no starts.
         */
        static final Info ASSERTION = new Info(Set.of(""), List.of(), null, true);
        static final Set<String> DIGITS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

        static Info exactly(Set<String> strings) {
            Set<String> exact = Set.copyOf(strings);
            if (!exact.contains("")) {
                return new Info(exact, List.of(), exact, false);
            }
            Set<String> starts = new HashSet<>(exact);
            starts.remove("");
            return new Info(exact, List.of(), starts, true);
        }

        /** What nothing is required of but which starts with one of {@code starts} (null: not known). */
        static Info starting(Set<String> starts, boolean nullable) {
            return new Info(null, List.of(), starts, nullable);
        }

        Info with(Set<String> newStarts, boolean newNullable) {
            return new Info(exact, required, newStarts, newNullable);
        }

        List<Set<String>> all() {
            if (exact != null) {
                return exact.contains("") ? List.of() : List.of(exact);
            }
            return required;
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** A recursive-descent reading of RE2 syntax, just deep enough to know which literals a match must contain. */
    private static final class Reader {
        private final String re;
        private int pos;

        Reader(String re) {
            this.re = re;
        }

        private boolean more() {
            return pos < re.length();
        }

        private char peek() {
            return re.charAt(pos);
        }

        Info alternation() {
            List<Info> alternatives = new ArrayList<>();
            alternatives.add(concatenation());
            while (more() && peek() == '|') {
                pos++;
                alternatives.add(concatenation());
            }
            return alternatives.size() == 1 ? alternatives.get(0) : alternate(alternatives);
        }

        private Info concatenation() {
            List<Info> parts = new ArrayList<>();
            while (more() && peek() != '|' && peek() != ')') {
                parts.add(repetition());
            }
            return concatenate(parts);
        }

        private Info repetition() {
            Info a = atom();
            while (more()) {
                char c = peek();
                if (c == '*') {
                    pos++;
                    a = Info.starting(a.starts(), true);
                } else if (c == '+') {
                    pos++;
                    a = new Info(null, a.all(), a.starts(), a.nullable());
                } else if (c == '?') {
                    pos++;
                    a = optional(a);
                } else if (c == '{') {
                    int close = re.indexOf('}', pos);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    String body = re.substring(pos + 1, close);
                    if (!body.matches("\\d+(,\\d*)?")) {
                        throw new Unsupported(); // RE2 reads such a brace as a literal; not worth knowing
                    }
                    pos = close + 1;
                    int min = Integer.parseInt(body.split(",", -1)[0]);
                    boolean once = body.equals("1");
                    if (min == 0) {
                        a = Info.starting(a.starts(), true);
                    } else if (!once) {
                        a = new Info(null, a.all(), a.starts(), a.nullable());
                    }
                } else {
                    break;
                }
                if (more() && peek() == '?') {
                    pos++; // non-greedy: same strings
                }
            }
            return a;
        }

        private static Info optional(Info a) {
            if (a.exact() == null || a.exact().size() >= LIMIT) {
                return Info.starting(a.starts(), true);
            }
            Set<String> s = new HashSet<>(a.exact());
            s.add("");
            return Info.exactly(s).with(a.starts(), true);
        }

        private Info atom() {
            char c = peek();
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return charClass();
                case '.':
                    pos++;
                    return Info.ONE;
                case '^':
                case '$':
                    pos++;
                    return Info.ASSERTION;
                case '\\':
                    return escape();
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new Unsupported();
                default:
                    pos++;
                    return literal(c);
            }
        }

        private Info group() {
            pos++; // (
            if (more() && peek() == '?') {
                pos++;
                if (re.startsWith("=", pos) || re.startsWith("!", pos) || re.startsWith("<=", pos)
                        || re.startsWith("<!", pos)) {
                    return lookaround(); // java.util.regex syntax (the languages' own sentence tests)
                }
                if (re.startsWith("P<", pos) || (re.startsWith("<", pos) && !re.startsWith("<=", pos)
                        && !re.startsWith("<!", pos))) {
                    int close = re.indexOf('>', pos);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    pos = close + 1;
                } else {
                    while (more() && (Character.isLetter(peek()) || peek() == '-')) {
                        pos++; // flags change case and line handling only, which the folding already covers
                    }
                    if (more() && peek() == ')') {
                        pos++;
                        if (more() && "*+?{".indexOf(peek()) >= 0) {
                            throw new Unsupported(); // RE2 repeats what came before the flags: not worth knowing
                        }
                        return Info.EMPTY;
                    }
                    if (!more() || peek() != ':') {
                        throw new Unsupported();
                    }
                    pos++;
                }
            }
            Info inner = alternation();
            if (!more() || peek() != ')') {
                throw new Unsupported();
            }
            pos++;
            return inner;
        }

        /**
         * A lookahead or lookbehind: read for its syntax, and taken for an assertion ({@link Info#ASSERTION}): it only
         * narrows where the rest of the regex matches, so it requires nothing of the text itself.
         */
        private Info lookaround() {
            pos += peek() == '<' ? 2 : 1;
            alternation();
            if (!more() || peek() != ')') {
                throw new Unsupported();
            }
            pos++;
            if (more() && "*+?{".indexOf(peek()) >= 0) {
                throw new Unsupported();
            }
            return Info.ASSERTION;
        }

        private Info escape() {
            pos++; // backslash
            char c = re.charAt(pos++);
            switch (c) {
                case 'b':
                case 'B':
                case 'A':
                case 'z':
                    return Info.ASSERTION;
                case 'd':
                    return Info.starting(Info.DIGITS, false); // RE2's \d is ASCII
                case 'D':
                case 'w':
                case 'W':
                case 's':
                case 'S':
                case 'C':
                case 'n':
                case 't':
                case 'r':
                case 'f':
                case 'v':
                case 'a':
                    return Info.ONE;
                case 'p':
                case 'P':
                case 'x':
                    skipEscapeArgument(c);
                    return Info.ONE;
                default:
                    if (Character.isLetterOrDigit(c)) {
                        throw new Unsupported(); // \Q, octal, back references: not read
                    }
                    return literal(c);
            }
        }

        /** Skips the argument of {@code \p}, {@code \P} or {@code \x}: a braced name, or one letter or two hex digits. */
        private void skipEscapeArgument(char c) {
            if (peek() == '{') {
                int close = re.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                pos = close + 1;
            } else {
                pos += c == 'x' ? 2 : 1;
            }
        }

        private Info charClass() {
            pos++; // [
            boolean any = false;
            if (more() && peek() == '^') {
                pos++;
                any = true;
            }
            Set<Character> chars = new LinkedHashSet<>();
            boolean first = true;
            while (true) {
                char c = re.charAt(pos);
                if (c == ']' && !first) {
                    pos++;
                    break;
                }
                first = false;
                if (re.startsWith("[:", pos)) {
                    int close = re.indexOf(":]", pos + 2);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    pos = close + 2;
                    any = true;
                    continue;
                }
                int lo = classChar();
                if (lo == DIGIT_CLASS && re.charAt(pos) != '-') {
                    for (char d = '0'; d <= '9'; d++) {
                        chars.add(d);
                    }
                } else if (lo >= 0 && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                    pos++;
                    int hi = classChar();
                    if (hi < 0 || hi < lo || hi - lo > 10) {
                        any = true;
                    } else {
                        for (int x = lo; x <= hi; x++) {
                            chars.add((char) x);
                        }
                    }
                } else if (lo >= 0) {
                    chars.add((char) lo);
                } else {
                    any = true;
                }
            }
            if (any) {
                return Info.ONE;
            }
            Set<String> folded = new HashSet<>();
            for (char ch : chars) {
                if (!plain(ch)) {
                    return Info.ONE;
                }
                folded.add(String.valueOf(CaseFold.fold(ch)));
            }
            // a larger class is no use as a required group, but it still says how a match may start
            return folded.size() > 10 ? Info.starting(folded, false) : Info.exactly(folded);
        }

        /** {@link #classChar()}'s answer for {@code \d}. */
        private static final int DIGIT_CLASS = -2;

        /**
         * One character of a class, {@link #DIGIT_CLASS} for {@code \d}, or -1 for another class escape
         * ({@code \p{L}}) or one not read.
         */
        private int classChar() {
            char c = re.charAt(pos++);
            if (c == '\\') {
                char e = re.charAt(pos++);
                if (e == 'p' || e == 'P' || e == 'x') {
                    skipEscapeArgument(e);
                    return -1;
                }
                if (e == 'd') {
                    return DIGIT_CLASS;
                }
                return Character.isLetterOrDigit(e) ? -1 : e;
            }
            return Character.isSurrogate(c) ? -1 : c;
        }

        private static Info literal(char c) {
            return plain(c) ? Info.exactly(Set.of(String.valueOf(CaseFold.fold(c)))) : Info.ONE;
        }

        /**
         * Whether the folding of {@link CaseFold} is exact for the character: ASCII, or a caseless character (Hangul,
         * Han, punctuation, currency and math signs) that nothing else folds to.
         */
        private static boolean plain(char c) {
            if (c < 128) {
                return true;
            }
            if (Character.isSurrogate(c) || Character.toUpperCase(c) != c || Character.toLowerCase(c) != c) {
                return false;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN) {
                return true;
            }
            switch (Character.getType(c)) {
                case Character.DASH_PUNCTUATION:
                case Character.START_PUNCTUATION:
                case Character.END_PUNCTUATION:
                case Character.INITIAL_QUOTE_PUNCTUATION:
                case Character.FINAL_QUOTE_PUNCTUATION:
                case Character.OTHER_PUNCTUATION:
                case Character.CONNECTOR_PUNCTUATION:
                case Character.CURRENCY_SYMBOL:
                case Character.MATH_SYMBOL:
                case Character.OTHER_SYMBOL: // stars and emoji are caseless; left out, star ratings ran unfiltered
                case Character.MODIFIER_SYMBOL:
                case Character.SPACE_SEPARATOR:
                    return true;
                default:
                    return false;
            }
        }

        private static Info concatenate(List<Info> parts) {
            List<Set<String>> required = new ArrayList<>();
            Set<String> run = Set.of("");
            boolean exact = true;
            Set<String> lead = null; // the strings of the leading exact parts, joined
            int leadParts = 0;
            for (Info p : parts) {
                if (lead == null && p.starts() == null) {
                    lead = run; // an assertion ends the leading run, though it joins the exact strings
                }
                if (p.exact() != null && (long) run.size() * p.exact().size() <= LIMIT) {
                    run = product(run, p.exact());
                    if (lead == null) {
                        leadParts++;
                    }
                    continue;
                }
                if (lead == null) {
                    lead = run;
                }
                exact = false;
                if (!run.contains("")) {
                    required.add(run);
                }
                if (p.exact() != null) {
                    run = p.exact();
                } else {
                    required.addAll(p.required());
                    run = Set.of("");
                }
            }
            Info starts = startsOf(parts, lead == null ? run : lead, leadParts);
            if (exact) {
                return Info.exactly(run).with(starts.starts(), starts.nullable());
            }
            if (!run.contains("")) {
                required.add(run);
            }
            return new Info(null, required, starts.starts(), starts.nullable());
        }

        /**
         * How a sequence of parts starts: with a string of its leading exact parts joined ({@code lead}, the first
         * {@code leadParts} parts: 통증 from 통 and 증), and where those may all be empty, with a start of the next
         * part, and of the one after while the parts before may be empty; not known as soon as one of those parts'
         * starts is not.
         */
        private static Info startsOf(List<Info> parts, Set<String> lead, int leadParts) {
            boolean nullable = parts.stream().allMatch(Info::nullable);
            Set<String> run = lead;
            int k = leadParts;
            Set<String> starts = new HashSet<>(run);
            starts.remove("");
            if (!run.contains("")) {
                return Info.starting(starts, false);
            }
            for (; k < parts.size(); k++) {
                Info p = parts.get(k);
                if (p.starts() == null) {
                    return Info.starting(null, nullable);
                }
                starts.addAll(p.starts());
                if (!p.nullable()) {
                    return Info.starting(starts, false);
                }
            }
            return Info.starting(starts, nullable);
        }

        private static Set<String> product(Set<String> left, Set<String> right) {
            Set<String> out = new HashSet<>();
            for (String a : left) {
                for (String b : right) {
                    out.add(a + b);
                }
            }
            return out;
        }

        private static Info alternate(List<Info> alternatives) {
            boolean nullable = alternatives.stream().anyMatch(Info::nullable);
            Set<String> starts = new HashSet<>();
            for (Info a : alternatives) {
                if (a.starts() == null) {
                    starts = null;
                    break;
                }
                starts.addAll(a.starts());
            }
            if (alternatives.stream().allMatch(a -> a.exact() != null)) {
                Set<String> union = new HashSet<>();
                alternatives.forEach(a -> union.addAll(a.exact()));
                if (union.size() <= LIMIT) {
                    return Info.exactly(union).with(starts, nullable);
                }
            }
            Set<String> union = new HashSet<>();
            for (Info a : alternatives) {
                List<Set<String>> groups = a.all();
                if (groups.isEmpty()) {
                    return Info.starting(starts, nullable);
                }
                union.addAll(best(groups));
            }
            return new Info(null, List.of(union), starts, nullable);
        }

        /** The group that says most: the longest shortest string, then the fewest strings. */
        private static Set<String> best(List<Set<String>> groups) {
            return groups.stream().max(Comparator.<Set<String>>comparingInt(
                    g -> g.stream().mapToInt(String::length).min().orElse(0))
                    .thenComparing(g -> -g.size())).orElseThrow();
        }
    }
}

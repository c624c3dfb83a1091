package dev.medlint.core.rule;

import dev.medlint.core.lang.RequiredLiterals;
import dev.medlint.core.lang.LanguageProfile;
import dev.medlint.core.lang.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import com.google.re2j.Pattern;

/**
 * A sequence of token constraints, in the spirit of LanguageTool's token patterns: each constraint tests a token's
 * word form, lemma, regex, part-of-speech tag or word class, may be optional, may be negated, and may let up to a
 * few tokens stand before it (a bounded gap that never crosses a clause boundary). Immutable.
 */
public final class TokenPattern {
    /**
     * One token constraint; every given test must hold (or, with {@code not}, not all of them). When
     * {@code formsComplete}, {@code lemmaForms} lists every form of the lemmas (the language profile's lexicon), so
     * the lemma test reads the word form alone and never needs the lemmatizer.
     */
    public record Constraint(Set<String> words, Set<String> lemmas, Set<String> lemmaForms, boolean formsComplete,
            Pattern regex, Set<String> tags, String wordClass, boolean not, boolean optional, int skip) {
        public Constraint {
            words = Set.copyOf(words);
            lemmas = Set.copyOf(lemmas);
            lemmaForms = Set.copyOf(lemmaForms);
            tags = Set.copyOf(tags);
        }

        /** Whether the constraint names words (forms, lemmas or a class), so the word scan can find it cheaply. */
        boolean lexical() {
            return !not && (!words.isEmpty() || !lemmas.isEmpty());
        }

        boolean needsTags() {
            return !tags.isEmpty();
        }

        boolean needsLemmas() {
            return !lemmas.isEmpty() && !formsComplete;
        }

        boolean test(Token t) {
            return test(t, false);
        }

        /**
         * Whether the token satisfies the constraint. When {@code optimistic}, a tag or model lemma the token lacks
         * (not computed yet) counts as satisfying it, whichever way {@code not} turns: the answer is then true
         * whenever the real one could be, so a pattern that fails optimistically on untagged tokens fails tagged.
         */
        boolean test(Token t, boolean optimistic) {
            String lower = t.lower();
            if (!words.isEmpty() && !words.contains(lower)) {
                return not;
            }
            boolean unknown = false;
            if (!lemmas.isEmpty() && !lemmaForms.contains(lower)) {
                if (formsComplete) {
                    return not;
                }
                if (t.lemma() == null) {
                    if (!optimistic) {
                        return not;
                    }
                    unknown = true;
                } else if (!lemmas.contains(t.lemma())) {
                    return not;
                }
            }
            if (regex != null && !regex.matcher(t.text()).matches()) {
                return not;
            }
            if (!tags.isEmpty()) {
                if (t.tag() == null) {
                    if (!optimistic) {
                        return not;
                    }
                    unknown = true;
                } else if (!tags.contains(t.tag())) {
                    return not;
                }
            }
            return unknown || !not;
        }

        /** The constraint as written, for {@code rules explain}. */
        String describe() {
            List<String> parts = new ArrayList<>();
            if (wordClass != null) {
                parts.add("class " + wordClass);
            } else if (!words.isEmpty()) {
                parts.add("word " + String.join("|", new java.util.TreeSet<>(words)));
            }
            if (!lemmas.isEmpty()) {
                parts.add("lemma " + String.join("|", new java.util.TreeSet<>(lemmas)));
            }
            if (regex != null) {
                parts.add("regex " + regex.pattern());
            }
            if (!tags.isEmpty()) {
                parts.add("pos " + String.join("|", new java.util.TreeSet<>(tags)));
            }
            String body = String.join(" ", parts);
            return (skip > 0 ? "(up to " + skip + " words) " : "") + (not ? "not " : "") + "[" + body + "]"
                    + (optional ? "?" : "");
        }
    }

    private final List<Constraint> constraints;

    public TokenPattern(List<Constraint> constraints) {
        if (constraints.isEmpty() || constraints.stream().allMatch(Constraint::optional)) {
            throw new IllegalArgumentException("a pattern needs at least one token that is not optional");
        }
        this.constraints = List.copyOf(constraints);
    }

    public List<Constraint> constraints() {
        return constraints;
    }

    /**
     * The word forms (lower case) one of which every match contains, or empty when no constraint is lexical. A token
     * with a form the word scan never yields ("#", "%") cannot anchor: no scanned word would ever match it.
     */
    Set<String> anchors(LanguageProfile profile) {
        for (Constraint c : constraints) {
            if (!c.optional() && c.lexical() && c.words().stream().allMatch(f -> longestRun(f) != null)) {
                Set<String> forms = new java.util.HashSet<>(c.words());
                forms.addAll(c.lemmaForms());
                return Set.copyOf(forms);
            }
        }
        return Set.of();
    }

    /**
     * For each required lexical token, the words the cheap word scan (runs of letters and digits) finds where one
     * of its forms stands: the form itself when plain, else its longest run ("reality-star": star, "unheard-of":
     * unheard), so a sentence can hold a match only if it holds one of them for every such token. A token with a
     * form that has no letters or digits ("-", "%") is left out.
     */
    List<Set<String>> requiredWords() {
        List<Set<String>> out = new ArrayList<>();
        for (Constraint c : constraints) {
            // A lemma read by the lemmatizer also matches forms no list holds, so it filters nothing; a lemma whose
            // forms the profile lists completely filters like its forms.
            if (c.optional() || !c.lexical() || c.needsLemmas()) {
                continue;
            }
            Set<String> forms = c.words().isEmpty() ? c.lemmaForms() : c.words();
            Set<String> scanned = new java.util.HashSet<>();
            for (String f : forms) {
                String piece = longestRun(f);
                if (piece == null) {
                    scanned = null;
                    break;
                }
                scanned.add(piece);
            }
            if (scanned != null) {
                out.add(Set.copyOf(scanned));
            }
        }
        return out;
    }

    /** The longest run of letters and digits in a form, as the word scan splits text, or null when there is none. */
    private static String longestRun(String form) {
        String best = null;
        int i = 0;
        while (i < form.length()) {
            int start = i;
            while (i < form.length() && Character.isLetterOrDigit(form.codePointAt(i))) {
                i += Character.charCount(form.codePointAt(i));
            }
            if (i > start && (best == null || i - start > best.length())) {
                best = form.substring(start, i);
            }
            if (i == start) {
                i += Character.charCount(form.codePointAt(i));
            }
        }
        return best;
    }

    /**
     * The regexes of the required tokens that can be tried on a sentence's text with {@code find} instead of on
     * its tokens: a token matching one is a stretch of the text it is found in, so a sentence without a find holds
     * no match. Regexes with anchors, boundaries or lookaround, which a stretch and its text may answer differently,
     * are left out.
     */
    List<Pattern> requiredTextRegexes() {
        List<Pattern> out = new ArrayList<>();
        for (Constraint c : constraints) {
            if (!c.optional() && !c.not() && c.regex() != null && wordRegex(c) == null
                    && !CONTEXT_SENSITIVE.matcher(c.regex().pattern()).find()) {
                out.add(c.regex());
            }
        }
        return out;
    }

    /**
     * The regexes of the required tokens that name no words and can be tried on the scanned words (see
     * {@link #wordAnchor}): a sentence holding a match holds a scanned word matching each.
     */
    List<Pattern> requiredWordRegexes() {
        List<Pattern> out = new ArrayList<>();
        for (Constraint c : constraints) {
            Pattern r = c.optional() || c.not() || !c.words().isEmpty() ? null : wordRegex(c);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** The constraint's regex made case-insensitive when it can only match a run of letters and digits, or null. */
    private static Pattern wordRegex(Constraint c) {
        if (c.regex() == null || !WORD_REGEX.matcher(c.regex().pattern()).matches()) {
            return null;
        }
        return Pattern.compile(c.regex().pattern(), c.regex().flags() | Pattern.CASE_INSENSITIVE);
    }

    /**
     * For each required token that lists only punctuation-like forms the word scan never yields ("%", "+"), those
     * forms: a sentence holding a match holds one of them in its lower-cased text.
     */
    List<Set<String>> requiredLiterals() {
        List<Set<String>> out = new ArrayList<>();
        for (Constraint c : constraints) {
            if (!c.optional() && c.lexical() && !c.needsLemmas() && !c.words().isEmpty()
                    && c.words().stream().anyMatch(f -> longestRun(f) == null)) {
                out.add(c.words());
            }
        }
        return out;
    }

    /**
     * Two consecutive required tokens that name plain ASCII words, the second with no gap allowed before it: when
     * tokens are verbatim stretches of the text with only white space between them, a sentence holding a match
     * holds, in its text folded by {@link dev.medlint.core.lang.CaseFold}, a form of the first, then nothing but
     * characters other than ASCII letters and digits, then a form of the second.
     */
    static final class AdjacentWords {
        private final Set<String> first;
        private final Set<String> second;
        /**
         * Searched from the side whose shortest form is longer: a short form ("a", "he") occurs all over a sentence,
         * and each occurrence would be followed up.
         */
        private final boolean backward;
        /** A form of each word somewhere in the block: what a sentence of it needs first. */
        private final RequiredLiterals inBlock;

        AdjacentWords(Set<String> first, Set<String> second) {
            this.first = first;
            this.second = second;
            this.backward = shortest(second) > shortest(first);
            this.inBlock = new RequiredLiterals(List.of(first.stream().sorted().toList(),
                    second.stream().sorted().toList()), List.of());
        }

        /** False when the document's literal hits show the block lacks a form of either word. */
        boolean mayOccurIn(dev.medlint.core.lang.AnnotatedText doc, int blockIndex) {
            return inBlock.admitsIfKnown(doc, blockIndex);
        }

        /** The forms, for the engine's {@link dev.medlint.core.lang.LiteralTable}. */
        List<String> literals() {
            return inBlock.strings();
        }

        boolean occursIn(String folded) {
            return occursIn(folded, null);
        }

        /**
         * As {@link #occursIn(String)}, given the {@link dev.medlint.core.lang.CharPairs} of the text or of a text
         * that holds it (or null): a form with a pair they lack is not searched for.
         */
        boolean occursIn(String folded, dev.medlint.core.lang.CharPairs pairs) {
            return backward ? occursBackwardIn(folded, pairs) : occursForwardIn(folded, pairs);
        }

        private boolean occursForwardIn(String folded, dev.medlint.core.lang.CharPairs pairs) {
            for (String a : first) {
                if (pairs != null && !pairs.mayContain(a)) {
                    continue;
                }
                for (int at = folded.indexOf(a); at >= 0; at = folded.indexOf(a, at + 1)) {
                    int k = at + a.length();
                    while (k < folded.length() && !asciiAlnum(folded.charAt(k))) {
                        k++;
                    }
                    for (String b : second) {
                        if (folded.startsWith(b, k)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** The same test from each form of the second word back to the end of a form of the first. */
        private boolean occursBackwardIn(String folded, dev.medlint.core.lang.CharPairs pairs) {
            for (String b : second) {
                if (pairs != null && !pairs.mayContain(b)) {
                    continue;
                }
                for (int at = folded.indexOf(b); at >= 0; at = folded.indexOf(b, at + 1)) {
                    int end = at;
                    while (end > 0 && !asciiAlnum(folded.charAt(end - 1))) {
                        end--;
                    }
                    for (String a : first) {
                        if (end >= a.length() && folded.startsWith(a, end - a.length())) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private static int shortest(Set<String> forms) {
            int min = Integer.MAX_VALUE;
            for (String f : forms) {
                min = Math.min(min, f.length());
            }
            return min;
        }
    }

    /** The pairs of {@link AdjacentWords} of the pattern. */
    List<AdjacentWords> requiredAdjacentWords() {
        List<AdjacentWords> out = new ArrayList<>();
        for (int k = 0; k + 1 < constraints.size(); k++) {
            Constraint a = constraints.get(k);
            Constraint b = constraints.get(k + 1);
            Set<String> first = plainForms(a);
            Set<String> second = b.skip() == 0 ? plainForms(b) : null;
            if (first != null && second != null) {
                out.add(new AdjacentWords(first, second));
            }
        }
        return out;
    }

    /** The forms a required token's lower-cased text must be one of, when all are ASCII letters and digits; else null. */
    private static Set<String> plainForms(Constraint c) {
        if (c.optional() || c.not()) {
            return null;
        }
        Set<String> forms = !c.words().isEmpty() ? c.words()
                : !c.lemmas().isEmpty() && c.formsComplete() ? c.lemmaForms() : null;
        if (forms == null || forms.isEmpty()) {
            return null;
        }
        for (String f : forms) {
            if (f.isEmpty() || !f.chars().allMatch(TokenPattern::asciiAlnum)) {
                return null;
            }
        }
        return forms;
    }

    private static boolean asciiAlnum(int c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }

    /** A required token with plain-word forms and a regex on its text: a scanned word must be both. */
    record CasedWord(Set<String> forms, Pattern regex) {
    }

    /** The required tokens that name plain words and test their text with a regex too ("Doctor" capitalised). */
    List<CasedWord> requiredCasedWords() {
        List<CasedWord> out = new ArrayList<>();
        for (Constraint c : constraints) {
            if (!c.optional() && !c.not() && c.regex() != null && !c.words().isEmpty()
                    && c.words().stream().allMatch(f -> f.equals(longestRun(f)))) {
                out.add(new CasedWord(c.words(), c.regex()));
            }
        }
        return out;
    }

    private static final Pattern CONTEXT_SENSITIVE = Pattern.compile("[\\^$]|\\[bBGAzZ]|\\(\\?<?[=!]");

    /**
     * A regex that every match's first required token satisfies and that can be tried on the cheap scan's words
     * (runs of letters and digits) instead of tokens, or null: the token's regex when it is written only with
     * letters, digits, classes and quantifiers (so it cannot need punctuation, such as the comma of
     * "25,000", that a scanned word lacks) and the pattern
     * has no lexical anchor. It is tried case-insensitively on whole words: a token it matches is a run of letters
     * and digits, which the word scan finds too.
     */
    Pattern wordAnchor() {
        for (Constraint c : constraints) {
            if (c.optional()) {
                continue;
            }
            if (c.lexical() || c.not() || c.regex() == null
                    || !WORD_REGEX.matcher(c.regex().pattern()).matches()) {
                return null;
            }
            return Pattern.compile(c.regex().pattern(), c.regex().flags() | Pattern.CASE_INSENSITIVE); // RE2/J folds case by Unicode
        }
        return null;
    }

    private static final Pattern WORD_REGEX = Pattern.compile(
            "(?:[A-Za-z0-9\\[\\]()|?*+^-]|\\\\[dw]|\\{\\d+(?:,\\d*)?\\})+");

    boolean needsTags() {
        return constraints.stream().anyMatch(Constraint::needsTags);
    }

    boolean needsLemmas() {
        return constraints.stream().anyMatch(Constraint::needsLemmas);
    }

    /**
     * The first match starting at or after token {@code from}: the indexes [first, last] of the tokens it covers, or
     * null. {@code boundary} tells which tokens end a clause; no match and no gap crosses one.
     */
    int[] find(List<Token> tokens, int from, java.util.function.Predicate<Token> boundary) {
        return find(tokens, from, boundary, false);
    }

    /**
     * Whether the pattern could match the tokens once they are tagged (and lemmatized): true when it matches with
     * every missing tag or lemma taken as satisfying its test. False means no analysis is needed to know it fails.
     */
    boolean mayMatch(List<Token> tokens, java.util.function.Predicate<Token> boundary) {
        return find(tokens, 0, boundary, true) != null;
    }

    private int[] find(List<Token> tokens, int from, java.util.function.Predicate<Token> boundary,
            boolean optimistic) {
        for (int start = from; start < tokens.size(); start++) {
            int end = matchFrom(tokens, 0, start, boundary, -1, optimistic);
            if (end >= 0) {
                return new int[] {firstMatched(tokens, start, boundary), end};
            }
        }
        return null;
    }

    /** The index of the first token the match starting at {@code start} really covers (gaps are not covered). */
    private int firstMatched(List<Token> tokens, int start, java.util.function.Predicate<Token> boundary) {
        Constraint first = constraints.get(0);
        for (int k = start; k <= start + first.skip() && k < tokens.size(); k++) {
            if (first.test(tokens.get(k))) {
                return k;
            }
        }
        return start;
    }

    /** Matches constraints[c..] at token i; the index of the last token matched, or -1 (last is before i). */
    private int matchFrom(List<Token> tokens, int c, int i, java.util.function.Predicate<Token> boundary, int last,
            boolean optimistic) {
        if (c == constraints.size()) {
            return last;
        }
        Constraint k = constraints.get(c);
        for (int j = i; j <= i + k.skip() && j < tokens.size(); j++) {
            if (j > i && boundary.test(tokens.get(j - 1))) {
                break;
            }
            Token t = tokens.get(j);
            if (c > 0 && boundary.test(t) && !k.test(t, optimistic)) {
                break;
            }
            if (k.test(t, optimistic)) {
                int end = matchFrom(tokens, c + 1, j + 1, boundary, j, optimistic);
                if (end >= 0) {
                    return end;
                }
            }
        }
        if (k.optional()) {
            return matchFrom(tokens, c + 1, i, boundary, last, optimistic);
        }
        return -1;
    }

    /** How many of the constraints, from the first, the best start in the tokens satisfies (for diagnosis). */
    int longestPrefix(List<Token> tokens, java.util.function.Predicate<Token> boundary) {
        int best = 0;
        for (int n = constraints.size(); n > 0; n--) {
            TokenPattern prefix = constraints.subList(0, n).stream().allMatch(Constraint::optional) ? null
                    : new TokenPattern(constraints.subList(0, n));
            if (prefix != null && prefix.find(tokens, 0, boundary) != null) {
                return n;
            }
        }
        return best;
    }

    String describe() {
        return String.join(" ", constraints.stream().map(Constraint::describe).toList());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

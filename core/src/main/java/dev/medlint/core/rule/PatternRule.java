package dev.medlint.core.rule;

import dev.medlint.core.lang.RequiredLiterals;
import dev.medlint.core.lang.AnnotatedText;
import dev.medlint.core.lang.CaseFold;
import dev.medlint.core.lang.Language;
import dev.medlint.core.lang.LanguageProfile;
import dev.medlint.core.lang.Sentence;
import dev.medlint.core.lang.Token;
import dev.medlint.core.lang.Vocabulary;
import dev.medlint.core.lang.Word;
import dev.medlint.core.yaml.RuleFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import com.google.re2j.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Flags token patterns matched within a clause: sequences of constraints on word forms, lemmas, regexes, POS tags
 * and word classes, with optional tokens, bounded gaps and antipatterns that excuse a match ("most" + any adjective,
 * any adjective in -est, "the only" + a noun phrase). Only sentences holding one of a pattern's anchor words (its
 * first lexical token, in every inflected form) are tokenized; tags and lemmas are computed only when a pattern
 * tests them.
 */
public final class PatternRule extends Rule implements Excusable {
    /** {@code type: pattern}: {@code patterns}, {@code antipatterns}, {@code unless}, {@code exceptions}. */
    public static final class Type implements RuleType {
        private static final Set<String> TOKEN_KEYS = Set.of("word", "lemma", "regex", "pos", "class", "not",
                "optional", "skip");

        @Override
        public String name() {
            return "pattern";
        }

        @Override
        public Set<String> keys() {
            return Set.of("patterns", "antipatterns", "unless", "exceptions");
        }

        @Override
        public String meaning() {
            return "flags sequences of tokens (word, lemma, regex, POS tag, word class) within a clause";
        }

        @Override
        public Rule bind(RuleBinding b) throws RuleFileException {
            List<TokenPattern> patterns = patterns(b, b.required("patterns"), "'patterns'");
            List<TokenPattern> antipatterns = b.has("antipatterns")
                    ? patterns(b, b.get("antipatterns"), "'antipatterns'") : List.of();
            return new PatternRule(b.meta(), b.language(), patterns, antipatterns, b.excuses(), b.exceptions(),
                    b.vocabulary());
        }

        private static List<TokenPattern> patterns(RuleBinding b, Node node, String what) throws RuleFileException {
            List<TokenPattern> out = new ArrayList<>();
            for (Node p : b.yaml().sequence(node, what)) {
                if (!(p instanceof SequenceNode)) {
                    throw b.error(p, "each item of " + what + " is a list of tokens, e.g. [{lemma: most}, {pos: ADJ}]");
                }
                List<TokenPattern.Constraint> constraints = new ArrayList<>();
                for (Node t : b.yaml().sequence(p, "a pattern")) {
                    constraints.add(constraint(b, t));
                }
                try {
                    out.add(new TokenPattern(constraints));
                } catch (IllegalArgumentException e) {
                    throw b.error(p, e.getMessage());
                }
            }
            if (out.isEmpty()) {
                throw b.error(node, what + " needs at least one pattern");
            }
            return out;
        }

        private static TokenPattern.Constraint constraint(RuleBinding b, Node t) throws RuleFileException {
            Map<String, Node> f = b.yaml().mapping(t, "a pattern token", TOKEN_KEYS);
            if (!f.containsKey("word") && !f.containsKey("lemma") && !f.containsKey("regex") && !f.containsKey("pos")
                    && !f.containsKey("class")) {
                throw b.error(t, "a pattern token tests at least one of: word, lemma, regex, pos, class");
            }
            if (f.containsKey("word") && f.containsKey("class")) {
                throw b.error(f.get("class"), "a pattern token has 'word' or 'class', not both");
            }
            LanguageProfile profile = b.language().profile();
            Set<String> words = new LinkedHashSet<>(list(b, f.get("word"), "'word'"));
            String wordClass = null;
            if (f.containsKey("class")) {
                wordClass = b.text(f.get("class"), "'class'");
                words.addAll(b.singleWordClass(f.get("class"), wordClass));
            }
            Set<String> lemmas = new LinkedHashSet<>(list(b, f.get("lemma"), "'lemma'"));
            Set<String> lemmaForms = new HashSet<>();
            boolean complete = true;
            for (String l : lemmas) {
                Optional<Set<String>> all = profile.lemmaForms(l);
                complete &= all.isPresent();
                lemmaForms.addAll(all.orElseGet(() -> profile.inflections(l)));
            }
            Pattern regex = f.containsKey("regex") ? b.regex(f.get("regex"), "regex") : null;
            Set<String> tags = new LinkedHashSet<>();
            for (String tag : list(b, f.get("pos"), "'pos'")) {
                tags.add(tag.toUpperCase(java.util.Locale.ROOT));
            }
            boolean not = flag(b, f.get("not"), "'not'");
            boolean optional = flag(b, f.get("optional"), "'optional'");
            int skip = 0;
            if (f.containsKey("skip")) {
                String v = b.text(f.get("skip"), "'skip'");
                try {
                    skip = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    skip = -1;
                }
                if (skip < 0 || skip > 8) {
                    throw b.error(f.get("skip"), "'skip' is how many words may stand before this token: 0 to 8, not '"
                            + v + "'");
                }
            }
            return new TokenPattern.Constraint(words, lemmas, lemmaForms, complete, regex, tags, wordClass, not, optional, skip);
        }

        private static List<String> list(RuleBinding b, Node n, String what) throws RuleFileException {
            if (n == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String s : n instanceof ScalarNode ? List.of(b.text(n, what)) : b.yaml().strings(n, what)) {
                out.add(TokenPattern.lower(s.strip()));
            }
            return out;
        }

        private static boolean flag(RuleBinding b, Node n, String what) throws RuleFileException {
            if (n == null) {
                return false;
            }
            String v = b.text(n, what);
            if (!v.equals("true") && !v.equals("false")) {
                throw b.error(n, what + " is true or false, not '" + v + "'");
            }
            return v.equals("true");
        }
    }

    private final List<TokenPattern> patterns;
    private final List<TokenPattern> antipatterns;
    private final Set<Excuse> unless;
    private final SentenceExceptions exceptions;
    private final Vocabulary vocabulary;
    private final Set<String> anchors;
    private final List<Pattern> wordAnchors;
    private final List<Prefilter> prefilters;
    private final boolean anchored;
    /** Whether every pattern has anchor words (or a word regex), so "no anchor word occurs" explains a miss. */
    private final boolean wordAnchored;

    /**
     * What a sentence must hold for one pattern to match in it: a form of every required lexical token (each is a
     * slot of {@link #slotIndex}), and a word matching the regex anchor when there is one; checked on the cheap word
     * scan, before any tagging. For one sentence, also a find of each required token regex in its text, a scanned
     * word for each regex of a word-free token, one of each required punctuation token, and a scanned word for each
     * token that tests both a word and a regex. The costliest test (a regex over the whole text) comes last, after
     * the literals each of those regexes cannot match without ({@link RequiredLiterals}) were found in the text.
     */
    private record Prefilter(int[] slots, WordRegex regex, List<Pattern> textRegexes,
            List<RequiredLiterals> textLiterals, List<WordRegex> wordRegexes, List<Set<String>> literals,
            List<TokenPattern.CasedWord> cased, List<TokenPattern.AdjacentWords> adjacent) {
        /** The literals the block-level tests look for, for the engine's literal table. */
        List<String> blockLiterals() {
            List<String> out = new ArrayList<>();
            textLiterals.forEach(l -> out.addAll(l.strings()));
            adjacent.forEach(a -> out.addAll(a.literals()));
            return out;
        }

        /** Whether the sentence-level tests alone rule sentences out (a pattern with no anchor word may have them). */
        boolean filtersSentences() {
            return !textRegexes.isEmpty() || !wordRegexes.isEmpty() || !literals.isEmpty() || !cased.isEmpty()
                    || !adjacent.isEmpty();
        }

        /** Whether the block's words [from, to) (whose slots are {@code hit}) admit the pattern. */
        boolean admits(boolean[] hit, BlockWords words, int from, int to) {
            for (int slot : slots) {
                if (!hit[slot]) {
                    return false;
                }
            }
            return regex == null || words.any(regex, from, to);
        }

        /** {@link #admits} for one sentence: its text and scanned words pass the sentence-level tests too. */
        boolean admits(boolean[] hit, BlockWords blockWords, int from, int to, String text, AnnotatedText doc,
                int block, Folded folded) {
            if (!admits(hit, blockWords, from, to)) {
                return false;
            }
            dev.medlint.core.lang.CharPairs blockPairs = doc.charPairs(block);
            // indexed loops throughout: this runs for every pattern on every sentence of a matching block
            for (int i = 0, n = adjacent.size(); i < n; i++) {
                TokenPattern.AdjacentWords words = adjacent.get(i);
                if (!words.mayOccurIn(doc, block) || !words.occursIn(folded.folded(), blockPairs)) {
                    return false;
                }
            }
            for (int i = 0, n = wordRegexes.size(); i < n; i++) {
                if (!blockWords.any(wordRegexes.get(i), from, to)) {
                    return false;
                }
            }
            if (!literals.isEmpty()) {
                String lower = folded.lower();
                for (Set<String> forms : literals) {
                    if (forms.stream().noneMatch(lower::contains)) {
                        return false;
                    }
                }
            }
            for (TokenPattern.CasedWord c : cased) {
                if (blockWords.words().subList(from, to).stream().noneMatch(w -> c.forms().contains(w.lower())
                        && c.regex().matcher(doc.text().substring(w.start(), w.end())).matches())) {
                    return false;
                }
            }
            // RE2/J searches a whole sentence in NFA steps per character; the literals rule out most sentences first
            for (int i = 0, n = textLiterals.size(); i < n; i++) {
                RequiredLiterals l = textLiterals.get(i);
                if (!l.admitsIfKnown(doc, block) || !l.admits(folded.folded(), blockPairs)) {
                    return false;
                }
            }
            for (int i = 0, n = textRegexes.size(); i < n; i++) {
                if (!textRegexes.get(i).matcher(text).find()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A block's scanned words, whose word-regex answers come from the document's {@link WordRegexAnswers}. */
    private static final class BlockWords {
        private final List<Word> words;
        private final WordRegexAnswers answers;

        BlockWords(List<Word> words, WordRegexAnswers answers) {
            this.words = words;
            this.answers = answers;
        }

        List<Word> words() {
            return words;
        }

        /** Whether one of the words [from, to) matches the regex. */
        boolean any(WordRegex r, int from, int to) {
            byte[] known = answers.of(r);
            for (int i = from; i < to; i++) {
                Word w = words.get(i);
                if (known[w.id()] == 0) {
                    known[w.id()] = (byte) (r.matches(w.lower()) ? 2 : 1);
                }
                if (known[w.id()] == 2) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * For each word regex asked about in one document, its answer for each distinct word (by {@link Word#id}: 0 not
     * asked yet, 1 no, 2 yes), so that a word recurring in many blocks is matched once.
     */
    private static final class WordRegexAnswers {
        private final int words;
        private final java.util.IdentityHashMap<WordRegex, byte[]> answers = new java.util.IdentityHashMap<>(4);

        WordRegexAnswers(int words) {
            this.words = words;
        }

        byte[] of(WordRegex r) {
            return answers.computeIfAbsent(r, x -> new byte[words]);
        }
    }

    /**
     * A sentence's text folded by {@link CaseFold} (the sentence keeps it, for every rule) and lower-cased (made on
     * first need and kept only while this rule tries the sentence).
     */
    private static final class Folded {
        private final Sentence sentence;
        private String lower;

        Folded(Sentence sentence) {
            this.sentence = sentence;
        }

        String folded() {
            return sentence.folded();
        }

        /** The sentence lower-cased once for all of a rule's patterns, not once per pattern. */
        String lower() {
            if (lower == null) {
                lower = TokenPattern.lower(sentence.text());
            }
            return lower;
        }
    }

    /** For each scanned word, the prefilter slots (required tokens of some pattern) it fills. */
    private final Map<String, int[]> slotIndex;
    private final WordLookup<int[]> slotLookup;
    private final int slotCount;

    private final boolean lemmas;
    private final boolean tags;

    /** A sentence that may hold a match, with the patterns whose prefilter it passes (only they can match). */
    private record Candidate(Sentence sentence, List<TokenPattern> patterns) {
    }

    public PatternRule(RuleMeta meta, Language language, List<TokenPattern> patterns, List<TokenPattern> antipatterns,
            Set<Excuse> unless, List<Pattern> exceptions, Vocabulary vocabulary) {
        super(meta, language);
        this.patterns = List.copyOf(patterns);
        this.antipatterns = List.copyOf(antipatterns);
        this.unless = Set.copyOf(unless);
        this.exceptions = SentenceExceptions.of(exceptions);
        this.vocabulary = vocabulary;
        Set<String> forms = new HashSet<>();
        List<Pattern> regexes = new ArrayList<>();
        List<Prefilter> filters = new ArrayList<>();
        List<Set<String>> slots = new ArrayList<>();
        boolean all = true;
        boolean allByWords = true;
        for (TokenPattern p : patterns) {
            List<Set<String>> required = p.requiredWords();
            Set<String> a = required.isEmpty() ? p.anchors(language.profile()) : Set.of();
            Pattern r = required.isEmpty() && a.isEmpty() ? p.wordAnchor() : null;
            List<Set<String>> sets = a.isEmpty() ? required : List.of(a);
            int[] ids = new int[sets.size()];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = slots.size();
                slots.add(sets.get(k));
            }
            List<Pattern> textRegexes = p.requiredTextRegexes();
            Prefilter f = new Prefilter(ids, r == null ? null : new WordRegex(r), textRegexes,
                    textRegexes.stream().map(x -> RequiredLiterals.of(x.pattern())).filter(l -> !l.isEmpty()).toList(),
                    p.requiredWordRegexes().stream().map(WordRegex::new).toList(), p.requiredLiterals(),
                    p.requiredCasedWords(),
                    language.analyzer().tokensAreTextSpans() ? p.requiredAdjacentWords() : List.of());
            boolean byWords = !required.isEmpty() || !a.isEmpty() || r != null;
            all &= byWords || f.filtersSentences();
            allByWords &= byWords;
            required.forEach(forms::addAll);
            forms.addAll(a);
            if (r != null) {
                regexes.add(r);
            }
            filters.add(f);
        }
        this.anchors = Set.copyOf(forms);
        this.wordAnchors = List.copyOf(regexes);
        this.prefilters = List.copyOf(filters);
        Map<String, List<Integer>> index = new java.util.HashMap<>();
        for (int k = 0; k < slots.size(); k++) {
            for (String w : slots.get(k)) {
                index.computeIfAbsent(w, x -> new ArrayList<>()).add(k);
            }
        }
        Map<String, int[]> packed = new java.util.HashMap<>();
        index.forEach((w, ks) -> packed.put(w, ks.stream().mapToInt(Integer::intValue).toArray()));
        this.slotIndex = new java.util.HashMap<>(packed); // compares hashes before equals, unlike Map.copyOf's
        this.slotLookup = new WordLookup<>(slotIndex);
        this.slotCount = slots.size();
        this.anchored = all;
        this.wordAnchored = allByWords;
        List<TokenPattern> every = new ArrayList<>(patterns);
        every.addAll(antipatterns);
        this.lemmas = every.stream().anyMatch(TokenPattern::needsLemmas);
        this.tags = every.stream().anyMatch(TokenPattern::needsTags);
    }

    @Override
    public Rule withMeta(RuleMeta newMeta) {
        return new PatternRule(newMeta, language(), patterns, antipatterns, unless, exceptions.patterns(), vocabulary);
    }

    @Override
    public Rule withExcuses(Set<Excuse> newUnless, List<Pattern> newExceptions) {
        return new PatternRule(meta(), language(), patterns, antipatterns, newUnless, newExceptions, vocabulary);
    }

    @Override
    public Set<Excuse> unless() {
        return unless;
    }

    @Override
    public List<Pattern> exceptions() {
        return exceptions.patterns();
    }

    @Override
    public java.util.Collection<String> words() {
        return slotIndex.keySet();
    }

    @Override
    public java.util.Collection<String> literals() {
        return prefilters.stream().flatMap(f -> f.blockLiterals().stream()).toList();
    }

    @Override
    public List<RuleHit> check(AnnotatedText doc) {
        List<RuleHit> hits = new ArrayList<>();
        Predicate<Token> boundary = language().profile()::isClauseBoundary;
        int[][] slotsOf = anchored ? WordAnswers.of(doc, slotLookup) : null;
        WordRegexAnswers regexAnswers = anchored ? new WordRegexAnswers(doc.distinctWordCount()) : null;
        for (int b = 0; b < doc.blockCount(); b++) {
            List<Word> words = doc.words(b);
            for (Candidate c : candidates(doc, b, words, slotsOf, regexAnswers)) {
                Sentence s = c.sentence();
                List<Token> tokens = tokens(s, c.patterns(), boundary);
                if (tokens == null) {
                    continue;
                }
                int from = 0;
                while (from < tokens.size()) {
                    int[] best = null;
                    for (TokenPattern p : c.patterns()) {
                        int[] m = p.find(tokens, from, boundary);
                        if (m != null && (best == null || m[0] < best[0])) {
                            best = m;
                        }
                    }
                    if (best == null) {
                        break;
                    }
                    best = chained(c.patterns(), tokens, best, boundary);
                    int start = tokens.get(best[0]).start();
                    int end = tokens.get(best[1]).end();
                    if (!antipatternCovers(tokens, best, boundary) && !excused(doc, b, words, s, start, end)) {
                        hits.add(new RuleHit(start, end, doc.text().substring(start, end), null));
                    }
                    from = best[1] + 1;
                }
            }
        }
        return hits;
    }

    /**
     * The match extended over every match of the rule's patterns that starts inside it and ends beyond it: matches
     * that overlap in a chain ("clinic of choice" and "of choice for weather presenters") are one problem and one
     * finding, not a first finding and a remainder.
     */
    private static int[] chained(List<TokenPattern> patterns, List<Token> tokens, int[] match,
            Predicate<Token> boundary) {
        int[] span = match.clone();
        for (int at = span[0] + 1; at <= span[1]; at++) {
            for (TokenPattern p : patterns) {
                int[] m = p.find(tokens, at, boundary);
                if (m != null && m[0] == at && m[1] > span[1]) {
                    span[1] = m[1];
                }
            }
        }
        return span;
    }

    /**
     * The sentences of a block that may hold a match (all, when a pattern has no anchor): those whose words admit
     * some pattern's prefilter. A block whose words admit none is not split into sentences at all.
     */
    private List<Candidate> candidates(AnnotatedText doc, int b, List<Word> words, int[][] slotsOf,
            WordRegexAnswers regexAnswers) {
        if (!anchored) {
            return doc.sentences(b).stream().map(s -> new Candidate(s, patterns)).toList();
        }
        int[][] slots = new int[words.size()][];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = slotsOf[words.get(i).id()];
        }
        BlockWords blockWords = new BlockWords(words, regexAnswers);
        // one array of filled slots for the block and then each sentence in turn, cleared between them
        boolean[] hit = new boolean[slotCount];
        mark(hit, slots, 0, slots.length, true);
        if (!admitted(hit, blockWords, words.size())) {
            return List.of();
        }
        mark(hit, slots, 0, slots.length, false);
        List<Candidate> out = new ArrayList<>();
        int k = 0;
        for (Sentence s : doc.sentences(b)) {
            while (k < words.size() && words.get(k).start() < s.start()) {
                k++;
            }
            int j = k;
            while (j < words.size() && words.get(j).start() < s.end()) {
                j++;
            }
            mark(hit, slots, k, j, true);
            Folded folded = new Folded(s);
            List<TokenPattern> live = null;
            for (int i = 0; i < patterns.size(); i++) {
                if (prefilters.get(i).admits(hit, blockWords, k, j, s.text(), doc, b, folded)) {
                    if (live == null) {
                        live = new ArrayList<>(2);
                    }
                    live.add(patterns.get(i));
                }
            }
            mark(hit, slots, k, j, false);
            if (live != null) {
                out.add(new Candidate(s, live));
            }
        }
        return out;
    }

    /**
     * Sets (or clears) the prefilter slots that the words [from, to) fill, given each word's slots in
     * {@link #slotIndex} (looked up once per word of the block, whatever the number of patterns and sentences).
     */
    private static void mark(boolean[] hit, int[][] slots, int from, int to, boolean value) {
        for (int i = from; i < to; i++) {
            int[] ks = slots[i];
            if (ks != null) {
                for (int k : ks) {
                    hit[k] = value;
                }
            }
        }
    }

    private boolean admitted(boolean[] hit, BlockWords words, int count) {
        for (int i = 0, n = prefilters.size(); i < n; i++) {
            if (prefilters.get(i).admits(hit, words, 0, count)) {
                return true;
            }
        }
        return false;
    }

    private boolean isAnchor(Word w) {
        if (anchors.contains(w.lower())) {
            return true;
        }
        for (Pattern r : wordAnchors) {
            if (r.matcher(w.lower()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence's tokens, analysed as far as the rule's tests need, or null when no pattern can match: the
     * patterns are first tried on the bare tokens with unknown tags and lemmas taken as passing, so the tagger and
     * lemmatizer run only on sentences whose word forms already fit.
     */
    private List<Token> tokens(Sentence s, List<TokenPattern> live, Predicate<Token> boundary) {
        List<Token> bare = s.tokens();
        if (!tags && !lemmas) {
            return bare;
        }
        boolean may = false;
        for (TokenPattern p : live) {
            if (p.mayMatch(bare, boundary)) {
                may = true;
                break;
            }
        }
        if (!may) {
            return null;
        }
        return lemmas ? s.lemmatizedTokens() : s.taggedTokens();
    }

    private boolean antipatternCovers(List<Token> tokens, int[] m, Predicate<Token> boundary) {
        for (TokenPattern a : antipatterns) {
            for (int from = 0; from < tokens.size(); ) {
                int[] x = a.find(tokens, from, boundary);
                if (x == null) {
                    break;
                }
                if (x[0] <= m[1] && m[0] <= x[1]) {
                    return true;
                }
                from = x[1] + 1;
            }
        }
        return false;
    }

    private boolean excused(AnnotatedText doc, int b, List<Word> words, Sentence s, int start, int end) {
        LanguageProfile p = language().profile();
        int wordIndex = PhraseRule.wordIndexAt(words, start);
        String text = doc.text();
        if (unless.contains(Excuse.NEGATED) && wordIndex >= 0 && Context.negated(words, wordIndex, text, p,
                vocabulary)) {
            return true;
        }
        if (unless.contains(Excuse.QUOTED) && Context.quoted(text, start, end, doc.block(b).start(),
                doc.block(b).end()) && !Context.quotedSlogan(s, start, p)) {
            return true;
        }
        if (unless.contains(Excuse.CONDITIONAL) && wordIndex >= 0 && Context.conditional(words, wordIndex, text, p)) {
            return true;
        }
        return Context.sentenceExcuses(s, words, unless, exceptions, p, vocabulary, start, end);
    }

    @Override
    public Optional<Matching> matching() {
        List<String> items = new ArrayList<>();
        patterns.forEach(p -> items.add("pattern: " + p.describe()));
        antipatterns.forEach(p -> items.add("antipattern (excuses an overlapping match): " + p.describe()));
        String title = unless.isEmpty() ? "Matches"
                : "Matches (unless " + String.join(", ", new TreeSet<>(unless.stream().map(Excuse::label).toList()))
                        + ")";
        return Optional.of(new Matching(title, items));
    }

    @Override
    public List<String> whyNoFinding(String text) {
        List<String> why = new ArrayList<>();
        AnnotatedText doc = annotate(text);
        List<RuleHit> bare = withExcuses(Set.of(), List.of()).check(doc);
        PatternRule noAnti = new PatternRule(meta(), language(), patterns, List.of(), Set.of(), List.of(), vocabulary);
        if (!bare.isEmpty()) {
            for (RuleHit h : bare) {
                why.add("'" + h.match() + "' matches, but " + ExcuseDiagnosis.excusedBy(this, h, text));
            }
            return why;
        }
        List<RuleHit> unexcused = noAnti.check(doc);
        if (!unexcused.isEmpty()) {
            why.add("'" + unexcused.get(0).match() + "' matches a pattern, but an antipattern covers it");
            return why;
        }
        if (wordAnchored) {
            boolean anyAnchor = false;
            for (int b = 0; b < doc.blockCount(); b++) {
                anyAnchor |= doc.words(b).stream().anyMatch(this::isAnchor);
            }
            if (!anyAnchor) {
                List<String> shown = new ArrayList<>(new TreeSet<>(anchors).stream().limit(8).toList());
                wordAnchors.forEach(r -> shown.add("a word matching " + r.pattern()));
                why.add("none of the patterns' anchor words occurs (" + String.join(", ", shown)
                        + (anchors.size() > 8 ? " ..." : "") + ")");
                return why;
            }
        }
        Predicate<Token> boundary = language().profile()::isClauseBoundary;
        for (int b = 0; b < doc.blockCount(); b++) {
            for (Sentence s : doc.sentences(b)) {
                List<Token> tokens = s.lemmatizedTokens();
                for (int i = 0; i < patterns.size(); i++) {
                    TokenPattern p = patterns.get(i);
                    int n = p.longestPrefix(tokens, boundary);
                    why.add("pattern " + (i + 1) + " (" + p.describe() + "): " + (n == 0 ? "its first token matches "
                            + "nowhere" : "its first " + n + " of " + p.constraints().size() + " tokens match, the "
                            + "next does not (a comma, 'but' ... ends a clause)"));
                }
            }
        }
        return why;
    }

    @Override
    public List<String> whyFinding(String text, List<String> matches) {
        List<String> why = new ArrayList<>();
        for (RuleHit h : check(annotate(text))) {
            why.add("'" + h.match() + "' matches a pattern; " + ExcuseDiagnosis.excuses(unless, exceptions.patterns())
                    + (antipatterns.isEmpty() ? "" : ", and no antipattern covers it"));
        }
        return why;
    }
}

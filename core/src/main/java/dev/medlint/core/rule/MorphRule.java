package dev.medlint.core.rule;

import dev.medlint.core.lang.AnnotatedText;
import dev.medlint.core.lang.Language;
import dev.medlint.core.lang.Sentence;
import dev.medlint.core.lang.Token;
import dev.medlint.core.lang.ko.KoreanProfile;
import dev.medlint.core.text.TextView;
import dev.medlint.core.yaml.RuleFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import com.google.re2j.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Flags patterns over morphemes, for languages whose words carry particles and endings (Korean): "부작용 + 없다"
 * matches 부작용이 없는, 부작용은 전혀 없습니다 and 부작용없음 alike. A pattern is a sequence of elements joined by
 * {@code +}; an element is a stem (a noun, matched over the surface of adjacent morphemes with spaces ignored, so
 * 회복기간 = 회복 기간), a predicate in its dictionary form (없다 matches the stem 없, never 없애다), optionally with a
 * tag prefix after a slash (수/NNB, 하다/XSV), or several such alternatives joined by {@code |} (부작용|통증|흉터 +
 * 없다: one pattern per word class instead of one per word), or {@code @name} for the words of the pack's word
 * class {@code name} (@risk + 없다). A predicate also matches its derived forms: X하다 the
 * noun or root X with the suffix 하 (안전하다 = 안전/NNG 하/XSA), and the adverb made from it (없다 = 없이,
 * 확실하다 = 확실히). Each element follows the previous one in the same clause, with at most
 * {@link #GAP} content morphemes between them. Excuses: a negation after the match (an odd number of them: two
 * cancel), a hedge (-ㄹ 수 있다, 개인차 ...), a question, quotation marks.
 */
public final class MorphRule extends Rule implements Excusable {
    private static final int GAP = 3;

    /** {@code type: morph}: {@code match} (patterns of stems joined by +), {@code unless}, {@code exceptions}. */
    public static final class Type implements RuleType {
        @Override
        public String name() {
            return "morph";
        }

        @Override
        public Set<String> keys() {
            return Set.of("match", "unless", "exceptions");
        }

        @Override
        public String meaning() {
            return "flags sequences of stems over morphemes (Korean: 부작용 + 없다), whatever particles and endings";
        }

        @Override
        public Rule bind(RuleBinding b) throws RuleFileException {
            List<MorphPattern> patterns = new ArrayList<>();
            for (Node m : b.yaml().sequence(b.required("match"), "'match'")) {
                try {
                    patterns.add(MorphPattern.parse(expandClasses(b, m, b.text(m, "a morpheme pattern"))));
                } catch (IllegalArgumentException e) {
                    throw b.error(m, e.getMessage());
                }
            }
            return new MorphRule(b.meta(), b.language(), patterns, b.excuses(), b.exceptions());
        }
    }

    private static final java.util.regex.Pattern CLASS_REFERENCE =
            java.util.regex.Pattern.compile("@([a-z][a-z0-9-]*)");

    /**
     * Replaces each {@code @name} in a pattern by the words of the pack's word class {@code name} as alternatives,
     * so a class of risk nouns is written once under {@code classes:} and shared by every pattern that needs it
     * ("@risk + 없다", "@risk + 안/MAG + @occur").
     */
    static String expandClasses(RuleBinding b, Node at, String source) throws RuleFileException {
        java.util.regex.Matcher m = CLASS_REFERENCE.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    String.join("|", b.wordClass(at, m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One alternative of a pattern element: a stem, and a tag prefix or null. */
    record Element(String stem, String tag, boolean predicate, String rieul) {
        /** The characters the element's text must contain for it to occur at all. */
        String key() {
            if (!predicate) {
                return stem;
            }
            String root = stem.substring(0, stem.length() - 1);
            if (root.length() > 2 && root.endsWith("하")) {
                return root.substring(0, root.length() - 1);
            }
            // the last syllable of a stem fuses with its ending (아프 + 아요 = 아파요, 돌리 + 어 = 돌려)
            return root.length() > 1 ? root.substring(0, root.length() - 1) : root;
        }

        /** The root of an X하다 predicate (안전하다 -> 안전), or null. */
        String hadaRoot() {
            return predicate && stem.length() > 3 && stem.endsWith("하다") ? stem.substring(0, stem.length() - 2)
                    : null;
        }

        /** The adverb derived from the predicate (없다 -> 없이, 확실하다 -> 확실히), or null. */
        String adverb() {
            if (!predicate) {
                return null;
            }
            String root = hadaRoot();
            return root != null ? root + "히" : stem.substring(0, stem.length() - 1) + "이";
        }
    }

    /** A sequence of elements, each a list of alternatives, as written ("부작용|통증 + 없다"). */
    record MorphPattern(String source, List<List<Element>> elements) {
        static MorphPattern parse(String source) {
            List<List<Element>> out = new ArrayList<>();
            for (String raw : source.split("\\+")) {
                List<Element> alternatives = new ArrayList<>();
                for (String alt : raw.split("\\|", -1)) {
                    String e = alt.strip();
                    if (e.isEmpty()) {
                        throw new IllegalArgumentException("empty element in morpheme pattern '" + source + "'");
                    }
                    String tag = null;
                    int slash = e.indexOf('/');
                    if (slash >= 0) {
                        tag = e.substring(slash + 1).strip().toUpperCase(Locale.ROOT);
                        e = e.substring(0, slash).strip();
                    }
                    String stem = e.replace(" ", "").toLowerCase(Locale.ROOT);
                    boolean predicate = stem.length() >= 2 && stem.endsWith("다")
                            && (tag == null || tag.startsWith("V") || tag.startsWith("X"));
                    alternatives.add(new Element(stem, tag, predicate, predicate ? rieulStem(stem) : null));
                }
                out.add(List.copyOf(alternatives));
            }
            return new MorphPattern(source, List.copyOf(out));
        }

        /**
         * The ㄹ-stem a predicate's forms are also read as (나다 -> 날다): 나요 and 나는 are both 나다 and 날다 with the ㄹ
         * dropped, and Nori often picks the ㄹ verb (티 안 나요 comes out as 날다, "fly"). Null when the root's last
         * syllable has a final consonant, as such a root cannot be confused so.
         */
        static String rieulStem(String stem) {
            int last = stem.charAt(stem.length() - 2) - SYLLABLE_BASE;
            if (last < 0 || last >= SYLLABLES || last % FINALS != 0) {
                return null;
            }
            return stem.substring(0, stem.length() - 2) + (char) (SYLLABLE_BASE + last + FINAL_RIEUL) + "다";
        }
    }

    private final List<MorphPattern> patterns;
    private final Set<Excuse> unless;
    private final List<Pattern> exceptions;

    public MorphRule(RuleMeta meta, Language language, List<MorphPattern> patterns, Set<Excuse> unless,
            List<Pattern> exceptions) {
        super(meta, language);
        this.patterns = List.copyOf(patterns);
        this.unless = Set.copyOf(unless);
        this.exceptions = List.copyOf(exceptions);
    }

    @Override
    public Rule withMeta(RuleMeta newMeta) {
        return new MorphRule(newMeta, language(), patterns, unless, exceptions);
    }

    @Override
    public Rule withExcuses(Set<Excuse> newUnless, List<Pattern> newExceptions) {
        return new MorphRule(meta(), language(), patterns, newUnless, newExceptions);
    }

    @Override
    public Set<Excuse> unless() {
        return unless;
    }

    @Override
    public List<Pattern> exceptions() {
        return exceptions;
    }

    @Override
    public List<RuleHit> check(AnnotatedText doc) {
        List<RuleHit> hits = new ArrayList<>();
        String text = doc.text();
        for (int b = 0; b < doc.blockCount(); b++) {
            TextView.Block block = doc.block(b);
            String blockText = text.substring(block.start(), block.end()).toLowerCase(Locale.ROOT);
            List<MorphPattern> live = patterns.stream().filter(p -> occurs(p, blockText)).toList();
            if (live.isEmpty()) {
                continue;
            }
            for (Sentence s : doc.sentences(b)) {
                String sentence = s.text().toLowerCase(Locale.ROOT);
                if (live.stream().noneMatch(p -> occurs(p, sentence))) {
                    continue;
                }
                List<Token> tokens = s.lemmatizedTokens();
                int coveredUntil = -1;
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i).start() < coveredUntil) {
                        continue;
                    }
                    for (MorphPattern p : live) {
                        int[] m = matchAt(p, tokens, i);
                        if (m == null) {
                            continue;
                        }
                        int start = tokens.get(i).start();
                        int end = tokens.get(m[1]).end();
                        if (!excused(doc, b, s, tokens, m[1], start, end)) {
                            hits.add(new RuleHit(start, end, text.substring(start, end), null));
                            coveredUntil = end;
                        }
                        break;
                    }
                }
            }
        }
        return hits;
    }

    /**
     * Cheap test before analysis: every element's characters occur in the text (spaces ignored). A one-syllable
     * predicate root without a final consonant, or with ㄹ, fuses with its ending into another syllable (나 + ㅂ니다
     * = 납니다, 보 + 아 = 봐, 들 + 는 = 드는), so for it any syllable with the same initial consonant will do.
     */
    private static boolean occurs(MorphPattern p, String text) {
        String squeezed = null;
        for (List<Element> alternatives : p.elements()) {
            boolean any = false;
            for (Element e : alternatives) {
                if (text.contains(e.key()) || e.predicate() && fusingRootOccurs(e.key(), text)) {
                    any = true;
                    break;
                }
                if (squeezed == null) {
                    squeezed = text.replace(" ", "");
                }
                if (squeezed.contains(e.key())) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private static final int SYLLABLE_BASE = 0xAC00;
    private static final int SYLLABLES = 11172;
    private static final int FINALS = 28;
    private static final int FINAL_RIEUL = 8;

    /** Whether a one-syllable root that fuses with its ending (see {@link #occurs}) may occur in the text. */
    private static boolean fusingRootOccurs(String key, String text) {
        if (key.length() != 1) {
            return false;
        }
        int k = key.charAt(0) - SYLLABLE_BASE;
        if (k < 0 || k >= SYLLABLES || (k % FINALS != 0 && k % FINALS != FINAL_RIEUL)) {
            return false;
        }
        int initial = k / (21 * FINALS);
        for (int i = 0; i < text.length(); i++) {
            int c = text.charAt(i) - SYLLABLE_BASE;
            if (c >= 0 && c < SYLLABLES && c / (21 * FINALS) == initial) {
                return true;
            }
        }
        return false;
    }

    /** {first token, last token} of a match of the pattern starting at token {@code i}, or null. */
    private int[] matchAt(MorphPattern p, List<Token> tokens, int i) {
        int pos = i;
        int last = -1;
        for (int k = 0; k < p.elements().size(); k++) {
            List<Element> e = p.elements().get(k);
            int found = -1;
            if (k == 0) {
                last = elementAt(e, tokens, pos);
                if (last < 0) {
                    return null;
                }
                pos = last + 1;
                continue;
            }
            int content = 0;
            for (int j = pos; j < tokens.size() && content <= GAP; j++) {
                Token t = tokens.get(j);
                if (language().profile().isClauseBoundary(t)) {
                    break;
                }
                int end = elementAt(e, tokens, j);
                if (end >= 0) {
                    found = end;
                    break;
                }
                if (!t.tag().startsWith("J") && !t.tag().startsWith("E") && !t.tag().startsWith("X")
                        && !KoreanProfile.INTENSIFIERS.contains(t.text())) {
                    content++;
                }
            }
            if (found < 0) {
                return null;
            }
            last = found;
            pos = found + 1;
        }
        return new int[] {i, last};
    }

    /** The last token of the first of the alternatives read from token {@code j}, or -1. */
    private static int elementAt(List<Element> alternatives, List<Token> tokens, int j) {
        for (Element e : alternatives) {
            int end = elementAt(e, tokens, j);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    /** The last token of element {@code e} read from token {@code j}, or -1. */
    private static int elementAt(Element e, List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (e.tag() != null && !t.tag().startsWith(e.tag())) {
            return -1;
        }
        if (e.predicate()) {
            if ((t.lemma().equals(e.stem()) || t.lemma().equals(e.rieul()))
                    && (t.tag().startsWith("V") || t.tag().startsWith("X")) && !becomes(tokens, j)
                    && !KoreanProfile.inCompoundParticle(tokens, j)) {
                return j;
            }
            if (t.tag().equals("MAG") && t.text().equals(e.adverb())) {
                return j;
            }
            String root = e.hadaRoot();
            if (root != null) {
                int rootEnd = surfaceAt(root, tokens, j);
                if (rootEnd >= 0 && rootEnd + 1 < tokens.size() && tokens.get(rootEnd + 1).lemma().equals("하다")
                        && tokens.get(rootEnd + 1).tag().startsWith("XS")) {
                    return rootEnd + 1;
                }
            }
            return -1;
        }
        return surfaceAt(e.stem(), tokens, j);
    }

    /**
     * Whether the adjective at {@code j} is followed by -어지다 (become): 없어지다 is "go away" (붓기가 없어지는 데 2주),
     * a change over time, not the denial 없다. After a verb -어지다 is the passive (느껴지다 "be felt"), which keeps
     * the verb's sense: 하나도 안 느껴져요 is 느끼다 denied.
     */
    private static boolean becomes(List<Token> tokens, int j) {
        return tokens.get(j).tag().startsWith("VA") && j + 2 < tokens.size() && tokens.get(j + 1).tag().startsWith("E")
                && (tokens.get(j + 1).text().equals("어") || tokens.get(j + 1).text().equals("아"))
                && tokens.get(j + 2).lemma().equals("지다");
    }

    /** The last token of the adjacent morphemes from token {@code j} whose surfaces spell {@code want}, or -1. */
    private static int surfaceAt(String want, List<Token> tokens, int j) {
        StringBuilder got = new StringBuilder();
        for (int k = j; k < tokens.size(); k++) {
            Token tk = tokens.get(k);
            if (k > j && (tk.start() == tokens.get(k - 1).start() || tk.start() - tokens.get(k - 1).end() > 1)) {
                return -1; // fused morphemes share a span; a gap of more than one space ends the word
            }
            got.append(tk.text().toLowerCase(Locale.ROOT));
            if (got.length() == want.length()) {
                return got.toString().equals(want) ? k : -1;
            }
            if (got.length() > want.length() || !want.startsWith(got.toString())) {
                return -1;
            }
        }
        return -1;
    }

    private boolean excused(AnnotatedText doc, int b, Sentence s, List<Token> tokens, int last, int start,
            int end) {
        if (unless.contains(Excuse.NEGATED) && negatedAfter(tokens, last)) {
            return true;
        }
        if (unless.contains(Excuse.QUESTION) && isQuestion(s, tokens)) {
            return true;
        }
        if (unless.contains(Excuse.QUOTED)
                && Context.quoted(doc.text(), start, end, doc.block(b).start(), doc.block(b).end())) {
            return true;
        }
        if (unless.contains(Excuse.ABOUT_ADS)
                && s.fact(Sentence.TextFact.ABOUT_ADS, language().profile()::talksAboutAdvertising)) {
            return true;
        }
        if (unless.contains(Excuse.HEDGED) && hedged(s, tokens, last)) {
            return true;
        }
        if (unless.contains(Excuse.CONDITIONAL) && conditional(tokens, last)) {
            return true;
        }
        for (Pattern p : exceptions) {
            if (p.matcher(s.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** An odd number of negations after the match in its clause: 없다/않다/아니다/못하다, or 안/못 before a verb. */
    private boolean negatedAfter(List<Token> tokens, int last) {
        int negations = 0;
        for (int j = last + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (language().profile().isClauseBoundary(t)) {
                break;
            }
            if (isNegation(t)) {
                negations++;
            }
        }
        return negations % 2 == 1;
    }

    static boolean isNegation(Token t) {
        return (KoreanProfile.NEGATING_STEMS.contains(t.lemma()) && (t.tag().startsWith("V")
                || t.tag().startsWith("X"))) || (t.tag().equals("MAG")
                && KoreanProfile.NEGATING_ADVERBS.contains(t.text()));
    }

    private static final Pattern HEDGE_WORDS = Pattern.compile("개인차|개인에\\s*따라|경우에\\s*따라|사람마다|개인마다");

    /** -ㄹ 수 있다 after the match, or a hedge word in the sentence (개인차, 개인에 따라 ...). */
    private static boolean hedged(Sentence s, List<Token> tokens, int last) {
        for (int j = last + 1; j + 1 < tokens.size(); j++) {
            if (tokens.get(j).text().equals("수") && tokens.get(j).tag().startsWith("NNB")
                    && tokens.get(j + 1).lemma().equals("있다")) {
                return true;
            }
        }
        return HEDGE_WORDS.matcher(s.text()).find();
    }

    /**
     * A conditional ending (-면, -다면) on the matched predicate itself: 통증이 없으면 is a condition, but in 통증
     * 없이 10분이면 끝나요 the -면 belongs to another word.
     */
    private static boolean conditional(List<Token> tokens, int last) {
        for (int j = last; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (j > last && !t.tag().startsWith("E")) {
                break;
            }
            if (t.tag().startsWith("E") && t.text().endsWith("면")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A question mark, or a question ending without one: -까(요) always, -나요 only when no full stop closes the
     * sentence (Nori reads the statement 끝나요. as 끝 + 이 + 나요).
     */
    private static boolean isQuestion(Sentence s, List<Token> tokens) {
        if (s.isQuestion()) {
            return true;
        }
        boolean fullStop = s.text().strip().endsWith(".");
        for (int j = tokens.size() - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            if (t.tag().startsWith("S")) {
                continue;
            }
            return t.tag().startsWith("E") && (t.text().endsWith("까") || t.text().endsWith("까요")
                    || (!fullStop && t.text().endsWith("나요")));
        }
        return false;
    }

    @Override
    public Optional<Matching> matching() {
        List<String> items = patterns.stream().map(p -> "morphemes: " + p.source()).toList();
        String title = unless.isEmpty() ? "Matches"
                : "Matches (unless " + String.join(", ", new TreeSet<>(unless.stream().map(Excuse::label).toList()))
                        + ")";
        return Optional.of(new Matching(title, items));
    }

    @Override
    public List<String> whyNoFinding(String text) {
        List<String> why = new ArrayList<>();
        AnnotatedText doc = annotate(text);
        List<RuleHit> hits = withExcuses(Set.of(), List.of()).check(doc);
        for (RuleHit h : hits) {
            why.add("'" + h.match() + "' matches, but " + ExcuseDiagnosis.excusedBy(this, h, text));
        }
        if (hits.isEmpty()) {
            why.add("none of the rule's " + ExcuseDiagnosis.count(patterns.size(), "pattern") + " occurs in the "
                    + "morphemes; each element must follow the previous one in the same clause");
        }
        why.add("the morphemes: " + morphemes(doc));
        return why;
    }

    @Override
    public List<String> whyFinding(String text, List<String> matches) {
        List<String> why = new ArrayList<>();
        AnnotatedText doc = annotate(text);
        for (RuleHit h : check(doc)) {
            why.add("'" + h.match() + "' matches " + matchedBy(doc, h) + "; "
                    + ExcuseDiagnosis.excuses(unless, exceptions));
        }
        why.add("the morphemes: " + morphemes(doc));
        return why;
    }

    private String matchedBy(AnnotatedText doc, RuleHit hit) {
        for (MorphPattern p : patterns) {
            List<RuleHit> hits = new MorphRule(meta(), language(), List.of(p), Set.of(), List.of()).check(doc);
            if (hits.stream().anyMatch(h -> h.start() < hit.end() && hit.start() < h.end())) {
                return "the pattern '" + p.source() + "'";
            }
        }
        return "a pattern";
    }

    /** The text's morphemes as surface/TAG, for a rule author. */
    private static String morphemes(AnnotatedText doc) {
        List<String> out = new ArrayList<>();
        for (int b = 0; b < doc.blockCount(); b++) {
            for (Sentence s : doc.sentences(b)) {
                for (Token t : s.lemmatizedTokens()) {
                    out.add(t.text() + "/" + t.tag());
                }
            }
        }
        return String.join(" ", out);
    }
}

package dev.medlint.core.rule;

import dev.medlint.core.lang.Vocabulary;

import dev.medlint.core.lang.AnnotatedText;
import dev.medlint.core.lang.Language;
import dev.medlint.core.lang.Sentence;
import dev.medlint.core.lang.Word;
import dev.medlint.core.yaml.RuleFileException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * If the document mentions one of the {@code if} terms (a procedure), it must contain a real notice: a declarative
 * sentence that names a {@code then} term (side effects, complications) together with a marker saying they can
 * happen (may, risk, occur, such as). A question, a denial ("no side effects") or a downplaying ("minimal side
 * effects") is not a notice; when only such sentences exist the finding points at the first of them, with the
 * rule's message for that case ({@code messages:}). A statement of how the product or the body can fail or be
 * harmed also is a notice: a modal followed by a word of the {@code then.failures} word class ("veneers can chip or
 * come loose", "teeth may be sensitive").
 */
public final class ConditionalRule extends Rule {
    /** The cases a conditional rule words differently from its main message, as keys of {@code messages:}. */
    enum Case {
        ASKED("asked"), DENIED("denied"), DOWNPLAYED("downplayed"), CONTRADICTED("contradicted"),
        /** A marked statement that names only the general word (부작용이 발생할 수 있습니다), not a complication. */
        GENERIC("generic"),
        /** A mention with no marker: no statement about side effects at all, so no finding of its own. */
        UNMARKED(null);

        final String key;

        Case(String key) {
            this.key = key;
        }
    }

    /** {@code type: conditional}: {@code if: {mentions}}, {@code then: {mentions, markers, ...}}, {@code messages}. */
    public static final class Type implements RuleType {
        private static final Set<String> IF_KEYS = Set.of("mentions", "except", "institutions");
        private static final Set<String> THEN_KEYS = Set.of("mentions", "markers", "weakeners", "contradictions",
                "failures", "notices", "leads", "headings", "generic", "dismissals");
        private static final Set<String> MESSAGE_KEYS = Set.of("asked", "denied", "downplayed", "contradicted",
                "generic");

        @Override
        public boolean judgesWholeDocument() {
            return true;
        }

        @Override
        public String name() {
            return "conditional";
        }

        @Override
        public Set<String> keys() {
            return Set.of("if", "then", "messages");
        }

        @Override
        public String meaning() {
            return "if the article mentions one thing, it must also contain another";
        }

        @Override
        public Rule bind(RuleBinding b) throws RuleFileException {
            Node ifNode = b.required("if");
            Map<String, Node> iff = b.yaml().mapping(ifNode, "'if'", IF_KEYS);
            List<Term> ifTerms = b.terms(b.yaml().required(iff, "mentions", ifNode, "'if'"), "'if.mentions'");
            List<com.google.re2j.Pattern> except = new java.util.ArrayList<>();
            if (iff.containsKey("except")) {
                for (Node e : b.yaml().sequence(iff.get("except"), "'if.except'")) {
                    except.add(b.regex(e, "if.except"));
                }
            }
            Set<String> institutions = iff.containsKey("institutions")
                    ? b.words(iff.get("institutions"), "'if.institutions'") : Set.of();
            Node thenNode = b.required("then");
            Map<String, Node> thenf = b.yaml().mapping(thenNode, "'then'", THEN_KEYS);
            List<Term> thenTerms = b.terms(b.yaml().required(thenf, "mentions", thenNode, "'then'"),
                    "'then.mentions'");
            Set<String> markers = b.words(b.yaml().required(thenf, "markers", thenNode, "'then'"), "'then.markers'");
            Set<String> weak = thenf.containsKey("weakeners") ? b.words(thenf.get("weakeners"), "'then.weakeners'")
                    : Set.of();
            List<Term> contradictions = thenf.containsKey("contradictions")
                    ? b.terms(thenf.get("contradictions"), "'then.contradictions'") : List.of();
            Set<String> failures = thenf.containsKey("failures")
                    ? b.singleWordClass(thenf.get("failures"), b.text(thenf.get("failures"), "'then.failures'")) : Set.of();
            Map<Case, String> messages = new LinkedHashMap<>();
            if (b.has("messages")) {
                Map<String, Node> m = b.yaml().mapping(b.get("messages"), "'messages'", MESSAGE_KEYS);
                for (Case c : Case.values()) {
                    if (c.key != null && m.containsKey(c.key)) {
                        messages.put(c, b.text(m.get(c.key), "'messages." + c.key + "'"));
                    }
                }
            }
            MorphRule notices = morphPatterns(b, thenf.get("notices"), "'then.notices'",
                    Set.of(Excuse.NEGATED, Excuse.QUESTION, Excuse.CONDITIONAL));
            MorphRule leads = morphPatterns(b, thenf.get("leads"), "'then.leads'", Set.of(Excuse.NEGATED));
            List<Term> generic = thenf.containsKey("generic") ? b.terms(thenf.get("generic"), "'then.generic'")
                    : List.of();
            Set<String> headings = thenf.containsKey("headings") ? b.words(thenf.get("headings"), "'then.headings'")
                    : Set.of();
            List<com.google.re2j.Pattern> dismissals = new java.util.ArrayList<>();
            if (thenf.containsKey("dismissals")) {
                for (Node e : b.yaml().sequence(thenf.get("dismissals"), "'then.dismissals'")) {
                    dismissals.add(b.regex(e, "then.dismissals"));
                }
            }
            return new ConditionalRule(b.meta(), b.language(), ifTerms, thenTerms, markers, weak, contradictions,
                    failures, messages, b.vocabulary(), new MorphNotices(notices, leads, headings, except, generic,
                    dismissals, institutions));
        }

        /**
         * Morpheme patterns (as in {@code type: morph}, with {@code @class} words) run by an inner morph rule with
         * the given excuses, or null when the key is absent.
         */
        private static MorphRule morphPatterns(RuleBinding b, Node node, String what, Set<Excuse> excuses)
                throws RuleFileException {
            if (node == null) {
                return null;
            }
            List<MorphRule.MorphPattern> patterns = new java.util.ArrayList<>();
            for (Node m : b.yaml().sequence(node, what)) {
                try {
                    patterns.add(MorphRule.MorphPattern.parse(MorphRule.expandClasses(b, m,
                            b.text(m, "a morpheme pattern"))));
                } catch (IllegalArgumentException e) {
                    throw b.error(m, e.getMessage());
                }
            }
            return new MorphRule(b.meta(), b.language(), patterns, excuses, List.of());
        }
    }

    /**
     * A notice read over morphemes, for languages whose predicates inflect (Korean): {@code notices} are patterns
     * of a complication and a predicate of occurring or possibility in any ending or politeness level (붓기 + 생기다
     * matches 붓기가 생길 수 있습니다, 붓기가 생겨요, 붓기가 생기기도 해요), counted in a statement that is not
     * negated, asked, conditional or played down; {@code leads} are patterns of a heading, table header or question
     * that announces the side effects (나타날 수 있는 증상, 부작용은 어떤 것이 있나요?), after which a complication
     * named in the same or one of the next {@link #LIST_REACH} blocks (table cells, list items, the answer) counts;
     * {@code headings} are words that make a short block a lead by themselves (a table header "부작용", a heading
     * "시술 후 합병증"). {@code if.except} are sentences in which a procedure is named only as clinic business;
     * {@code then.generic} are the general words (부작용) that alone make a weak notice, still read for the asked,
     * denied and played-down cases. {@code then.dismissals} are sentences that name a complication only to wave the
     * worry about it away (멍이 생길 수 있다는 걱정은 이제 그만!): a no-risk claim, counted as a denial.
     * {@code if.institutions} are the nouns after which a procedure word names a place, not a procedure ("Seorae
     * Laser Clinic", "the implant centre").
     */
    record MorphNotices(MorphRule notices, MorphRule leads, Set<String> headings,
            List<com.google.re2j.Pattern> except, List<Term> generic, List<com.google.re2j.Pattern> dismissals,
            Set<String> institutions) {
        boolean dismisses(String sentence) {
            for (com.google.re2j.Pattern p : dismissals) {
                if (p.matcher(sentence).find()) {
                    return true;
                }
            }
            return false;
        }

        /** The most words a heading or table header cell has ("부작용", "시술 후 부작용"). */
        static final int HEADING_WORDS = 4;

        /** Blocks after a lead in which the listed complications may stand: a table's rows, a list, an answer. */
        static final int LIST_REACH = 12;
    }

    private final List<Term> ifTerms;
    private final List<Term> thenTerms;
    private final Set<String> markers;
    private final Set<String> weakeners;
    private final List<Term> contradictions;
    private final Set<String> failures;
    private final Map<Case, String> messages;
    private final Vocabulary vocabulary;
    private final MorphNotices morph;
    private final TermScan ifScan;
    private final TermScan thenScan;
    private final TermScan genericScan;
    private final TermScan contradictionScan;

    ConditionalRule(RuleMeta meta, Language language, List<Term> ifTerms, List<Term> thenTerms, Set<String> markers,
            Set<String> weakeners, List<Term> contradictions, Set<String> failures, Map<Case, String> messages,
            Vocabulary vocabulary, MorphNotices morph) {
        super(meta, language);
        this.failures = Set.copyOf(failures);
        this.morph = morph;
        this.contradictions = List.copyOf(contradictions);
        this.ifTerms = List.copyOf(ifTerms);
        this.thenTerms = List.copyOf(thenTerms);
        this.ifScan = new TermScan(this.ifTerms);
        this.thenScan = new TermScan(this.thenTerms);
        this.genericScan = new TermScan(morph.generic());
        this.contradictionScan = new TermScan(this.contradictions);
        this.markers = Set.copyOf(markers);
        this.weakeners = Set.copyOf(weakeners);
        this.messages = Map.copyOf(messages);
        this.vocabulary = vocabulary;
    }

    @Override
    public Rule withMeta(RuleMeta newMeta) {
        return new ConditionalRule(newMeta, language(), ifTerms, thenTerms, markers, weakeners, contradictions,
                failures, messages, vocabulary, morph);
    }

    @Override
    public boolean judgesWholeDocument() {
        return true;
    }

    @Override
    public java.util.Collection<String> words() {
        List<String> out = new java.util.ArrayList<>();
        for (TermScan scan : List.of(ifScan, thenScan, genericScan, contradictionScan)) {
            out.addAll(scan.firstForms());
        }
        return out;
    }

    @Override
    public List<RuleHit> check(AnnotatedText doc) {
        RuleHit trigger = firstMatch(doc);
        if (trigger == null) {
            return List.of();
        }
        if (morphNotice(doc)) {
            RuleHit contradiction = contradiction(doc);
            return contradiction == null ? List.of() : List.of(contradiction);
        }
        RuleHit weak = null;
        String text = doc.text();
        TermScan.Candidates then = thenScan.in(doc);
        TermScan.Candidates generics = genericScan.in(doc);
        for (int b = 0; b < doc.blockCount(); b++) {
            List<Word> words = doc.words(b);
            for (int i = 0; i < words.size(); i++) {
                Term term = then.at(words, i, text);
                boolean generic = false;
                if (term == null) {
                    term = generics.at(words, i, text);
                    generic = term != null;
                }
                if (term == null) {
                    continue;
                }
                Sentence s = doc.sentenceAt(b, words.get(i).start());
                int end = words.get(i + term.length() - 1).end();
                if (Context.quoted(text, words.get(i).start(), end, doc.block(b).start(), doc.block(b).end())) {
                    continue; // words talked about ("no side effects" in a list of banned phrases): no statement
                }
                Case problem = morph.dismisses(s.text()) ? Case.DENIED : problem(s, words, i, text);
                boolean stated = false;
                if (problem == Case.UNMARKED && (copularNoticeContinues(doc, b, s, words, i)
                        || frequencyInRow(doc, b))) {
                    problem = null;
                    stated = true;
                }
                // "The main side effect of X is a headache. It may last a day": the copula names the side effect
                if (generic && problem == null && !stated) {
                    problem = Case.GENERIC;
                }
                if (problem == null) {
                    RuleHit contradiction = contradiction(doc);
                    return contradiction == null ? List.of() : List.of(contradiction);
                }
                if (weak == null && problem != Case.UNMARKED) {
                    int start = words.get(i).start();
                    weak = new RuleHit(start, end, text.substring(start, end), messages.get(problem));
                }
            }
        }
        if (failureNotice(doc)) {
            RuleHit contradiction = contradiction(doc);
            return contradiction == null ? List.of() : List.of(contradiction);
        }
        return List.of(weak != null ? weak : trigger);
    }

    /** Whether the morpheme patterns find a real notice: a stated complication, or one listed after a lead. */
    private boolean morphNotice(AnnotatedText doc) {
        if (morph.notices() != null) {
            for (RuleHit hit : morph.notices().check(doc)) {
                if (!downplayed(doc, hit.start()) && !morph.dismisses(
                        doc.sentenceAt(blockOf(doc, hit.start()), hit.start()).text())) {
                    return true;
                }
            }
        }
        if (morph.leads() != null) {
            for (RuleHit hit : morph.leads().check(doc)) {
                if (listedAfter(doc, hit.end())) {
                    return true;
                }
            }
        }
        if (!morph.headings().isEmpty()) {
            String text = doc.text();
            for (int b = 0; b < doc.blockCount(); b++) {
                List<Word> words = doc.words(b);
                if (words.isEmpty() || words.size() > MorphNotices.HEADING_WORDS) {
                    continue;
                }
                for (int i = 0; i < words.size(); i++) {
                    String w = words.get(i).lower();
                    if (morph.headings().stream().anyMatch(w::startsWith)
                            && !Context.negated(words, i, text, language().profile(), vocabulary)
                            && !doc.sentenceAt(b, words.get(i).start()).isQuestion()
                            && listedAfter(doc, doc.block(b).end())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A weakener among the two words before the notice (거의, 극히): "거의 멍이 생기지 않는" is no notice. */
    private boolean downplayed(AnnotatedText doc, int start) {
        int b = blockOf(doc, start);
        List<Word> words = doc.words(b);
        int i = 0;
        while (i < words.size() && words.get(i).end() <= start) {
            i++;
        }
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (weakeners.contains(words.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A complication ({@code then} term) after the lead ending at {@code from}, in its block or one of the next
     * blocks, stated (not asked) and not denied.
     */
    private boolean listedAfter(AnnotatedText doc, int from) {
        String text = doc.text();
        int first = blockOf(doc, from - 1);
        for (int b = first; b < doc.blockCount() && b <= first + MorphNotices.LIST_REACH; b++) {
            List<Word> words = doc.words(b);
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).start() < from || matchAt(thenTerms, words, i, text) == null) {
                    continue;
                }
                Sentence s = doc.sentenceAt(b, words.get(i).start());
                if (!s.isQuestion() && !Context.negated(words, i, text, language().profile(), vocabulary)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int blockOf(AnnotatedText doc, int offset) {
        for (int b = 0; b < doc.blockCount(); b++) {
            if (offset < doc.block(b).end()) {
                return b;
            }
        }
        return doc.blockCount() - 1;
    }

    /**
     * A statement that something can fail or harm: a modal, then within a few words (a copula, an adverb of
     * frequency, a list of verbs) a word of the failure class, in a sentence that is no question, not negated and
     * not conditional. "Veneers can chip, crack or come loose"; "teeth may be sensitive for a few weeks".
     */
    private boolean failureNotice(AnnotatedText doc) {
        if (failures.isEmpty()) {
            return false;
        }
        String text = doc.text();
        for (int b = 0; b < doc.blockCount(); b++) {
            List<Word> words = doc.words(b);
            for (int i = 0; i < words.size(); i++) {
                if (!MODALS.contains(words.get(i).lower())) {
                    continue;
                }
                Sentence s = doc.sentenceAt(b, words.get(i).start());
                int last = Math.min(words.size() - 1, i + FAILURE_REACH);
                for (int k = i + 1; k <= last && words.get(k).end() <= s.end(); k++) {
                    String w = words.get(k).lower();
                    if (failures.contains(w)) {
                        if (!s.isQuestion() && !Context.negated(words, k, text, language().profile(), vocabulary)
                                && !Context.conditional(words, i, text, language().profile())) {
                            return true;
                        }
                        break;
                    }
                    if (!FAILURE_FILLERS.contains(w)) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /** How far after the modal a failure word may stand. */
    private static final int FAILURE_REACH = 4;
    /** What may stand between the modal and the failure word ("may occasionally become sore"). */
    private static final Set<String> FAILURE_FILLERS = Set.of("be", "become", "get", "feel", "also", "sometimes",
            "occasionally", "rarely", "still", "slightly", "temporarily", "briefly", "very", "a", "little", "bit",
            "look", "turn", "go", "even", "eventually", "over", "time");

    /**
     * A notice is not real when the article takes it back elsewhere ("painless", "no side effects"): the first such
     * claim that is not itself negated or asked.
     */
    private RuleHit contradiction(AnnotatedText doc) {
        String text = doc.text();
        TermScan.Candidates found = contradictionScan.in(doc);
        for (int b = 0; b < doc.blockCount(); b++) {
            List<Word> words = doc.words(b);
            for (int i = 0; i < words.size(); i++) {
                Term t = found.at(words, i, text);
                if (t == null || Context.negated(words, i, text, language().profile(), vocabulary)
                        || doc.sentenceAt(b, words.get(i).start()).isQuestion()) {
                    continue;
                }
                int start = words.get(i).start();
                int end = words.get(i + t.length() - 1).end();
                return new RuleHit(start, end, text.substring(start, end), messages.get(Case.CONTRADICTED));
            }
        }
        return null;
    }

    /** Null for a real notice, else why the mention is none ({@link Case#UNMARKED}) or a weak one. */
    private Case problem(Sentence s, List<Word> words, int i, String text) {
        if (s.isQuestion()) {
            return Case.ASKED;
        }
        if (Context.negated(words, i, text, language().profile(), vocabulary)) {
            return Case.DENIED;
        }
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (weakeners.contains(words.get(k).lower())) {
                return Case.DOWNPLAYED;
            }
        }
        return markerInSameClause(s, words, i, text) ? null : Case.UNMARKED;
    }

    /**
     * A marker counts only on the mention's side of a contrast: in "swelling may increase, but a faster recovery is
     * possible" the "possible" speaks of recovery, not of the swelling.
     */
    private boolean markerInSameClause(Sentence s, List<Word> words, int i, String text) {
        for (int k = i; k < words.size() && words.get(k).end() <= s.end(); k++) {
            if (k > i && (isContrast(words.get(k)) || semicolonBetween(text, words.get(k - 1), words.get(k)))) {
                break;
            }
            if (markers.contains(words.get(k).lower())) {
                return true;
            }
        }
        for (int k = i - 1; k >= 0 && words.get(k).start() >= s.start(); k--) {
            if (isContrast(words.get(k)) || semicolonBetween(text, words.get(k), words.get(k + 1))) {
                break;
            }
            if (markers.contains(words.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A copular notice whose modality is in the next sentence: "The most common side effect of filler is bruising.
     * It may last a week." The mention's sentence says what the side effect is (a form of the copula after it); the
     * next sentence refers back to it (this, these, it, they, such) and says it can happen (a marker or a modal).
     */
    private boolean copularNoticeContinues(AnnotatedText doc, int b, Sentence s, List<Word> words, int i) {
        boolean copula = false;
        for (int k = i + 1; k < words.size() && words.get(k).end() <= s.end() && k <= i + 6; k++) {
            String w = words.get(k).lower();
            if (w.equals("is") || w.equals("are") || w.equals("include") || w.equals("includes")) {
                copula = true;
                break;
            }
        }
        if (!copula) {
            return false;
        }
        List<Sentence> all = doc.sentences(b);
        int at = all.indexOf(s);
        if (at < 0 || at + 1 >= all.size()) {
            return false;
        }
        Sentence next = all.get(at + 1);
        List<Word> nextWords = Context.wordsOf(next, words);
        if (nextWords.isEmpty() || !REFERS_BACK.contains(nextWords.get(0).lower()) || next.isQuestion()) {
            return false;
        }
        for (int k = 0; k < nextWords.size(); k++) {
            String w = nextWords.get(k).lower();
            if (markers.contains(w) || MODALS.contains(w)) {
                return !Context.negated(nextWords, k, doc.text(), language().profile(), vocabulary);
            }
        }
        return false;
    }

    /**
     * A complication in a table cell or list item whose next cell says how often it happens: "Bruising | Occasional
     * | Up to two weeks". The mention's block is short (a cell), and one of the next {@link #ROW_REACH} blocks is a
     * cell of at most {@link #ROW_CELL_WORDS} words holding a marker (common, rare, occasional).
     */
    private boolean frequencyInRow(AnnotatedText doc, int b) {
        if (doc.words(b).size() > ROW_MENTION_WORDS) {
            return false;
        }
        for (int n = b + 1; n < doc.blockCount() && n <= b + ROW_REACH; n++) {
            List<Word> cell = doc.words(n);
            if (cell.isEmpty() || cell.size() > ROW_CELL_WORDS) {
                return false;
            }
            for (Word w : cell) {
                if (markers.contains(w.lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final int ROW_MENTION_WORDS = 12;
    private static final int ROW_CELL_WORDS = 3;
    private static final int ROW_REACH = 2;

    private static final Set<String> REFERS_BACK = Set.of("this", "these", "it", "they", "such", "that", "those");
    private static final Set<String> MODALS = Set.of("may", "can", "could", "might");

    private boolean isContrast(Word w) {
        return language().profile().isContrast(w.lower());
    }

    private static boolean semicolonBetween(String text, Word a, Word b) {
        return text.substring(a.end(), b.start()).indexOf(';') >= 0;
    }

    /**
     * The first occurrence of the first listed term that occurs at all: terms are listed from the most specific
     * (a procedure's name) to the most general ("surgery", which also names clinics), so the finding points at the
     * procedure the article is about. A mention in quotation marks is a word talked about; a mention inside a
     * conditional clause ("if you have concerns about recent
     * dental treatment, call us") does not describe a procedure, so it triggers nothing.
     */
    private RuleHit firstMatch(AnnotatedText doc) {
        String text = doc.text();
        TermScan.Candidates found = ifScan.in(doc);
        for (int k = 0; k < ifTerms.size(); k++) {
            Term t = ifTerms.get(k);
            for (int b = 0; b < doc.blockCount(); b++) {
                List<Word> words = doc.words(b);
                for (int i = 0; i < words.size(); i++) {
                    if (found.matchesAt(k, words, i, text)
                            && !namesInstitution(words, i + t.length())
                            && !Context.quoted(text, words.get(i).start(), words.get(i + t.length() - 1).end(),
                                    doc.block(b).start(), doc.block(b).end())
                            && !Context.conditional(words, i, text, language().profile())
                            && !excepted(doc.sentenceAt(b, words.get(i).start()).text())) {
                        int start = words.get(i).start();
                        int end = words.get(i + t.length() - 1).end();
                        return new RuleHit(start, end, text.substring(start, end), null);
                    }
                }
            }
        }
        return null;
    }

    /** Whether the word after a mention is an institution noun: the mention is then part of a place's name. */
    private boolean namesInstitution(List<Word> words, int next) {
        return next < words.size() && morph.institutions().contains(words.get(next).lower());
    }

    /**
     * Whether a mention's sentence matches one of {@code if.except}: the procedure named only as a matter of
     * running the clinic (시술 예약은 연휴 뒤에, 수술 일정 변경), which introduces no procedure.
     */
    private boolean excepted(String sentence) {
        for (com.google.re2j.Pattern p : morph.except()) {
            if (p.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }

    private static Term matchAt(List<Term> terms, List<Word> words, int i, String text) {
        String w = words.get(i).lower();
        for (int k = 0, n = terms.size(); k < n; k++) { // indexed: asked of every word of the article
            Term t = terms.get(k);
            if (t.startsWith(w) && t.matchesAt(words, i, text)) {
                return t;
            }
        }
        return null;
    }

    @Override
    public List<String> whyNoFinding(String text) {
        return List.of("either the text mentions none of the rule's 'if' terms, or it carries a real notice (a 'then' "
                + "term with one of the markers, not asked, denied or played down)");
    }

    @Override
    public List<String> whyFinding(String text, List<String> matches) {
        return List.of(matches.isEmpty() ? "the text mentions an 'if' term and has no real notice"
                : "the text mentions " + matches.get(0) + " (an 'if' term or a weak notice) and has no real "
                        + "notice: a 'then' term with one of the markers, in a statement that is not asked, "
                        + "denied or played down");
    }
}

package dev.medlint.core.rule;

import dev.medlint.core.lang.Vocabulary;

import dev.medlint.core.lang.LanguageProfile;
import dev.medlint.core.lang.Sentence;
import dev.medlint.core.lang.Word;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import com.google.re2j.Pattern;

/**
 * The context checks that excuse a match. They read the word scan and the sentence, never the models; the grammar
 * words (negations, conditions, clause punctuation) come from the language profile.
 */
public final class Context {
    private static final String QUOTES = "\"'“”‘’«»「」『』";
    private static final int NEGATION_WINDOW = 6;
    private static final int SHORT_QUOTE = 40;
    /** The most words an aside in dashes or parentheses holds and still leaves a negation its noun. */
    private static final int ASIDE_WORDS = 6;

    private Context() {
    }

    /**
     * Whether a negation stands before word {@code first} in the same clause, within a few words: "does not
     * guarantee", "no procedure is painless". "not only" is no negation.
     */
    public static boolean negated(List<Word> words, int first, String text, LanguageProfile profile,
            Vocabulary vocab) {
        return negated(words, first, first, text, profile, vocab);
    }

    /**
     * The same for a match of words {@code first..last}: where negation follows (Korean), it is looked for after
     * the last word, so the 없이 of a matched "통증 없이" is not its own negation.
     */
    public static boolean negated(List<Word> words, int first, int last, String text, LanguageProfile profile,
            Vocabulary vocab) {
        if (profile.negationFollows()) {
            return negatedAfter(words, Math.max(first, last), text, profile, vocab);
        }
        for (int k = first - 1, seen = 0; k >= 0 && seen < NEGATION_WINDOW; k--, seen++) {
            Word w = words.get(k);
            if (breakBetween(text, w.end(), words.get(k + 1).start(), profile)) {
                // An aside in dashes or parentheses does not cut a negation off its noun: "No treatment — however
                // minor — is free of risk". Skip back over the aside to the word before it opened.
                if (listContinues(words, k, first, text, profile)) {
                    continue; // "we do not offer discounts, packages or prize draws": the list shares the negation
                }
                int open = asideOpening(text, w.end(), words.get(k + 1).start());
                if (open < 0) {
                    return false;
                }
                int before = k;
                while (before >= 0 && words.get(before).end() > open) {
                    before--;
                }
                if (before < 0 || k - before > ASIDE_WORDS
                        || breakBetween(text, words.get(before).end(), open, profile)) {
                    return false;
                }
                k = before;
                w = words.get(k);
            }
            String before = k > 0 ? words.get(k - 1).lower() : "";
            String after = k + 1 < words.size() ? words.get(k + 1).lower() : "";
            if (profile.isNegation(w.lower(), before, after, vocab)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a language whose negation follows (Korean): an odd number of negations after the word in its clause, or
     * 안/못 just before the predicate that follows. Two negations cancel: "부작용이 없는 시술은 없습니다" admits risk.
     */
    private static boolean negatedAfter(List<Word> words, int first, String text, LanguageProfile profile,
            Vocabulary vocab) {
        int negations = 0;
        for (int k = first; k < words.size() && k - first <= NEGATION_WINDOW; k++) {
            if (k > first && breakBetween(text, words.get(k - 1).end(), words.get(k).start(), profile)) {
                break;
            }
            String w = words.get(k).lower();
            if (k > first && (profile.isContrast(w) || profile.endsClause(words.get(k - 1).lower()))) {
                break;
            }
            String before = k > 0 ? words.get(k - 1).lower() : "";
            String after = k + 1 < words.size() ? words.get(k + 1).lower() : "";
            if (k > first && profile.isNegation(w, before, after, vocab)) {
                negations++;
            }
        }
        return negations % 2 == 1;
    }

    /** Whether an excuse or exception needs the match's sentence (question, hedge, ad talk, risk, exceptions). */
    static boolean needsSentence(Set<Excuse> unless, List<Pattern> exceptions) {
        return unless.contains(Excuse.HEDGED) || unless.contains(Excuse.QUESTION) || unless.contains(Excuse.ABOUT_ADS)
                || unless.contains(Excuse.RISK) || !exceptions.isEmpty();
    }

    /**
     * Whether the sentence of a match excuses it: one of the rule's sentence-level excuses applies (a question, a
     * hedge, talk about advertising, a risk statement), or one of its exception patterns matches the sentence.
     */
    static boolean sentenceExcuses(Sentence sentence, List<Word> words, Set<Excuse> unless,
            SentenceExceptions exceptions, LanguageProfile profile, Vocabulary vocab) {
        return sentenceExcuses(sentence, words, unless, exceptions, profile, vocab, -1, -1);
    }

    /** {@link #sentenceExcuses} for the match [start, end) of the sentence, to which a hedge is scoped. */
    static boolean sentenceExcuses(Sentence sentence, List<Word> words, Set<Excuse> unless,
            SentenceExceptions exceptions, LanguageProfile profile, Vocabulary vocab, int start, int end) {
        if (unless.contains(Excuse.QUESTION) && sentence.isQuestion()) {
            return true;
        }
        if (unless.contains(Excuse.HEDGED) && hedged(sentence, words, vocab, profile, start, end)) {
            return true;
        }
        if (unless.contains(Excuse.ABOUT_ADS)
                && sentence.fact(Sentence.TextFact.ABOUT_ADS, profile::talksAboutAdvertising)) {
            return true;
        }
        if (unless.contains(Excuse.RISK) && sentence.fact(Sentence.TextFact.RISK, profile::describesRisk)) {
            return true;
        }
        return exceptions.matchIn(sentence);
    }

    /**
     * The words of a block (in order) that start inside the sentence, found by binary search so that a rule asking
     * about every sentence of a block reads each word a bounded number of times.
     */
    static List<Word> wordsOf(Sentence sentence, List<Word> words) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < sentence.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < words.size() && words.get(end).start() < sentence.end()) {
            end++;
        }
        return words.subList(lo, end);
    }

    /**
     * Whether a hedge excuses the match [start, end) of the sentence. Where the profile scopes hedges, a hedge word
     * counts only in the match's clause (a semicolon, line break or list separator ends it; a comma, colon, dash or
     * parenthesis does not), a sentence qualifier ("depending on the individual") and a hedge phrase anywhere in the
     * sentence, and nothing excuses a clause that makes an absolute, permanent or numeric claim ("can reverse ten
     * years").
     */
    static boolean hedged(Sentence sentence, List<Word> words, Vocabulary vocab, LanguageProfile profile, int start,
            int end) {
        if (!profile.scopesHedges() || start < sentence.start()) {
            return hedged(sentence, words, vocab);
        }
        String text = sentence.text();
        int from = Math.min(start - sentence.start(), text.length());
        int to = Math.min(Math.max(end - sentence.start(), from), text.length());
        int cs = from;
        while (cs > 0 && !hedgeBreak(text, cs - 1, profile)) {
            cs--;
        }
        int ce = to;
        while (ce < text.length() && !hedgeBreak(text, ce, profile)) {
            ce++;
        }
        // The absolute claim must be the match's own: read it in the narrow clause (a comma or "but" ends it too), so
        // "can reduce pigmentation, but rarely clears it completely" keeps its hedge.
        int ns = from;
        while (ns > cs && !narrowBreak(text, ns - 1, profile)) {
            ns--;
        }
        int ne = to;
        while (ne < ce && !narrowBreak(text, ne, profile)) {
            ne++;
        }
        if (profile.absoluteClaim(text.substring(ns, ne))) {
            return false;
        }
        for (Word w : wordsOf(sentence, words)) {
            if (w.end() > sentence.end() || !vocab.hedges().contains(w.lower())) {
                continue;
            }
            int ws = w.start() - sentence.start();
            if (profile.qualifiesSentence(w.lower()) || (ws >= cs && ws < ce)) {
                return true;
            }
        }
        return hasHedgePhrase(text, vocab);
    }

    /**
     * Whether every match in the sentence is excused by a hedge, told before the match is known (so a rule can skip
     * a hedged sentence before paying for its analysis): a sentence qualifier or hedge phrase anywhere, or a hedge
     * word in a sentence with no clause break for hedges and no absolute claim. False means "look at the match".
     */
    static boolean hedgedThroughout(Sentence sentence, List<Word> words, Vocabulary vocab, LanguageProfile profile) {
        if (!profile.scopesHedges()) {
            return hedged(sentence, words, vocab);
        }
        String text = sentence.text();
        if (profile.absoluteClaim(text)) {
            return false;
        }
        boolean oneClause = true;
        int last = text.stripTrailing().length() - 1;
        for (int i = 0; i < last; i++) {
            if (hedgeBreak(text, i, profile)) {
                oneClause = false;
                break;
            }
        }
        for (Word w : wordsOf(sentence, words)) {
            if (w.end() <= sentence.end() && vocab.hedges().contains(w.lower())
                    && (oneClause || profile.qualifiesSentence(w.lower()))) {
                return true;
            }
        }
        return hasHedgePhrase(text, vocab);
    }

    /** A clause break for the absolute-claim test: any clause punctuation, or a contrast word starting at i. */
    private static boolean narrowBreak(String text, int i, LanguageProfile profile) {
        char c = text.charAt(i);
        if (c == '\n' || profile.clausePunctuation().indexOf(c) >= 0) {
            return true;
        }
        if (c != ' ') {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j > i + 1 && profile.isContrast(text.substring(i + 1, j).toLowerCase(Locale.ROOT));
    }

    /**
     * A character that ends a clause for a hedge: a line break, a semicolon or a list separator. Commas, colons,
     * dashes and parentheses do not: what they introduce qualifies the clause ("restores volume — results may vary").
     */
    private static boolean hedgeBreak(String text, int i, LanguageProfile profile) {
        char c = text.charAt(i);
        if (c == '/' && !((i > 0 && text.charAt(i - 1) == ' ') || (i + 1 < text.length() && text.charAt(i + 1) == ' '))) {
            return false; // "lines/wrinkles" joins words; " / " separates items
        }
        return c == '\n' || (HEDGE_BREAKS.indexOf(c) >= 0 && profile.clausePunctuation().indexOf(c) >= 0);
    }

    private static final String HEDGE_BREAKS = ".!?;/|•·…";

    /** Whether a text holds one of the vocabulary's hedge phrases ("depending on the individual"). */
    private static boolean hasHedgePhrase(String text, Vocabulary vocab) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : vocab.hedgePhrases()) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence carries a hedge. */
    public static boolean hedged(Sentence sentence, List<Word> words, Vocabulary vocab) {
        for (Word w : wordsOf(sentence, words)) {
            if (w.end() <= sentence.end() && vocab.hedges().contains(w.lower())) {
                return true;
            }
        }
        return hasHedgePhrase(sentence.text(), vocab);
    }

    /**
     * Whether a quoted match is a slogan used rather than a phrase mentioned: the quotation opens its sentence and
     * stands alone, before a dash, a colon or the sentence end ("'Safe Surgery Abroad' — cosmetic surgery in
     * Antalya"), and the sentence does not talk about words. A quotation inside a sentence, or one a verb follows,
     * stays excused, as text about wording quotes that way.
     */
    static boolean quotedSlogan(Sentence sentence, int start, LanguageProfile profile) {
        String t = sentence.text();
        int i = 0;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        if (i >= t.length() || QUOTES.indexOf(t.charAt(i)) < 0) {
            return false;
        }
        int at = start - sentence.start();
        int close = -1;
        for (int j = i + 1; j < t.length(); j++) {
            if (QUOTES.indexOf(t.charAt(j)) >= 0 && !(t.charAt(j) == '’' && j + 1 < t.length()
                    && Character.isLetter(t.charAt(j + 1)))) {
                close = j;
                break;
            }
        }
        if (close <= at || at <= i) {
            return false;
        }
        // A slogan stands alone, as a headline before a dash or a colon; a quotation that a verb follows ("'Clinically
        // proven' requires published trials") is talked about.
        String rest = t.substring(close + 1).strip();
        return (rest.isEmpty() || "—–-:|!.".indexOf(rest.charAt(0)) >= 0) && !profile.talksAboutWords(t);
    }

    /** Whether the span [start, end) stands inside quotation marks. */
    public static boolean quoted(String text, int start, int end, int blockStart, int blockEnd) {
        int before = start - 1;
        while (before >= blockStart && text.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        while (after < blockEnd && (text.charAt(after) == ' ' || text.charAt(after) == '.' || text.charAt(after) == ',')) {
            after++;
        }
        if (before >= blockStart && after < blockEnd && QUOTES.indexOf(text.charAt(before)) >= 0
                && QUOTES.indexOf(text.charAt(after)) >= 0) {
            return !wholeBlock(text, before, after, blockStart, blockEnd);
        }
        return insideShortQuotation(text, start, end, blockStart, blockEnd);
    }

    /**
     * A phrase talked about, not claimed: the match lies inside a short double-quoted span ("phrases such as
     * "guaranteed results""). Only double quotes count, because the single closing quote is also the apostrophe.
     * Long quotations are speech (a patient's words), which this does not excuse.
     */
    private static boolean insideShortQuotation(String text, int start, int end, int blockStart, int blockEnd) {
        int open = -1;
        for (int i = start - 1; i >= blockStart && start - i <= SHORT_QUOTE; i--) {
            char c = text.charAt(i);
            if (c == '“') {
                open = i;
                break;
            }
            if (c == '”') {
                return false;
            }
            if (c == '"') {
                long straightBefore = text.substring(blockStart, i).chars().filter(ch -> ch == '"').count();
                if (straightBefore % 2 == 0) {
                    open = i;
                }
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        char close = text.charAt(open) == '“' ? '”' : '"';
        for (int i = end; i < blockEnd && i - open <= SHORT_QUOTE; i++) {
            if (text.charAt(i) == close) {
                return !reportedSpeech(text, i, blockEnd) && !wholeBlock(text, open, i, blockStart, blockEnd);
            }
        }
        return false;
    }

    /**
     * Whether a quotation is all its block says (a headline or a line in quotation marks): then it is the slogan
     * itself, not a phrase the text talks about.
     */
    private static boolean wholeBlock(String text, int open, int close, int blockStart, int blockEnd) {
        return noLetterOrDigit(text, blockStart, open) && noLetterOrDigit(text, close + 1, blockEnd);
    }

    private static boolean noLetterOrDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a quoted sentence is followed by a Korean quotative particle ("...본다"고 전했다, "...해요"라며):
     * someone's claim reported by the article (the advertorial's way of making it), not a phrase talked about.
     */
    private static boolean reportedSpeech(String text, int close, int blockEnd) {
        if ("다요죠.!?~".indexOf(text.charAt(close - 1)) < 0) {
            return false; // "최고"라고 쓰면: a word quoted, not a sentence
        }
        int afterClose = close + 1;
        String rest = text.substring(afterClose, Math.min(blockEnd, afterClose + 3));
        return rest.startsWith("고 ") || rest.startsWith("라고") || rest.startsWith("라며") || rest.startsWith("며 ")
                || rest.startsWith("고,");
    }

    /** Whether the clause holding word {@code first} opens with a condition (if, unless, when). */
    public static boolean conditional(List<Word> words, int first, String text, LanguageProfile profile) {
        for (int k = first - 1; k >= 0 && first - k <= 12; k--) {
            if (profile.isCondition(words.get(k).lower(), k > 0 ? words.get(k - 1).lower() : "")) {
                return true;
            }
            if (breakBetween(text, words.get(k).end(), words.get(k + 1).start(), profile)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the comma after word {@code k} separates items of one list that the match (word {@code first}) ends:
     * the gap is a comma alone, and the words from it to the match are a short item joined by "or", "and" or "nor"
     * ("discounts, packages or prize draws"), so a negation before the list reaches its last item.
     */
    private static boolean listContinues(List<Word> words, int k, int first, String text, LanguageProfile profile) {
        if (!text.substring(words.get(k).end(), words.get(k + 1).start()).strip().equals(",") || first - k > 4) {
            return false;
        }
        for (int j = k + 1; j < first; j++) {
            String w = words.get(j).lower();
            if (w.equals("or") || w.equals("and") || w.equals("nor")) {
                return !profile.negationFollows();
            }
        }
        return false;
    }

    /**
     * Where the aside closed in the gap [from, to) opened: for a closing dash or parenthesis in the gap (and no other
     * break), the offset of the dash or parenthesis that opened it earlier in the text, within a short distance and
     * with no sentence end between; else -1.
     */
    private static int asideOpening(String text, int from, int to) {
        char close = 0;
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (c == '—' || c == '–' || c == ')') {
                if (close != 0) {
                    return -1;
                }
                close = c;
            } else if (c != ' ' && c != '-') {
                return -1;
            }
        }
        if (close == 0) {
            return -1;
        }
        char open = close == ')' ? '(' : close;
        for (int j = from - 1; j >= 0 && from - j <= 60; j--) {
            char c = text.charAt(j);
            if (c == open) {
                return j;
            }
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';' || c == ':') {
                return -1;
            }
        }
        return -1;
    }

    static boolean breakBetween(String text, int from, int to, LanguageProfile profile) {
        String breaks = profile.clausePunctuation();
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            // A slash separates list items only with space around it ("No needles / No downtime"); "pain-free/
            // risk-free" and "and/or" join words.
            if (c == '/' && !text.substring(from, to).contains(" ")) {
                continue;
            }
            if (breaks.indexOf(c) >= 0 || c == '\n') {
                return true;
            }
        }
        return false;
    }
}

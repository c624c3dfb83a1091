package dev.medlint.core.lang.en;

import dev.medlint.core.lang.CaseFold;
import dev.medlint.core.lang.LanguageProfile;
import dev.medlint.core.lang.RequiredLiterals;
import dev.medlint.core.lang.Token;
import dev.medlint.core.lang.Vocabulary;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** English grammar words and forms, as the built-in pack is measured with. */
final class EnglishProfile implements LanguageProfile {
    private static final Vocabulary VOCABULARY = new Vocabulary(
            Set.of("not", "no", "never", "nor", "cannot", "none", "neither", "nothing", "nobody", "without",
                    "hardly", "impossible"),
            Set.of("may", "might", "can", "could", "help", "helps", "helping", "depending", "depend", "depends",
                    "vary", "varies", "varying", "individual", "individuals", "possible", "possibly", "generally",
                    "typically", "usually", "often", "aim", "aims", "strive", "strives", "pursue", "pursues",
                    "designed", "tend", "tends", "expected", "potentially", "likely", "some", "individually",
                    "differ", "differs", "sometimes"),
            Set.of("to some extent", "in some cases", "results vary", "case by case"));
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
    private static final Set<String> CONTRASTS = Set.of("but", "however", "although", "though", "while",
            "whereas", "yet");
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "while", "although", "though", "whereas",
            "because", "so");
    // List separators (a slash, a bar, a bullet, an ellipsis) end a clause like a semicolon: in "No needles / No
    // downtime / Results guaranteed" the first "no" does not reach the guarantee.
    // (A slash between tokens is no break: "pain-free/risk-free" and "and/or" join words; the word scan sees its
    // spacing, see Context.)
    private static final String CLAUSE_TOKEN_PUNCT = ",;:()—–|•·…";
    private static final String CLAUSE_PUNCT = ".,;:!?()[]—–/|•·…";
    /** Hedge words that qualify the whole sentence ("depending on the individual"), wherever they stand. */
    private static final Set<String> SENTENCE_QUALIFIERS = Set.of("depending", "depend", "depends", "vary",
            "varies", "varying", "individual", "individuals", "individually", "differ", "differs");
    /** An absolute, permanent, complete or numeric claim, which a modal does not soften ("can reverse ten years"). */
    private static final Pattern ABSOLUTE = Pattern.compile("\\b(?:completely|entirely|totally|permanently|forever|"
            + "for good|for life|for a lifetime|once and for all|every trace|all traces|(?:\\d+|one|two|three|four|five|"
            + "six|seven|eight|nine|ten|fifteen|twenty|thirty) (?:years|decades)|a decade)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATED_ABSOLUTE = Pattern.compile("\\b(?:not|never|rarely|seldom|n't|no|nor|"
            + "cannot)\\s+(?:\\w+\\s+)?$");
    /** Words of a sentence that talks about words: a quotation in it is mentioned, not used as a slogan. */
    private static final Pattern ABOUT_WORDS = Pattern.compile("\\b(?:so-called|called|known as|terms?|termed|"
            + "words?|phrases?|means|meaning|labels?|labell?ed|buzzwords?|wording|slogans?|described as|misleading|"
            + "the claim|claims? (?:of|like|such as|that)|stands? for|short for|nicknamed|titles?|call(?:s|ed|ing)? (?:a|an|"
            + "the|it|him|her|them|your?)\\b|writ(?:e|es|ing|ten)|wrote|cit(?:e|es|ed|ing)|flag(?:s|ged|ging)?|"
            + "delet\\w*|replac\\w*|copy|banners?|examples?|avoid|reviewers?|review body|enforcement|found to|"
            + "use[sd]?|using|headlines?|taglines?|strapline)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A flaw an efficacy verb acts on ("erase acne scars", "reverse sun damage"): the risk words in it are the
     * object of a claim, not a risk the sentence describes.
     */
    private static final Pattern TREATED_FLAW = Pattern.compile("\\b(?:(?:remove|removes|removing|erase|erases|"
            + "erasing|reverse|reverses|reversing|repair|repairs|undo|undoes|fade|fades|clear|clears|banish|banishes|"
            + "eliminate|eliminates|smooth|smooths|wipe out|wipes out|heal|heals|fix|fixes|treat|treats|treating|"
            + "diminish|diminishes|blur|blurs|lighten|lightens|zap|zaps|get rid of|gets rid of)\\s+"
            // the object follows without a modal or a verb of harm between ("removal can permanently scar" is a risk)
            + "(?:(?!(?:can|may|might|could|will|cause|causes|leave|leaves)\\b)[\\w'’-]+\\s+){0,4}?"
            + "(?:scars?|scarring|damage|discolou?r\\w*)|"
            // "patients report clearer skin" reports a benefit; "patients report numbness" keeps its risk word
            + "(?:patients|people|clients) (?:notice|report|see) (?:[\\w-]+ )?(?:\\w+er|improv\\w*|"
            + "results?|benefits?))\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words one of which every {@link #TREATED_FLAW} match contains (its flaw, or who reports the result). */
    private static final List<String> TREATED_FLAW_WORDS = List.of("scar", "damage", "discolo", "patients", "people",
            "clients");
    /** Words of a sentence about ads: rules, rulings, wording. */
    private static final Pattern ABOUT_ADS = Pattern.compile("\\b(?:phrases?|wording|words? (?:such as|like)|terms? "
            + "(?:such as|like)|claims? (?:such as|like)|slogans?|captions?|expressions? (?:such as|like)|the line|"
            + "advertis\\w*|ads? (?:must|may|should|cannot|can't|promising|claiming|offering|that (?:promise|claim|offer))|"
            + "(?:an|any|the) ad (?:promises|claims|says|offers)|red flags?|ruled (?:against|on|that)|must not (?:say|use|claim|promise|describe)|"
            + "(?:is|are) not (?:permitted|allowed)|not permitted|prohibit\\w*|forbid\\w*|banned|guidance|"
            + "guidelines?|the rules|under the rules|rules on|ruling|the committee|review committee|(?<!by )regulators?(?!-)|complaint|"
            + "the act|medical service act|the asa|the law|statutory|(?:may|can|must) only be used|(?:be|been|is|are) judged)\\b|\\b(?:such as|like) [\"“]",
            Pattern.CASE_INSENSITIVE);
    /** Words of a sentence about a risk or an adverse change. */
    private static final Pattern RISK = Pattern.compile("\\b(?:risks?|side[- ]effects?|complications?|adverse|"
            + "damage|injur(?:y|ies)|numbness|altered sensation|infection|seroma|haematoma|hematoma|scars?|"
            + "scarring|darker|discolou?r\\w*|changes? in (?:skin )?colou?r|cannot be (?:reversed|undone)|"
            + "irreversibl\\w*|left with|palpable|visible threads|may need|revision|rare(?:ly)?|"
            + "(?:patients|people) (?:notice|report|experience|develop))\\b", Pattern.CASE_INSENSITIVE);
    /** Whether a regex with these literals may find something in the sentence (its literals, case-folded, are in it). */
    private static boolean mayFind(RequiredLiterals literals, String sentence) {
        return literals.isEmpty() || literals.admits(CaseFold.fold(sentence));
    }

    /**
     * The literals each of these java.util.regex alternations cannot match without ({@link RequiredLiterals}, which
     * reads a lookaround as requiring nothing): about one sentence in a hundred holds them, so the regex, which tries
     * every alternative at every word, runs on those alone.
     */
    private static final RequiredLiterals ABOUT_ADS_LITERALS = RequiredLiterals.of(ABOUT_ADS.pattern());
    private static final RequiredLiterals ABOUT_WORDS_LITERALS = RequiredLiterals.of(ABOUT_WORDS.pattern());
    private static final RequiredLiterals RISK_LITERALS = RequiredLiterals.of(RISK.pattern());

    @Override
    public Vocabulary vocabulary() {
        return VOCABULARY;
    }

    @Override
    public Set<String> inflections(String word) {
        return EnglishInflections.of(word);
    }

    @Override
    public java.util.Optional<Set<String>> lemmaForms(String lemma) {
        return java.util.Optional.of(EnglishLemmaForms.of(lemma));
    }

    @Override
    public boolean isNegation(String word, String before, String after, Vocabulary vocabulary) {
        if (word.equals("not") && after.equals("only")) {
            return false; // "not only ... but also" adds, it does not deny
        }
        // Negation scoped to its head: "nothing short of magic", "no wonder", "never less than", "nothing but
        // glowing skin", "no less than" intensify what follows.
        if ((word.equals("nothing") && (after.equals("short") || after.equals("but")))
                || (word.equals("no") && (after.equals("wonder") || after.equals("less")))
                || (word.equals("never") && (after.equals("less") || after.equals("fewer")))) {
            return false;
        }
        return vocabulary.negations().contains(word) || word.equals("n't") || word.equals("cannot")
                || (word.equals("t") && before.endsWith("n"));
    }

    @Override
    public boolean talksAboutAdvertising(String sentence) {
        return mayFind(ABOUT_ADS_LITERALS, sentence) && ABOUT_ADS.matcher(sentence).find();
    }

    @Override
    public boolean talksAboutWords(String sentence) {
        return talksAboutAdvertising(sentence)
                || mayFind(ABOUT_WORDS_LITERALS, sentence) && ABOUT_WORDS.matcher(sentence).find();
    }

    @Override
    public boolean scopesHedges() {
        return true;
    }

    @Override
    public boolean qualifiesSentence(String word) {
        return SENTENCE_QUALIFIERS.contains(word);
    }

    @Override
    public boolean absoluteClaim(String clause) {
        java.util.regex.Matcher m = ABSOLUTE.matcher(clause);
        while (m.find()) {
            // "not completely", "rarely permanently": a denied absolute is a limit, not a claim
            String before = clause.substring(Math.max(0, m.start() - 16), m.start()).toLowerCase(java.util.Locale.ROOT);
            if (!NEGATED_ABSOLUTE.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean describesRisk(String sentence) {
        String text = mayTreatFlaw(sentence) ? TREATED_FLAW.matcher(sentence).replaceAll(" ") : sentence;
        return mayFind(RISK_LITERALS, text) && RISK.matcher(text).find();
    }

    /**
     * False when {@link #TREATED_FLAW} cannot match: each of its matches holds one of these words (its flags fold
     * ASCII case only, so lower-casing the sentence keeps every such word). Most sentences hold none, and this
     * scan is much cheaper than the regex's try of some fifty verbs at every word.
     */
    private static boolean mayTreatFlaw(String sentence) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        for (String w : TREATED_FLAW_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isCondition(String word) {
        return CONDITIONS.contains(word);
    }

    @Override
    public boolean isCondition(String word, String before) {
        return isCondition(word) && !(word.equals("if") && (before.equals("as") || before.equals("even")));
    }

    @Override
    public boolean isContrast(String word) {
        return CONTRASTS.contains(word);
    }

    @Override
    public boolean isClauseBoundary(Token t) {
        return (t.text().length() == 1 && CLAUSE_TOKEN_PUNCT.indexOf(t.text().charAt(0)) >= 0)
                || CLAUSE_WORDS.contains(t.lower()) || ellipsis(t.text());
    }

    /** "..." as one token (a hot path: every token of every pattern test asks, so no streams). */
    private static boolean ellipsis(String text) {
        if (text.length() < 2 || text.charAt(0) != '.') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String clausePunctuation() {
        return CLAUSE_PUNCT;
    }

    @Override
    public String copulaLemma() {
        return "be";
    }

    @Override
    public boolean isInfinitiveMarker(String word) {
        return word.equals("to");
    }

    @Override
    public boolean isProgressiveForm(String word) {
        return word.endsWith("ing");
    }

    @Override
    public boolean isParticipleForm(String word) {
        return word.endsWith("ed");
    }

    @Override
    public boolean isThirdPersonForm(String word) {
        return word.endsWith("s");
    }
}

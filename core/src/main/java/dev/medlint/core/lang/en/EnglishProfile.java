package dev.medlint.core.lang.en;

import dev.medlint.core.lang.LanguageProfile;
import dev.medlint.core.lang.Token;
import dev.medlint.core.lang.Vocabulary;
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
    private static final String CLAUSE_TOKEN_PUNCT = ",;:()—–";
    private static final String CLAUSE_PUNCT = ".,;:!?()[]—–";
    /** Words of a sentence about ads: rules, rulings, wording. */
    private static final Pattern ABOUT_ADS = Pattern.compile("\\b(?:phrases?|wording|words? (?:such as|like)|terms? "
            + "(?:such as|like)|claims? (?:such as|like)|slogans?|captions?|expressions? (?:such as|like)|the line|"
            + "advertis\\w*|ads? (?:must|may|should|cannot|can't)|must not (?:say|use|claim|promise|describe)|"
            + "(?:is|are) not (?:permitted|allowed)|not permitted|prohibit\\w*|forbid\\w*|banned|guidance|"
            + "guidelines?|the rules|under the rules|ruling|the committee|review committee|regulators?|complaint|"
            + "the act|medical service act|the asa|the law)\\b", Pattern.CASE_INSENSITIVE);
    /** Words of a sentence about a risk or an adverse change. */
    private static final Pattern RISK = Pattern.compile("\\b(?:risks?|side[- ]effects?|complications?|adverse|"
            + "damage|injur(?:y|ies)|numbness|altered sensation|infection|seroma|haematoma|hematoma|scars?|"
            + "scarring|darker|discolou?r\\w*|changes? in (?:skin )?colou?r|cannot be (?:reversed|undone)|"
            + "irreversibl\\w*|left with|palpable|visible threads|may need|revision|rare(?:ly)?|"
            + "(?:patients|people) (?:notice|report|experience|develop))\\b", Pattern.CASE_INSENSITIVE);

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
        return vocabulary.negations().contains(word) || word.equals("n't") || word.equals("cannot")
                || (word.equals("t") && before.endsWith("n"));
    }

    @Override
    public boolean talksAboutAdvertising(String sentence) {
        return ABOUT_ADS.matcher(sentence).find();
    }

    @Override
    public boolean describesRisk(String sentence) {
        return RISK.matcher(sentence).find();
    }

    @Override
    public boolean isCondition(String word) {
        return CONDITIONS.contains(word);
    }

    @Override
    public boolean isContrast(String word) {
        return CONTRASTS.contains(word);
    }

    @Override
    public boolean isClauseBoundary(Token t) {
        return (t.text().length() == 1 && CLAUSE_TOKEN_PUNCT.indexOf(t.text().charAt(0)) >= 0)
                || CLAUSE_WORDS.contains(t.lower());
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

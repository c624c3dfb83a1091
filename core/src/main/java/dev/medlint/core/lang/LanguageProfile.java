package dev.medlint.core.lang;

import java.util.Set;

/**
 * The grammar words and forms of a language that rules consult without running a model: negations and hedges
 * (a pack may add to them), what ends a clause, what sets up a contrast or a condition, and the inflected forms of
 * a word. Rules ask the profile of their pack's language, so no rule type carries one language's grammar.
 */
public interface LanguageProfile {
    /** The negations and hedges a pack starts from (its {@code vocabulary:} adds to them). */
    Vocabulary vocabulary();

    /** Every regular form of a word ({@code guarantee}: guarantees, guaranteed, guaranteeing), the word first. */
    Set<String> inflections(String word);

    /**
     * Every form of a lemma, irregular ones included ({@code be}: is, was, 's ...), when the profile can list them
     * all; then a token pattern's lemma test reads the word form and needs no lemmatizer. Empty (the default) when
     * the profile cannot, so lemmas come from the analyzer.
     */
    default java.util.Optional<Set<String>> lemmaForms(String lemma) {
        return java.util.Optional.empty();
    }

    /**
     * Whether {@code word} (lower case) negates what follows, given the words around it ("" at an edge): in
     * English "not only" does not, and the {@code t} of a split "don't" does.
     */
    boolean isNegation(String word, String before, String after, Vocabulary vocabulary);

    /**
     * Whether a sentence talks about advertising wording or rules rather than advertising ("phrases such as"); a
     * language that does not tell says no, so the {@code about-ads} excuse never applies.
     */
    default boolean talksAboutAdvertising(String sentence) {
        return false;
    }

    /** Whether a sentence describes a risk, a side effect or an unwanted lasting change (default: cannot tell). */
    default boolean describesRisk(String sentence) {
        return false;
    }

    /**
     * Whether negation follows what it negates (Korean: 부작용이 없다, 보장하지 않는다) rather than preceding it; a
     * language whose negation follows also matches a term's words at the start of a longer word (부작용 in
     * 부작용이), since particles and endings attach to the word.
     */
    default boolean negationFollows() {
        return false;
    }

    /**
     * Whether a sentence talks about words (wording, slogans, "so-called", "phrases like"), so a quotation opening
     * it is a phrase mentioned rather than a slogan used. The default says yes: every short quotation is excused.
     */
    default boolean talksAboutWords(String sentence) {
        return true;
    }

    /**
     * Whether a hedge word excuses only a match in its own clause (a semicolon, a line break or a list separator
     * ends one; a comma, a colon or a dash does not), as in English; the default is the whole sentence.
     */
    default boolean scopesHedges() {
        return false;
    }

    /**
     * Whether a hedge word qualifies its whole sentence wherever it stands ("depending on the individual", "results
     * vary"), unlike a modal ("may", "can help"), which qualifies its own clause. Read only when
     * {@link #scopesHedges} is true.
     */
    default boolean qualifiesSentence(String word) {
        return true;
    }

    /**
     * Whether a clause makes an absolute, permanent, complete or numeric claim ("can reverse ten years", "helps erase
     * deep wrinkles for good"), which no hedge excuses. Read only when {@link #scopesHedges} is true.
     */
    default boolean absoluteClaim(String clause) {
        return false;
    }

    /** Whether a word opens a condition ("if", "unless"). */
    boolean isCondition(String word);

    /**
     * Whether a word opens a condition where the word before it stands ({@code before}, lower case, "" at the
     * start): in English "as if" compares and "even if" concedes, and neither holds the claim back.
     */
    default boolean isCondition(String word, String before) {
        return isCondition(word);
    }

    /** Whether a word starts a contrasting clause, after which a marker speaks of something else ("but"). */
    boolean isContrast(String word);

    /**
     * Whether a word's own ending closes its clause, so the words after it are another clause (Korean -지만, -는데);
     * languages that mark clauses with separate words answer false.
     */
    default boolean endsClause(String word) {
        return false;
    }

    /** Whether a token ends a clause for a claim's scope: a comma, a semicolon, "but", "because" ... */
    boolean isClauseBoundary(Token token);

    /** Characters that end a clause for the word scan's negation and condition checks. */
    String clausePunctuation();

    /** The lemma of the copula ("be"), before which an adjective or participle is asserted. */
    String copulaLemma();

    /** Whether a word marks the infinitive ("to"), which states a goal rather than a claim. */
    boolean isInfinitiveMarker(String word);

    /** Whether a form is a progressive or gerund form (English "-ing"). */
    boolean isProgressiveForm(String word);

    /** Whether a form is a past participle form (English "-ed"). */
    boolean isParticipleForm(String word);

    /** Whether a form is a third-person singular verb form the tagger may take for a plural noun ("-s"). */
    boolean isThirdPersonForm(String word);
}

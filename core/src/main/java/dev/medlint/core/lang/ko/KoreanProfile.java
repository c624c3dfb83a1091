package dev.medlint.core.lang.ko;

import dev.medlint.core.lang.LanguageProfile;
import dev.medlint.core.lang.Token;
import dev.medlint.core.lang.Vocabulary;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Korean grammar words as the Korean rules read them. Negation follows the predicate (않다, 아니다, 없다, 못하다) or
 * stands just before it (안, 못); hedges are the -ㄹ 수 있다 construction and words such as 개인차; a clause ends at
 * punctuation or a contrasting ending (-지만, -는데). The word-scan methods an English-style rule type calls are
 * answered for whole eojeol; the {@code morph} rule type reads the morphemes instead.
 */
public final class KoreanProfile implements LanguageProfile {
    /**
     * Stems (dictionary forms) that negate the predicate or noun before them; 어렵다 denies what it follows as well
     * (부작용이 없다고 말하기는 어렵습니다, 완치가 어려운).
     */
    public static final Set<String> NEGATING_STEMS = Set.of("않다", "아니다", "없다", "못하다", "말다", "어렵다");
    /** Adverbs that negate the predicate after them. */
    public static final Set<String> NEGATING_ADVERBS = Set.of("안", "못");
    /** Words that strengthen a denial (부작용이 전혀 없다). */
    public static final Set<String> INTENSIFIERS = Set.of("전혀", "하나도", "아예", "절대", "절대로", "거의", "결코", "일절",
            "완전히");
    /** Contrast endings and words after which a clause speaks of something else. */
    public static final Set<String> CONTRAST_WORDS = Set.of("하지만", "그러나", "다만", "그런데", "반면", "단");
    private static final Vocabulary VOCABULARY = new Vocabulary(
            Set.of("않다", "아니다", "없다", "못하다", "안", "못", "않습니다", "아닙니다", "없습니다"),
            Set.of("개인차", "개인에", "경우에", "따라", "다를", "차이", "수도", "일반적으로", "대체로", "보통"),
            Set.of("개인에 따라", "경우에 따라", "사람마다 다를", "차이가 있을", "수 있습니다", "수 있어요"));

    /**
     * A sentence about advertising wording or the rules on it, not an ad: a word for wording or ads together with a
     * ruling on it (금지 표현, 문구를 쓴 의료광고 120건을 적발, "무통"이라는 단어는 ... 심의 반려), or a checklist heading.
     * The approval mark 심의필 is no ruling: an ad's own footer carries it.
     */
    private static final com.google.re2j.Pattern ABOUT_ADS;

    static {
        String wording = "(?:광고|표현|문구|단어|용어|카피|문안|유인\\s*행위)";
        String ruling = "(?:금지|위반|적발|반려|불승인|삭제|점검|처벌|과징금|행정\\s*처분|규정|의료법|허용되지|허용하지|허용\\s*안"
                + "|쓸\\s*수\\s*없|쓰면\\s*안|사용할\\s*수\\s*없|사용하면\\s*안|예시|사유|심의(?:[^필]|$)"
                + "|있는지\\s*(?:확인|점검|살펴)|(?:함께|같이|반드시)\\s*(?:표기|표시|명시)해야|의심해\\s*보|의심하세요)";
        ABOUT_ADS = com.google.re2j.Pattern.compile(wording + ".*" + ruling + "|" + ruling + ".*" + wording
                + "|점검표|체크\\s*리스트|심의\\s*기준");
    }

    @Override
    public boolean talksAboutAdvertising(String sentence) {
        return ABOUT_ADS.matcher(sentence).find();
    }

    @Override
    public Vocabulary vocabulary() {
        return VOCABULARY;
    }

    /** A Korean term is matched by its stem with any particle or ending, so the forms are just the word. */
    @Override
    public Set<String> inflections(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        return forms;
    }

    /**
     * A negating word of the eojeol scan: 않다/없다/아니다 in any form (not 없애다, "remove"); 어렵다 in its own forms
     * (기대하기 어렵고; never 어려 보이다, "look young"); and the prohibitive -지 말다 after a -지 verb (고르지 마시고,
     * 믿지 마세요), which denies what the clause says.
     */
    @Override
    public boolean isNegation(String word, String before, String after, Vocabulary vocabulary) {
        return vocabulary.negations().contains(word) || word.startsWith("않") || word.startsWith("없")
                && !word.startsWith("없애") || word.startsWith("아니") || word.startsWith("아닙")
                || word.startsWith("어렵") || word.startsWith("어려운") || word.startsWith("어려워")
                || word.startsWith("어려움") || before.endsWith("지") && (word.startsWith("마세") || word.startsWith("마시")
                        || word.startsWith("마십") || word.startsWith("말고") || word.startsWith("마라"));
    }

    @Override
    public boolean negationFollows() {
        return true;
    }

    @Override
    public boolean isCondition(String word) {
        return word.endsWith("다면") || word.endsWith("으면") || word.equals("만약") || word.equals("만일");
    }

    @Override
    public boolean isContrast(String word) {
        return CONTRAST_WORDS.contains(word) || word.endsWith("지만");
    }

    /** A word whose ending closes its clause (-지만, -는데): what follows it is another clause. */
    @Override
    public boolean endsClause(String word) {
        return word.endsWith("지만") || word.endsWith("는데") || word.endsWith("은데");
    }

    /**
     * Connective endings after which a new clause starts, so a negation after them denies something else: 안전한
     * 시술이라 | 걱정 없어요, 부작용이 없고 | 통증도 적습니다. The quotative 다고 is not one of them (통증이 없다고는 말할 수
     * 없습니다 is a denial of the claim).
     */
    public static final Set<String> CONNECTIVE_ENDINGS = Set.of("고", "라", "라서", "어서", "아서", "여서", "며", "으며",
            "니까", "으니까", "니", "으니");

    /**
     * Verbs that, after a given particle, form a compound particle rather than a predicate of the clause: 에 따라
     * ("according to": 통증 양상에 따라 정합니다 says nothing of pain occurring), 에 대해, 에 관한, 에 의해, 을 위해, 을
     * 통해. Keyed by the verb's stem, valued by the particles before it.
     */
    private static final Map<String, Set<String>> PARTICLE_VERBS = Map.of(
            "따르다", Set.of("에"), "대하다", Set.of("에"), "관하다", Set.of("에"), "의하다", Set.of("에"),
            "위하다", Set.of("을", "를"), "통하다", Set.of("을", "를"));

    /** Whether the verb at {@code j} is part of a compound particle (양상에 따라, 시술에 대해) after the particle before it. */
    public static boolean inCompoundParticle(List<Token> tokens, int j) {
        Set<String> particles = PARTICLE_VERBS.get(tokens.get(j).lemma());
        if (particles == null || j == 0) {
            return false;
        }
        Token before = tokens.get(j - 1);
        return before.tag().startsWith("J") && particles.contains(before.text());
    }

    @Override
    public boolean isClauseBoundary(Token t) {
        return t.tag().equals("SC") || t.tag().equals("SF") || t.tag().equals("SSO") || t.tag().equals("SSC")
                || CONTRAST_WORDS.contains(t.text()) || (t.tag().equals("E") && (t.text().equals("지만")
                        || t.text().endsWith("는데") || t.text().equals("나") || CONNECTIVE_ENDINGS.contains(t.text())));
    }

    @Override
    public String clausePunctuation() {
        return ".,;:!?()[]—–~。，";
    }

    @Override
    public String copulaLemma() {
        return "이다";
    }

    @Override
    public boolean isInfinitiveMarker(String word) {
        return false;
    }

    @Override
    public boolean isProgressiveForm(String word) {
        return false;
    }

    @Override
    public boolean isParticipleForm(String word) {
        return false;
    }

    @Override
    public boolean isThirdPersonForm(String word) {
        return false;
    }
}

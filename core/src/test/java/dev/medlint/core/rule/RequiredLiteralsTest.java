package dev.medlint.core.rule;

import dev.medlint.core.lang.RequiredLiterals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.medlint.core.lang.AnnotatedText;
import dev.medlint.core.lang.CaseFold;
import dev.medlint.core.lang.LiteralTable;
import dev.medlint.core.text.PlainTextExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The literals a regex needs are read from its syntax, nothing optional counts, and (the property the rules rely
 * on) a text the regex matches in is never ruled out, with RE2/J's case folding (long s, Kelvin sign) included.
 */
class RequiredLiteralsTest {
    private static List<List<String>> groups(String regex) {
        return RequiredLiterals.of(regex).groups();
    }

    @Test
    void aWordListThenAnotherGivesTwoGroupsWithoutRedundantForms() {
        assertEquals(List.of(List.of("lift", "filler"), List.of("guru", "expert")),
                groups("\\b(?:lift(?:ing)?|filler)s?\\s+(?:expert|guru)s?\\b"));
    }

    @Test
    void optionalAndRepeatedFromZeroPartsRequireNothing() {
        assertEquals(List.of(List.of("free")), groups("(?:my\\s+)?(?:[\\w-]+\\s+){0,3}free\\b"));
        assertTrue(RequiredLiterals.of("a*|b").isEmpty());
        assertTrue(RequiredLiterals.of("(?:one|)two?").groups().stream().allMatch(g -> g.contains("tw")));
    }

    @Test
    void caselessSymbolsAreLiteralsButCasedOnesAreNot() {
        assertEquals(List.of(List.of("★★★", "⭐⭐⭐")), groups("★★★|⭐⭐⭐"));
        assertTrue(RequiredLiterals.of("Ⓐ+").isEmpty(), "a circled letter has a lower-case form RE2 folds to");
    }

    @Test
    void theBlocksCharacterPairsRuleOutWhatItLacksWithoutChangingTheAnswer() {
        RequiredLiterals l = RequiredLiterals.of("\\bfree\\s+botox\\b");
        String block = CaseFold.fold("A free consultation. Botox from 99.");
        assertTrue(l.admits(block));
        assertTrue(l.admits(block, dev.medlint.core.lang.CharPairs.of(block)));
        String other = CaseFold.fold("Ask about fillers.");
        assertFalse(l.admits(other, dev.medlint.core.lang.CharPairs.of(other)));
    }

    @Test
    void literalsAreFoldedAndSmallClassesExpanded() {
        assertEquals(List.of(List.of("'s", "’s")), groups("(?-i:\\p{Lu})\\w+[’'][sS]"));
        assertEquals(List.of(List.of("100%", "100 %")), groups("\\b100 ?%"));
    }

    @Test
    void unknownSyntaxAndCasedNonAsciiLettersRequireNothing() {
        assertTrue(RequiredLiterals.of("\\Qfree\\E").isEmpty());
        assertTrue(RequiredLiterals.of("(?=free)").isEmpty());
        assertTrue(RequiredLiterals.of("é").isEmpty());
        assertEquals(List.of(List.of("이벤"), List.of("무료", "할인")), groups("(?:무료|할인)\\s*이벤트?"));
    }

    @Test
    void aTextWithoutTheLiteralsIsRuledOut() {
        RegexMatch m = RegexMatch.of(Pattern.compile("\\bfree\\s+(?:filler|botox)\\b", Pattern.CASE_INSENSITIVE),
                List.of());
        assertTrue(m.mayMatch(CaseFold.fold("Get a FREE Botox session")));
        assertFalse(m.mayMatch(CaseFold.fold("Get a free consultation")));
    }

    @Test
    void longSAndKelvinSignFoldAsRe2Does() {
        Pattern p = Pattern.compile("ask", Pattern.CASE_INSENSITIVE);
        String text = "a\u017F\u212A";
        assertTrue(p.matcher(text).find());
        assertTrue(RequiredLiterals.of(p.pattern()).admits(CaseFold.fold(text)));
    }

    private static final String[] PIECES = {"a", "b", "K", "s", "ab", "free", "\\s", "\\s+", " ", "[aA]", "[^a]",
        "\\b", ".", "\\w+", "[’']", "(?:x|y)", "%", "\\d", "^", "$", "무료", "é",
        "[\\d,]", "(?i)"};
    private static final String[] QUANTIFIERS = {"", "", "", "?", "*", "+", "{2}", "{0,2}", "{1,3}?"};
    private static final char[] ALPHABET = {'a', 'A', 'b', 'B', 'k', 'K', '\u212A', 's', 'S', '\u017F', ' ', '\n',
        'f', 'r', 'e', 'E', 'x', 'y', '%', '1', '\'', '’', 'é', 'É', '무', '료', '-'};

    /** Random regexes over tricky pieces and random texts: whenever RE2/J finds a match, the literals admit the text. */
    @Test
    void neverRulesOutATextTheRegexMatchesIn() {
        Random random = new Random(20261202);
        int matched = 0;
        for (int n = 0; n < 3000; n++) {
            String regex = randomRegex(random, 2);
            Pattern p;
            try {
                p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            } catch (com.google.re2j.PatternSyntaxException e) {
                continue; // a nested repetition such as a+{2}
            }
            RequiredLiterals literals = RequiredLiterals.of(regex);
            for (int t = 0; t < 20; t++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(12);
                for (int i = 0; i < length; i++) {
                    text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
                }
                Matcher m = p.matcher(text);
                if (m.find()) {
                    matched++;
                    assertTrue(literals.admits(CaseFold.fold(text.toString())), regex + " in '" + text + "'");
                }
            }
        }
        assertTrue(matched > 10_000, "too few matches to prove anything: " + matched);
    }

    /**
     * The languages' own sentence tests are java.util.regex patterns with lookarounds, which require nothing: random
     * such regexes and texts, and whenever java.util.regex finds a match, the literals admit the text.
     */
    @Test
    void lookaroundsRequireNothingAndJavaMatchesAreNeverRuledOut() {
        assertEquals(List.of(List.of("regulator")), groups("\\b(?<!by )regulators?(?!-)\\b"));
        assertEquals(List.of(List.of("lift")), groups("(?=\\w)lift(?<=t)"));
        Random random = new Random(20261207);
        String[] lookarounds = {"(?=a)", "(?!b)", "(?<=e)", "(?<!x )", "(?!-)", "(?<=\\s)"};
        int matched = 0;
        for (int n = 0; n < 3000; n++) {
            String regex = randomRegex(random, 2);
            int at = random.nextInt(regex.length() + 1);
            while (at > 0 && at < regex.length() && "*+?{}|)\\".indexOf(regex.charAt(at)) >= 0) {
                at--;
            }
            regex = regex.substring(0, at) + lookarounds[random.nextInt(lookarounds.length)] + regex.substring(at);
            java.util.regex.Pattern p;
            try {
                p = java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.CASE_INSENSITIVE);
            } catch (java.util.regex.PatternSyntaxException e) {
                continue;
            }
            RequiredLiterals literals = RequiredLiterals.of(regex);
            for (int t = 0; t < 20; t++) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(12); i > 0; i--) {
                    text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
                }
                if (p.matcher(text).find()) {
                    matched++;
                    assertTrue(literals.admits(CaseFold.fold(text.toString())), regex + " in '" + text + "'");
                }
            }
        }
        assertTrue(matched > 5_000, "too few matches to prove anything: " + matched);
    }

    @Test
    void startsAreReadFromLeadingLiteralsPastOptionalParts() {
        assertEquals(List.of("통증", "부작용"), RequiredLiterals.startsOf("(?:통증|부작용)(?:이|가)?\\s*없"));
        assertEquals(List.of("a", "b"), RequiredLiterals.startsOf("(?i)a?b+c"));
        assertEquals(List.of(",", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "백"),
                RequiredLiterals.startsOf("(?:[\\d,]+|백)\\s*명"));
        assertEquals(List.of("free"), RequiredLiterals.startsOf("FREE|FREEBIES"), "folded; a longer start is redundant");
        assertEquals(List.of(), RequiredLiterals.startsOf("\\bfree"), "\\b depends on the character before");
        assertEquals(List.of(), RequiredLiterals.startsOf("a?\\s*b"));
        assertEquals(List.of(), RequiredLiterals.startsOf("a*"));
        assertEquals(List.of(), RequiredLiterals.startsOf("[가-힣]+요"));
    }

    /**
     * Random regexes and texts: every non-empty match begins with one of the regex's starts, and trying the regex
     * only there finds the matches a search of the whole text finds.
     */
    @Test
    void everyMatchBeginsWithAStart() {
        Random random = new Random(20261203);
        int checked = 0;
        for (int n = 0; n < 3000; n++) {
            String regex = randomRegex(random, 2);
            Pattern p;
            try {
                p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            } catch (com.google.re2j.PatternSyntaxException e) {
                continue;
            }
            List<String> starts = RequiredLiterals.startsOf(regex);
            if (starts.isEmpty()) {
                continue;
            }
            RegexMatch match = RegexMatch.of(p, List.of());
            for (int t = 0; t < 20; t++) {
                StringBuilder b = new StringBuilder();
                int length = random.nextInt(12);
                for (int i = 0; i < length; i++) {
                    b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
                }
                String text = b.toString();
                String folded = CaseFold.fold(text);
                Matcher m = p.matcher(text);
                int from = 0;
                while (from <= text.length() && m.find(from)) {
                    int start = m.start();
                    if (m.end() > start) {
                        checked++;
                        assertTrue(starts.stream().anyMatch(s -> folded.startsWith(s, start)),
                                regex + " at " + start + " in '" + text + "', starts " + starts);
                    }
                    from = m.end() > start ? m.end() : m.end() + 1;
                }
                assertEquals(spans(match, text, null), spans(match, text, folded), regex + " in '" + text + "'");
            }
        }
        assertTrue(checked > 1_000, "too few matches to prove anything: " + checked);
    }

    /**
     * Random regexes over random texts of several blocks, some hidden: with the document's literal hits (from a table
     * of the literals of many regexes), a block is admitted and a regex's matches are found exactly as by searching
     * the block, and a regex admitted by some block is admitted somewhere.
     */
    @Test
    void literalHitsAnswerAsASearchOfTheBlock() {
        Random random = new Random(20261205);
        int admitted = 0;
        for (int n = 0; n < 300; n++) {
            List<RegexMatch> matches = new ArrayList<>();
            List<String> literals = new ArrayList<>();
            while (matches.size() < 8) {
                String regex = randomRegex(random, 2);
                try {
                    RegexMatch m = RegexMatch.of(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), List.of());
                    matches.add(m);
                    literals.addAll(m.literals().strings());
                    literals.addAll(m.starts());
                } catch (com.google.re2j.PatternSyntaxException e) {
                    // a nested repetition such as a+{2}
                }
            }
            StringBuilder text = new StringBuilder();
            for (int block = 0; block < 1 + random.nextInt(5); block++) {
                for (int i = random.nextInt(16); i > 0; i--) {
                    text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
                }
                text.append("\n\n");
            }
            var view = new PlainTextExtractor().extract(text.toString());
            boolean[] visible = new boolean[view.blocks().size()];
            for (int b = 0; b < visible.length; b++) {
                visible[b] = random.nextInt(3) > 0;
            }
            AnnotatedText plain = new AnnotatedText(view, null, visible);
            AnnotatedText withHits = new AnnotatedText(view, null, visible,
                    new dev.medlint.core.lang.RuleTables(LiteralTable.of(literals), null));
            for (RegexMatch m : matches) {
                boolean someBlock = false;
                for (int b = 0; b < plain.blockCount(); b++) {
                    boolean searched = m.literals().admits(plain.foldedBlock(b));
                    assertEquals(searched, m.literals().admits(plain, b), "without hits");
                    assertEquals(searched, m.literals().admits(withHits, b), m.pattern() + " in block " + b + " of '"
                            + text + "'");
                    someBlock |= searched;
                    admitted += searched ? 1 : 0;
                    String blockText = view.text().substring(plain.block(b).start(), plain.block(b).end());
                    assertEquals(m.spans(blockText, 0, plain.foldedBlock(b)).stream().map(s -> s[0] + "-" + s[1])
                            .toList(), m.spans(blockText, 0, plain.foldedBlock(b), withHits.literalHits(), b)
                            .stream().map(s -> s[0] + "-" + s[1]).toList(), m.pattern() + " in '" + blockText + "'");
                }
                if (someBlock) {
                    assertTrue(m.literals().admitsSomewhere(withHits), m.pattern() + " in '" + text + "'");
                }
            }
        }
        assertTrue(admitted > 1_000, "too few admitted blocks to prove anything: " + admitted);
    }

    private static List<String> spans(RegexMatch m, String text, String folded) {
        return m.spans(text, 0, folded).stream().map(s -> s[0] + "-" + s[1]).toList();
    }

    private static String randomRegex(Random random, int depth) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            String piece = depth > 0 && random.nextInt(4) == 0
                    ? "(?:" + randomRegex(random, depth - 1) + "|" + randomRegex(random, depth - 1) + ")"
                    : PIECES[random.nextInt(PIECES.length)];
            b.append(piece);
            if (!piece.equals("^") && !piece.equals("$") && !piece.equals("\\b")) {
                b.append(QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
            }
        }
        return b.toString();
    }
}

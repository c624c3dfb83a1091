package dev.medlint.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.analysis.Linter;
import dev.medlint.core.report.Finding;
import dev.medlint.core.source.Format;
import dev.medlint.core.testing.TestRules;
import dev.medlint.core.yaml.RuleFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Token patterns: lemmas, tags, regexes, word classes, optional tokens, bounded gaps, antipatterns, clauses. */
class PatternRuleTest {
    private static final String PACK = """
            pack: t
            classes:
              provider: [clinic, surgeon, device, method]
            rules:
              - id: superlative
                title: Superlatives
                category: superlative
                severity: error
                law: Art. 56(2)3
                type: pattern
                patterns:
                  - [{lemma: most}, {pos: ADJ}]
                  - [{regex: '[A-Za-z]{3,}est', pos: ADJ}, {class: provider, skip: 2}]
                  - [{word: the}, {word: [only, first]}, {pos: ADJ, optional: true}, {class: provider, skip: 2}]
                antipatterns:
                  - [{word: most}, {word: [likely, common, often, patients, people]}]
                  - [{word: [latest, earliest, nearest]}]
                unless: [negated, question, quoted]
                message: "'{match}' ranks the provider."
                suggestion: Describe it without ranking.
                examples:
                  flag: [We are the most advanced clinic., The finest surgeon in town., The only clinic with it.]
                  pass: [Most patients recover., The latest device is here., Not the most advanced clinic.]
            """;

    private static List<String> matches(String text) {
        Linter l = Linter.of(TestRules.load(PACK)).withThreads(1);
        return l.checkText("t", Format.TEXT, text).stream().map(Finding::match).toList();
    }

    @Test
    void mostWithAnyAdjectiveAndEstAdjectivesBeforeAProvider() {
        assertEquals(List.of("most advanced"), matches("We are the most advanced clinic in Seoul."));
        assertEquals(List.of("most experienced"), matches("Our team is the most experienced."));
        assertEquals(List.of("finest surgeon"), matches("Meet the finest surgeon in Gangnam."));
        assertEquals(List.of("newest laser device"), matches("Try our newest laser device."));
        assertEquals(List.of(), matches("Most patients go home the same day."));
    }

    @Test
    void optionalTokensAndGapsStayInsideTheClause() {
        assertEquals(List.of("the only clinic"), matches("We are the only clinic that offers it."));
        assertEquals(List.of("the first Korean clinic"), matches("We were the first Korean clinic to use it."));
        assertEquals(List.of(), matches("That is the only question patients ask."));
        assertEquals(List.of(), matches("It was the first, and the clinic agreed."));
    }

    @Test
    void antipatternsAndExcusesLetAMatchPass() {
        assertEquals(List.of(), matches("The latest device arrived this week."));
        assertEquals(List.of(), matches("We are not the most advanced clinic, but we are careful."));
        assertEquals(List.of(), matches("Is this the most advanced clinic?"));
    }

    private static List<String> matchesOf(String patterns, String text) {
        int from = PACK.indexOf("    patterns:\n") + "    patterns:\n".length();
        String pack = PACK.substring(0, from) + patterns + PACK.substring(PACK.indexOf("    antipatterns:"));
        Linter l = Linter.of(TestRules.load(pack)).withThreads(1);
        return l.checkText("t", Format.TEXT, text).stream().map(Finding::match).toList();
    }

    @Test
    void matchesOverlappingInAChainAreOneFinding() {
        String chain = """
                      - [{word: clinic}, {word: of}, {word: choice}]
                      - [{word: of}, {word: choice}, {word: for}, {word: singers}]
                """;
        assertEquals(List.of("clinic of choice for singers"), matchesOf(chain, "The clinic of choice for singers."));
        assertEquals(List.of("clinic of choice"), matchesOf(chain, "The clinic of choice for dancers."));
        assertEquals(List.of("clinic of choice", "of choice for singers"),
                matchesOf(chain, "A clinic of choice, and of choice for singers."));
    }

    @Test
    void aLeadingRegexOfLettersAnchorsOnScannedWordsAndOneWithPunctuationStillMatches() {
        String est = "      - [{regex: '[A-Za-z]{3,}est', pos: ADJ}, {class: provider, skip: 2}]\n";
        assertEquals(List.of("gentlest clinic"), matchesOf(est, "The gentlest clinic in town."));
        assertEquals(List.of(), matchesOf(est, "We explain every risk."));
        // The comma of "25,000" is not in any scanned word, so this regex cannot anchor; the pattern still matches.
        String figure = "      - [{regex: '[0-9]{1,3},[0-9]{3}'}, {class: provider}]\n";
        assertEquals(List.of("25,000 clinic"), matchesOf(figure, "Over 25,000 clinic visits a year."));
    }

    @Test
    void aPunctuationWordBeforeARegexStillMatches() {
        // "#" is the only word of the pattern, and the word scan never yields it: it must not be the anchor.
        String tag = "      - [{word: '#'}, {regex: 'nodowntime'}]\n";
        assertEquals(List.of("# nodowntime"), matchesOf(tag, "Lips done # nodowntime"));
        assertEquals(List.of(), matchesOf(tag, "Lips done with no downtime"));
    }

    @Test
    void lemmasMatchIrregularFormsFromTheProfilesListWithoutTheLemmatizer() {
        String feel = "      - [{lemma: feel}, {word: [nothing, thing]}]\n";
        assertEquals(List.of("felt nothing"), matchesOf(feel, "I felt nothing during the peel."));
        assertEquals(List.of("feels nothing"), matchesOf(feel, "She feels nothing at all."));
        assertEquals(List.of(), matchesOf(feel, "The felt pad is soft."));
        String be = "      - [{lemma: be}, {word: 'on'}, {word: us}]\n";
        assertEquals(List.of("is on us"), matchesOf(be, "The first session is on us."));
        assertEquals(List.of("were on us"), matchesOf(be, "The drinks were on us."));
    }

    @Test
    void prefiltersKeepHyphenatedApostropheAndPunctuationFormsAndCapitalisedWords() {
        // "I'd" is one token; the word scan finds "i" and "d" there, so the prefilter looks for its longest run.
        String contraction = "      - [{word: [i'd, i\u2019d]}, {word: never}]\n";
        assertEquals(List.of("I'd never"), matchesOf(contraction, "I'd never felt so good."));
        assertEquals(List.of(), matchesOf(contraction, "I never felt so good."));
        String percent = "      - [{word: '%'}, {word: [cheaper, less]}]\n";
        assertEquals(List.of("% cheaper"), matchesOf(percent, "We are 30% cheaper than others."));
        assertEquals(List.of(), matchesOf(percent, "We are 30 cheaper than others."));
        String possessive = "      - [{regex: '.+[\u2019'']s'}, {word: [best, finest]}]\n";
        assertEquals(List.of("Seoul's finest"), matchesOf(possessive, "Seoul's finest clinic."));
        assertEquals(List.of(), matchesOf(possessive, "Seoul has the finest clinic."));
        String title = "      - [{regex: '(?-i:[A-Z][a-z]+)'}, {word: [surgeon, doctor], regex: '(?-i:[A-Z].*)'}]\n";
        assertEquals(List.of("Celebrity Surgeon"), matchesOf(title, "Meet the Celebrity Surgeon of Gangnam."));
        assertEquals(List.of(), matchesOf(title, "Meet the Gangnam surgeon."));
    }

    @Test
    void theRuleExplainsWhatItMatchesAndWhyAnExampleFailed() {
        Rule rule = TestRules.load(PACK).get(0);
        String items = String.join("\n", rule.matching().orElseThrow().items());
        assertTrue(items.contains("pattern: [lemma most] [pos ADJ]"), items);
        assertTrue(items.contains("(up to 2 words) [class provider"), items);
        List<String> why = rule.whyNoFinding("We are not the most advanced clinic.");
        assertTrue(why.get(0).contains("excused as negated"), why::toString);
        assertTrue(rule.whyNoFinding("Book a consultation today.").get(0).startsWith("none of the patterns' anchor"),
                rule.whyNoFinding("Book a consultation today.")::toString);
    }

    @Test
    void mistakesInPatternsAreRefusedWithTheirPlace() {
        IllegalStateException unknownClass = assertThrows(IllegalStateException.class,
                () -> TestRules.load(PACK.replace("{class: provider,", "{class: providr,")));
        assertTrue(unknownClass.getMessage().contains("unknown word class 'providr' (did you mean 'provider'?)"),
                unknownClass.getMessage());
        IllegalStateException skip = assertThrows(IllegalStateException.class,
                () -> TestRules.load(PACK.replace("skip: 2}", "skip: 20}")));
        assertTrue(skip.getMessage().contains("'skip' is how many words may stand before this token"),
                skip.getMessage());
        IllegalStateException empty = assertThrows(IllegalStateException.class,
                () -> TestRules.load(PACK.replace("[{lemma: most}, {pos: ADJ}]", "[{optional: true}]")));
        assertTrue(empty.getMessage().contains("tests at least one of: word, lemma, regex, pos, class"),
                empty.getMessage());
        assertTrue(empty.getCause() instanceof RuleFileException);
        IllegalStateException twoWords = assertThrows(IllegalStateException.class,
                () -> TestRules.load(PACK.replace("provider: [clinic, surgeon,", "provider: [clinic, plastic surgeon,")));
        assertTrue(twoWords.getMessage().contains("word class 'provider' holds 'plastic surgeon', more than one word"),
                twoWords.getMessage());
        assertTrue(twoWords.getMessage().matches("(?s).*:\\d+:\\d+: .*"), twoWords.getMessage());
    }
}

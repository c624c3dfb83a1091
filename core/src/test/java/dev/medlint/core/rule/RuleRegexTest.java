package dev.medlint.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineException;
import dev.medlint.core.api.EngineOptions;
import dev.medlint.core.report.Finding;
import dev.medlint.core.testing.TestLanguages;
import dev.medlint.core.yaml.RuleFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Rule regexes run on RE2/J: a pattern that backtracks forever in java.util.regex finishes in linear time, what RE2/J
 * lacks is refused at load with file:line:col, key and rule, and not-preceded-by / not-followed-by replace the
 * lookaround the built-in packs used, in English and in Korean.
 */
class RuleRegexTest {
    /** An 80-character sentence on which {@code (.*a){20}$} backtracks exponentially in java.util.regex. */
    static final String SENTENCE = "A banana and a papaya are a fantastic snack, a treat as a salad; grab a bag now.";

    static String pack(String language, String matchItems) {
        return "pack: regex-test\nlanguage: " + language + "\nrules:\n"
                + "  - id: probe\n"
                + "    title: Probe\n"
                + "    category: guarantee\n"
                + "    severity: error\n"
                + "    law: x\n"
                + "    type: phrase\n"
                + "    match:\n" + matchItems
                + "    message: m\n"
                + "    suggestion: s\n"
                + "    examples:\n"
                + "      flag: [a, b, c]\n"
                + "      pass: [d, e, f]\n";
    }

    private static RuleFileException refused(String language, String matchItems) {
        return assertThrows(RuleFileException.class,
                () -> TestLanguages.packLoader().load("officer.yaml", pack(language, matchItems)));
    }

    private static List<String> matches(String language, String matchItems, String text) throws EngineException {
        Engine e = Engine.create(new EngineOptions().models(TestLanguages.MODELS).noConfig().noBuiltin()
                .ruleText("officer.yaml", pack(language, matchItems)).threads(1));
        return e.checkText("t.txt", text, Path.of(".")).findings().stream().map(Finding::match).toList();
    }

    @Test
    void aBackreferenceIsRefusedAtLoadWithFileLineColumnAndRule() {
        RuleFileException e = refused("en", "      - regex: '(a+)+\\1b'\n");
        assertEquals(11, e.line());
        assertEquals(22, e.column(), e.getMessage()); // the '\' of '\1': the quoted value starts at column 16
        assertTrue(e.getMessage().startsWith("officer.yaml:11:22: unsupported regular expression in 'regex' of rule "
                + "'probe': backreference '\\1' is not supported"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    @Test
    void lookaroundIsRefusedWithTheFieldToUseInstead() {
        RuleFileException behind = refused("en", "      - regex: '(?<![\\w.])#1'\n");
        assertEquals(17, behind.column());
        assertTrue(behind.getMessage().contains("negative lookbehind '(?<!' is not supported")
                && behind.getMessage().contains("use 'not-preceded-by:'"), behind.getMessage());
        RuleFileException ahead = refused("en", "      - regex: 'free(?!\\s+of)'\n");
        assertEquals(21, ahead.column());
        assertTrue(ahead.getMessage().contains("use 'not-followed-by:'"), ahead.getMessage());
        RuleFileException inField = refused("en", "      - regex: 'free'\n        not-followed-by: '(?=x)'\n");
        assertTrue(inField.getMessage().contains("'not-followed-by' of rule 'probe'"), inField.getMessage());
    }

    @Test
    void constructsJavaReadsDifferentlyAreRefusedRatherThanSilentlyChanged() {
        assertTrue(refused("en", "      - regex: '(?U)\\w+'\n").getMessage().contains("means ungreedy in RE2/J"));
        assertTrue(refused("en", "      - regex: '[a-z&&[^e]]'\n").getMessage().contains("Java-only"));
        assertTrue(refused("en", "      - regex: 'a++'\n").getMessage().contains("possessive"));
        assertTrue(refused("en", "      - regex: '(?>ab)'\n").getMessage().contains("atomic group"));
        RuleFileException korean = refused("ko", "      - regex: '\\b보톡스'\n");
        assertTrue(korean.getMessage().contains("sees only ASCII letters"), korean.getMessage());
        RuleFileException java = refused("en", "      - regex: '\\p{IsHangul}'\n");
        assertTrue(java.getMessage().startsWith("officer.yaml:11:17: invalid regular expression"), java.getMessage());
    }

    @Test
    void charactersWhoseCaseFoldingNeverEndsInRe2jAreRefusedInsteadOfHangingTheLoad() {
        // found by fuzzing the pack loader: RE2/J loops forever folding U+1C80..U+1C88 on this JDK
        for (String regex : List.of("'\u1c80'", "'[ -\\x{3000}]'", "'\\x{1C84}'", "'[\u1c00-\u1cff]'")) {
            RuleFileException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(30), () -> refused("en", "      - regex: " + regex + "\n"));
            assertTrue(e.getMessage().contains("U+1C80..U+1C88"), e.getMessage());
        }
        // a class that merely starts with '-' or lists dashes is no range over them
        assertEquals(List.of("- says"), assertDoesNotThrowMatches("      - regex: '(?:[-–—,]\\s*)says'\n", "He - says"));
    }

    private static List<String> assertDoesNotThrowMatches(String items, String text) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> matches("en", items, text));
    }

    @Test
    void anExponentialPatternInJavaRunsInLinearTimeInAForkedJvm() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SlowRegexMain.class.getName()).redirectErrorStream(true).start();
        boolean done = p.waitFor(90, TimeUnit.SECONDS); // model loading included; the match itself takes < 1 ms
        if (!done) {
            p.destroyForcibly();
        }
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(done, "(.*a){20}$ did not finish within 90 s on an 80-character sentence: " + out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("checked in "), out);
    }

    @Test
    void theSameLinearTimeInThisJvm() throws EngineException {
        assertEquals(80, SENTENCE.length());
        long start = System.nanoTime();
        List<String> found = matches("en", "      - regex: '(.*a){20}$'\n", SENTENCE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of(), found); // the sentence does not end in 'a'
        assertTrue(millis < 20_000, "took " + millis + " ms");
        assertEquals(List.of(SENTENCE.substring(0, 79) + "a"),
                matches("en", "      - regex: '(.*a){20}$'\n", SENTENCE.substring(0, 79) + "a"));
    }

    @Test
    void notPrecededByAndNotFollowedByReplaceLookaround() throws EngineException {
        String rank = "      - regex: '#\\s?1\\b'\n        not-preceded-by: '[\\w.]'\n";
        assertEquals(List.of("#1"), matches("en", rank, "Rated #1 in Seoul."));
        assertEquals(List.of(), matches("en", rank, "See item v.#1 and x#1 here."));
        String free = "      - regex: 'free'\n        not-followed-by: '\\s+(?:of|from)\\b'\n";
        assertEquals(List.of("free", "Free"), matches("en", free, "A free facial. Free botox, free of pain, free from scars."));
        String korean = "      - regex: '1위'\n        not-preceded-by: '[0-9]'\n";
        assertEquals(List.of("1위"), matches("ko", korean, "강남 1위 병원입니다. 전국 11위와 21위는 아닙니다."));
        String article = "      - regex: '(?:제\\s*)?56\\s*조\\s*제?\\s*1\\s*항'\n        not-followed-by: '\\s*(?:부터|~|및)'\n";
        assertEquals(List.of("제56조 제1항"), matches("ko", article, "제56조 제1항에 따라 광고합니다. 제56조 제1항부터 제5항까지 봅니다."));
    }

    @Test
    void koreanAndEnglishCaseAndUnicodeBehaviour() throws EngineException {
        // Korean words fuse with particles and each other: no \b is needed and the literal matches inside a word
        assertEquals(List.of("보톡스무료"), matches("ko", "      - regex: '보톡스\\s*무료'\n", "지금 보톡스무료 이벤트!"));
        // \p{L} is any letter, Hangul included, and case-insensitivity folds beyond ASCII
        assertEquals(List.of("최고의"), matches("ko", "      - regex: '최고\\p{L}'\n", "강남 최고의 의사"));
        assertEquals(List.of("CAFÉ LIFT"), matches("en", "      - regex: '\\bcafé lift\\b'\n", "The CAFÉ LIFT is here."));
        // \w and \b are ASCII in RE2/J as \w was in Java: a word boundary still separates English words
        assertEquals(List.of("free"), matches("en", "      - regex: '\\bfree\\b'\n", "Carefree, free, freedom."));
    }
}

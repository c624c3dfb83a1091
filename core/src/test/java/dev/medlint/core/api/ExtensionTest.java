package dev.medlint.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.lang.AnnotatedText;
import dev.medlint.core.lang.Language;
import dev.medlint.core.lang.Word;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Report;
import dev.medlint.core.report.ReportSettings;
import dev.medlint.core.report.Reporter;
import dev.medlint.core.report.Reporters;
import dev.medlint.core.report.RuleDescriptor;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.rule.RuleBinding;
import dev.medlint.core.rule.RuleHit;
import dev.medlint.core.rule.RuleMeta;
import dev.medlint.core.rule.RuleType;
import dev.medlint.core.rule.RuleTypes;
import dev.medlint.core.testing.TestLanguages;
import dev.medlint.core.yaml.RuleFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a rule type or an output format is adding a class and registering it: the loader, rules list/explain and
 * every front end then know it. A toy rule type (words in capitals) and a toy format (one count a line) prove it.
 */
class ExtensionTest {
    /** Flags words written in capitals of at least {@code min-length} letters: a toy rule type. */
    static final class ShoutingRule extends Rule {
        static final class Type implements RuleType {
            @Override
            public String name() {
                return "shouting";
            }

            @Override
            public Set<String> keys() {
                return Set.of("min-length");
            }

            @Override
            public String meaning() {
                return "flags words in capitals";
            }

            @Override
            public Rule bind(RuleBinding b) throws RuleFileException {
                return new ShoutingRule(b.meta(), b.language(), b.integer("min-length", 4, "letters"));
            }
        }

        private final int minLength;

        ShoutingRule(RuleMeta meta, Language language, int minLength) {
            super(meta, language);
            this.minLength = minLength;
        }

        @Override
        public List<RuleHit> check(AnnotatedText text) {
            List<RuleHit> hits = new ArrayList<>();
            for (int b = 0; b < text.blockCount(); b++) {
                for (Word w : text.words(b)) {
                    String original = text.text().substring(w.start(), w.end());
                    if (original.length() >= minLength && original.equals(w.lower().toUpperCase())
                            && original.chars().allMatch(Character::isLetter)) {
                        hits.add(new RuleHit(w.start(), w.end(), original, null));
                    }
                }
            }
            return hits;
        }

        @Override
        public Rule withMeta(RuleMeta newMeta) {
            return new ShoutingRule(newMeta, language(), minLength);
        }

        @Override
        public List<String> whyNoFinding(String text) {
            return List.of("no word of " + minLength + " or more capitals");
        }

        @Override
        public List<String> whyFinding(String text, List<String> matches) {
            return List.of(matches + " are in capitals");
        }
    }

    /** One line per rule with its number of findings: a toy format. */
    static final class CountReporter implements Reporter {
        @Override
        public String name() {
            return "count";
        }

        @Override
        public String fileExtension() {
            return "counts";
        }

        @Override
        public void write(Report report, ReportSettings settings, Appendable out) throws IOException {
            for (RuleDescriptor d : report.rules()) {
                long n = report.findings().stream().filter(f -> f.ruleId().equals(d.id())).count();
                out.append(d.id()).append(' ').append(String.valueOf(n)).append('\n');
            }
        }
    }

    private static final String PACK = """
            pack: toy
            rules:
              - id: shouting
                title: Words in capitals
                category: overclaim
                severity: warning
                law: house style
                type: shouting
                min-length: 5
                message: "'{match}' shouts."
                suggestion: Write it in lower case.
                examples:
                  flag: [AMAZING results., It is INCREDIBLE., WOW WONDERFUL.]
                  pass: [Amazing results., An MRI scan., Nothing here.]
            """;

    @TempDir
    Path dir;

    private EngineOptions options(RuleTypes types) throws IOException {
        Path rules = Files.writeString(dir.resolve("toy.yaml"), PACK);
        return new EngineOptions().models(TestLanguages.MODELS).noConfig().noBuiltin().ruleFile(rules, "toy.yaml")
                .ruleTypes(types);
    }

    @Test
    void aRegisteredRuleTypeIsLoadedCheckedListedAndTested() throws Exception {
        Engine engine = Engine.create(options(RuleTypes.builtIn().with(new ShoutingRule.Type())));
        Report r = engine.checkText("post.txt", "Our AMAZING lift. An MRI scan.", dir);
        assertEquals(List.of("shouting:AMAZING:'AMAZING' shouts."), r.findings().stream()
                .map(f -> f.ruleId() + ":" + f.match() + ":" + f.message()).toList());
        RuleDescriptor d = engine.rule(dir, "shouting");
        assertEquals("shouting", d.type());
        assertEquals("flags words in capitals", d.typeMeaning());
        assertTrue(engine.ruleTypes().contains("shouting"), engine.ruleTypes()::toString);
        ExampleRun run = engine.testExamples(dir, List.of());
        assertEquals(6, run.examples());
        assertEquals(0, run.failures(), run.rules()::toString);
    }

    @Test
    void anUnregisteredTypeIsAnErrorWithTheTypesThatExist() {
        EngineException e = assertThrows(EngineException.class, () -> Engine.create(options(RuleTypes.builtIn())));
        assertEquals("toy.yaml:8:11: unknown rule type 'shouting'; types: claim, conditional, morph, pattern, phrase, "
                + "required",
                e.getMessage());
    }

    @Test
    void aRegisteredFormatIsChosenByName() throws Exception {
        Reporters formats = Reporters.builtIn().with(new CountReporter());
        assertEquals(List.of("text", "json", "sarif", "checkstyle", "junit", "github", "rdjsonl", "html", "count"),
                formats.names());
        assertEquals(List.of("text", "json"), formats.ruleListNames());
        Engine engine = Engine.create(options(RuleTypes.builtIn().with(new ShoutingRule.Type())));
        Report r = engine.checkText("post.txt", "AMAZING and WONDERFUL.", dir);
        Reporter count = formats.find("count").orElseThrow();
        assertEquals("counts", count.fileExtension());
        String out = count.render(r, ReportSettings.PLAIN);
        assertTrue(out.startsWith("shouting 2\n"), out);
        // warnings do not fail a run at the default fail level
        assertEquals(0, r.findings().stream().filter(Finding::failing).count());
    }
}

package dev.medlint.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.lang.Languages;
import dev.medlint.core.pack.BuiltinPacks;
import dev.medlint.core.pack.PackLoader;
import dev.medlint.core.report.FailLevel;
import dev.medlint.core.report.Finding;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.rule.RuleTypes;
import dev.medlint.core.source.Format;
import dev.medlint.core.source.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled rules find the same in the samples and the evaluation articles with the engine's rule tables
 * (literals and words) as without them, when each rule searches the blocks and looks words up itself: the tables
 * only make the answers cheaper.
 */
class RuleTablesAgreementTest {
    @Test
    void findingsAreTheSameWithAndWithoutRuleTables() throws Exception {
        PackLoader loader = new PackLoader(RuleTypes.builtIn(), Languages.builtIn());
        List<Rule> rules = new ArrayList<>();
        for (String name : BuiltinPacks.DEFAULTS) {
            rules.addAll(BuiltinPacks.load(name, loader).rules());
        }
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> ids.add(r.id()));
        FindingPipeline pipeline = FindingPipeline.standard(Suppressions.Settings.of(ids), FailLevel.ERROR);
        DocumentChecker with = new DocumentChecker(rules, pipeline, 1,
                new LanguageTables(rules, LanguageTables.Build.AT_ONCE));
        DocumentChecker without = new DocumentChecker(rules, pipeline, 1,
                new LanguageTables(rules, LanguageTables.Build.NEVER));
        List<Path> articles = new ArrayList<>();
        for (Path dir : List.of(Path.of("../samples"), Path.of("src/test/resources/eval"))) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(articles::add);
            }
        }
        int findings = 0;
        for (Path p : articles) {
            SourceDocument doc = new SourceDocument(p.toString(), Format.MARKDOWN, Files.readString(p));
            List<Finding> expected = without.check(doc).findings();
            assertEquals(expected, with.check(doc).findings(), p.toString());
            findings += expected.size();
        }
        assertTrue(articles.size() > 50 && findings > 200, articles.size() + " articles, " + findings + " findings");
    }
}

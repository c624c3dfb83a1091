package dev.medlint.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.lang.Languages;
import dev.medlint.core.report.Baseline;
import dev.medlint.core.report.FailLevel;
import dev.medlint.core.report.Report;
import dev.medlint.core.report.ReportSettings;
import dev.medlint.core.report.Reporters;
import dev.medlint.core.testing.TestLanguages;
import dev.medlint.core.testing.TestPacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings cache: a run answered by it reports byte for byte what a fresh run reports; a changed article, rule
 * file, configuration or setting is checked again; a damaged, truncated or foreign cache file is ignored with one
 * warning; entries of deleted files are dropped; and a run the cache answers completely analyses nothing.
 */
class CacheTest {
    @TempDir
    Path dir;

    private Path cacheDir;
    private final List<String> warnings = new ArrayList<>();
    private final List<CacheUse> uses = new ArrayList<>();

    @BeforeEach
    void articles() throws IOException {
        cacheDir = dir.resolve("cache");
        write("rules.yaml", TestPacks.THREE_RULES);
        write(".medlint.yaml", "packs: []\nrule-files: [rules.yaml]\n");
        write("posts/a.md", "# A\n\nWe guarantee a result.\nA miracle.\n");
        write("posts/b.md", "We comply.\n\n<!-- medlint-disable-next-line guarantee -- quoted from a ruling -->\n"
                + "They guarantee nothing here.\nA miracle, they said.\n");
        write("posts/c.txt", "We comply. Results vary.\n");
        write("posts/sub/d.html", "<p>We comply. <b>Guaranteed</b> youth, we guarantee it.</p>\n");
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private EngineOptions options(int threads) {
        return new EngineOptions().models(TestLanguages.MODELS).baseDir(dir).threads(threads);
    }

    private EngineOptions cached(int threads) {
        return options(threads).cache(cacheDir, new CacheListener() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }

            @Override
            public void used(CacheUse use) {
                uses.add(use);
            }
        });
    }

    private Report run(EngineOptions o) throws EngineException {
        return Engine.create(o).check(List.of(dir.resolve("posts")));
    }

    private static String json(Report r) {
        return Reporters.builtIn().find("json").orElseThrow().render(r, ReportSettings.PLAIN);
    }

    private static String text(Report r) {
        return Reporters.builtIn().find("text").orElseThrow().render(r, ReportSettings.PLAIN);
    }

    private CacheUse lastUse() {
        return uses.get(uses.size() - 1);
    }

    @Test
    void aSecondRunIsAnsweredByTheCacheAndReportsTheSame() throws Exception {
        Report fresh = run(options(1));
        Report first = run(cached(1));
        assertEquals(new CacheUse("cache/cache.json", 0, 4, 0), lastUse());
        // Pretty-printed, the same cache still answers; a run that changes nothing leaves the file alone.
        Path file = cacheDir.resolve("cache.json");
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        String pretty = m.writerWithDefaultPrettyPrinter().writeValueAsString(m.readTree(Files.readString(file)));
        Files.writeString(file, pretty);
        AtomicInteger analyses = new AtomicInteger();
        Report second = run(cached(1).beforeAnalysis(analyses::incrementAndGet));
        assertEquals(new CacheUse("cache/cache.json", 4, 0, 0), lastUse());
        assertEquals(0, analyses.get(), "the cache answered every article, so nothing was analysed");
        assertEquals(pretty, Files.readString(file), "a run the cache answered wholly rewrote it");
        assertFalse(fresh.findings().isEmpty());
        assertTrue(json(fresh).contains("\"guarantee\""));
        for (Report r : List.of(first, second)) {
            assertEquals(json(fresh), json(r));
            assertEquals(text(fresh), text(r));
            assertEquals(Reporters.builtIn().find("sarif").orElseThrow().render(fresh, ReportSettings.PLAIN),
                    Reporters.builtIn().find("sarif").orElseThrow().render(r, ReportSettings.PLAIN));
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
        assertTrue(Files.readString(cacheDir.resolve(".gitignore")).contains("*"));
    }

    @Test
    void outputIsTheSameWithOneOrFourThreadsCachedOrNot() throws Exception {
        String reference = json(run(options(1)));
        assertEquals(reference, json(run(options(4))));
        assertEquals(reference, json(run(cached(4))));
        assertEquals(reference, json(run(cached(1))));
        assertEquals(reference, json(run(cached(4))));
        assertEquals(4, lastUse().unchanged());
        // Whole-article quoting (the html format) is a setting of its own in the key, and cached alike.
        String whole = Reporters.builtIn().find("html").orElseThrow().render(run(options(1).quoteWholeArticles()),
                ReportSettings.PLAIN);
        run(cached(4).quoteWholeArticles());
        assertEquals(0, lastUse().unchanged());
        assertEquals(whole, Reporters.builtIn().find("html").orElseThrow()
                .render(run(cached(1).quoteWholeArticles()), ReportSettings.PLAIN));
        assertEquals(4, lastUse().unchanged());
    }

    @Test
    void aRunTheCacheAnswersLoadsNoModel() throws Exception {
        run(cached(2));
        LanguageModels fresh = LanguageModels.of(Languages.builtIn());
        Report r = Engine.create(cached(2).models(fresh)).check(List.of(dir.resolve("posts")));
        assertEquals(4, lastUse().unchanged());
        assertFalse(r.findings().isEmpty());
        assertTrue(fresh.preload(), "the models of the new holder had not been loaded by the cached run");
    }

    @Test
    void aChangedArticleIsCheckedAgain() throws Exception {
        run(cached(2));
        write("posts/c.txt", "We comply. A miracle cure.\n");
        Report r = run(cached(2));
        assertEquals(new CacheUse("cache/cache.json", 3, 1, 0), lastUse());
        assertEquals(json(run(options(1))), json(r));
        assertTrue(r.findings().stream().anyMatch(f -> f.path().equals("posts/c.txt") && f.ruleId().equals("miracle")));
    }

    @Test
    void aChangedRuleFileConfigurationOrFailLevelChecksEverythingAgain() throws Exception {
        run(cached(2));
        write("rules.yaml", TestPacks.THREE_RULES.replace("exaggerates.", "overstates."));
        Report r = run(cached(2));
        assertEquals(0, lastUse().unchanged());
        assertTrue(r.findings().stream().anyMatch(f -> f.message().endsWith("overstates.")));

        run(cached(2));
        assertEquals(4, lastUse().unchanged());
        // A configuration in a sub-folder: only its article is checked again.
        write("posts/sub/.medlint.yaml", "packs: []\nrule-files: [../../rules.yaml]\nrules:\n  guarantee: warning\n");
        r = run(cached(2));
        assertEquals(new CacheUse("cache/cache.json", 3, 1, 0), lastUse());
        assertEquals(json(run(options(1))), json(r));

        write(".medlint.yaml", "packs: []\nrule-files: [rules.yaml]\nrules:\n  miracle: off\n");
        r = run(cached(2));
        assertEquals(1, lastUse().unchanged(), "posts/sub has a configuration of its own");
        assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().equals("miracle") && !f.path().contains("sub")));

        run(cached(2).failOn(FailLevel.WARNING));
        assertEquals(0, lastUse().unchanged());
        Report failing = run(cached(2).failOn(FailLevel.WARNING));
        assertEquals(4, lastUse().unchanged());
        assertEquals(json(run(options(1).failOn(FailLevel.WARNING))), json(failing));
    }

    @Test
    void anExtraRuleFileIsPartOfTheKey() throws Exception {
        run(cached(2));
        Path extra = write("extra.yaml", TestPacks.THREE_RULES.replace("pack: test", "pack: extra")
                .replace("id: guarantee", "id: promise").replace("id: miracle", "id: wonder")
                .replace("id: statement", "id: notice"));
        Report r = run(cached(2).ruleFile(extra, "extra.yaml"));
        assertEquals(0, lastUse().unchanged());
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("wonder")));
    }

    private void assertRecovered(String damage) throws Exception {
        String reference = json(run(options(1)));
        warnings.clear();
        Report r = run(cached(2));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("cache cache/cache.json is " + damage), warnings.get(0));
        assertFalse(warnings.get(0).contains("\n"));
        assertEquals(reference, json(r));
        assertEquals(0, lastUse().unchanged());
        // The damaged file was replaced by a good one.
        warnings.clear();
        run(cached(2));
        assertTrue(warnings.isEmpty(), warnings.toString());
        assertEquals(4, lastUse().unchanged());
    }

    @Test
    void aDamagedCacheIsIgnoredWithOneWarning() throws Exception {
        Files.createDirectories(cacheDir);
        Files.write(cacheDir.resolve("cache.json"), new byte[] {(byte) 0xff, 0, 1, 2, '{'});
        assertRecovered("not a medlint cache");
    }

    @Test
    void aTruncatedCacheIsIgnoredWithOneWarning() throws Exception {
        run(cached(2));
        Path file = cacheDir.resolve("cache.json");
        byte[] full = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(full, full.length / 2));
        assertRecovered("not a medlint cache");
    }

    @Test
    void aCacheWithAMissingFieldIsIgnoredWithOneWarning() throws Exception {
        run(cached(2));
        Path file = cacheDir.resolve("cache.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\"ruleId\":\"[a-z]+\",", ""));
        assertRecovered("damaged");
    }

    @Test
    void aCacheOfAnotherLayoutOrAnotherFileIsIgnoredWithOneWarning() throws Exception {
        Files.createDirectories(cacheDir);
        Files.writeString(cacheDir.resolve("cache.json"), "{\"medlintCache\":99,\"tool\":\"x\",\"entries\":[]}");
        assertRecovered("written in layout 99");
        Files.writeString(cacheDir.resolve("cache.json"), "{\"findings\":[]}");
        assertRecovered("not a medlint cache");
        Files.writeString(cacheDir.resolve("cache.json"), "[1, 2, 3]");
        assertRecovered("not a medlint cache");
    }

    @Test
    void aCacheOfAnotherMedlintIsStaleWithoutAWarning() throws Exception {
        run(cached(2));
        Path file = cacheDir.resolve("cache.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\"tool\":\"medlint [^\"]*\"",
                "\"tool\":\"medlint 0.0.1; models none; code 0\""));
        run(cached(2));
        assertTrue(warnings.isEmpty(), warnings.toString());
        assertEquals(0, lastUse().unchanged());
    }

    @Test
    void entriesOfDeletedFilesAreDroppedAndOthersKept() throws Exception {
        run(cached(2));
        Files.delete(dir.resolve("posts/c.txt"));
        // A run over one folder keeps the entries of the articles elsewhere that still exist.
        Engine.create(cached(2)).check(List.of(dir.resolve("posts/sub")));
        assertEquals(new CacheUse("cache/cache.json", 1, 0, 1), lastUse());
        String stored = Files.readString(cacheDir.resolve("cache.json"));
        assertFalse(stored.contains("posts/c.txt"));
        assertTrue(stored.contains("posts/a.md") && stored.contains("posts/sub/d.html"));
        run(cached(2));
        assertEquals(new CacheUse("cache/cache.json", 3, 0, 0), lastUse());
    }

    @Test
    void unreadableArticlesAreNeverAnsweredByTheCache() throws Exception {
        run(cached(2));
        Files.write(dir.resolve("posts/c.txt"), new byte[] {'W', 'e', ' ', (byte) 0xff, '\n'});
        Report r = run(cached(2));
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().startsWith("posts/c.txt:"), r.problems().get(0).message());
        assertEquals(3, lastUse().unchanged());
    }

    @Test
    void aBaselineFiltersCachedFindingsAsFreshOnes() throws Exception {
        Baseline accepted = Baseline.of(run(options(1)).findings().stream()
                .filter(f -> f.path().equals("posts/a.md")).toList());
        Baseline b1 = Baseline.parse(accepted.render());
        Baseline b2 = Baseline.parse(accepted.render());
        Baseline b3 = Baseline.parse(accepted.render());
        Report fresh = run(options(1).baseline(b1));
        run(cached(2).baseline(b2));
        Report cachedRun = run(cached(2).baseline(b3));
        assertEquals(4, lastUse().unchanged());
        assertEquals(json(fresh), json(cachedRun));
        assertTrue(fresh.findings().stream().noneMatch(f -> f.path().equals("posts/a.md")));
        assertEquals(b1.accepted(fresh), b3.accepted(cachedRun));
        assertTrue(b3.accepted(cachedRun) > 0);
        assertEquals(b1.fixed(fresh), b3.fixed(cachedRun));
    }

    @Test
    void aCacheThatCannotBeWrittenIsAWarning() throws Exception {
        Files.writeString(cacheDir, "a file where the folder should be");
        Report r = run(cached(2));
        assertEquals(json(run(options(1))), json(r));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("cache cache/cache.json cannot "), warnings.get(0));
    }

    @Test
    void textsInMemoryAreNotCached() throws Exception {
        Consumer<Report> none = r -> assertTrue(uses.isEmpty());
        Engine e = Engine.create(cached(1));
        none.accept(e.checkText("x.md", "We guarantee it.\n", dir));
        assertFalse(Files.exists(cacheDir));
    }
}

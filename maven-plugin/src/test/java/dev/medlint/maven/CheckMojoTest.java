package dev.medlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.api.Engine;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mojo as Maven would configure it, run over a project folder in a temp dir. */
class CheckMojoTest {
    static final String COMPLIANT = """
            # Thread Lift: What to Expect

            A thread lift is a procedure in which dissolvable threads are placed under the skin of the lower face.
            It may help improve mild sagging along the jawline, depending on the individual.

            Swelling, bruising and infection may occur depending on the individual.
            Please go over these risks with your doctor before you decide.

            This article was written in compliance with Article 56 of the Medical Service Act.
            """;

    /** 3 errors (side-effect-notice 3:5, guarantee 3:17, superlative 4:8) and 1 warning (compliance-statement 1:1). */
    static final String NON_COMPLIANT = """
            # Spring Lifting Event

            Our thread lift guarantees a younger look.
            We are the best clinic in Gangnam for lifting.

            Book your consultation this month.
            """;

    /** Only a warning: no compliance statement (1:1). */
    static final String WARNING_ONLY = """
            Clinic hours

            Our clinic is open from 10 am to 7 pm on weekdays.
            Parking is available in the basement of the building.
            """;

    static final String RULES = """
            pack: house-rules
            description: House rules of the content team.
            rules:
              - id: event-slang
                title: Event slang
                category: inducement
                severity: error
                law: Medical Service Act Art. 56(2)13
                type: phrase
                match:
                  - term: glow-up
                message: "'{match}' is event slang; describe the procedure instead."
                suggestion: Describe what the procedure involves.
                examples:
                  flag:
                    - Get your spring glow-up at our clinic.
                    - A glow-up for your jawline.
                    - The glow-up season is here.
                  pass:
                    - Recovery takes about a week.
                    - Results vary from person to person.
                    - A consultation comes first.
            """;

    @TempDir
    Path dir;

    RecordingLog log;
    CheckMojo mojo;

    @BeforeEach
    void setUp() {
        log = new RecordingLog();
        mojo = new CheckMojo();
        mojo.basedir = dir.toFile();
        mojo.buildDirectory = dir.resolve("target").toFile();
        mojo.modules = List.of();
        mojo.setLog(log);
    }

    private Path write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private String read(String path) throws IOException {
        return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
    }

    /** The summary line comes from the core text reporter; only its counts and article numbers are pinned here. */
    private void assertSummary(String start, String end) {
        assertTrue(log.at("INFO").stream().anyMatch(l -> l.startsWith(start) && l.endsWith(end)), log.all());
    }

    @Test
    void theDefaultSourceDirectoryLeavesOutTheRepositorysOwnFilesAndHonoursTheIgnoreFile() throws Exception {
        write("README.md", NON_COMPLIANT);
        write("CHANGELOG.md", NON_COMPLIANT);
        write("LICENSE.txt", NON_COMPLIANT);
        write("contributing.md", NON_COMPLIANT);
        write("posts/guide.md", COMPLIANT);
        write("posts/README.md", COMPLIANT);
        write("posts/drafts/wip.md", NON_COMPLIANT);
        write(".medlintignore", "drafts/\n");

        mojo.execute();

        assertTrue(log.at("INFO").contains("No problems found in 2 articles."), log.all());
        // named as a source directory, the base directory is checked whole (README included)
        mojo.sourceDirectories = List.of(dir.toFile());
        org.junit.jupiter.api.Assertions.assertThrows(org.apache.maven.plugin.MojoFailureException.class,
                mojo::execute);
        // and with useIgnoreFiles false the draft is checked too
        mojo.sourceDirectories = List.of(dir.resolve("posts").toFile());
        mojo.useIgnoreFiles = false;
        log = new RecordingLog();
        mojo.setLog(log);
        org.junit.jupiter.api.Assertions.assertThrows(org.apache.maven.plugin.MojoFailureException.class,
                mojo::execute);
        assertTrue(log.all().toString().contains("drafts/wip.md"), log.all().toString());
    }

    @Test
    void defaultIncludesCoverEveryFormatTheEngineReads() {
        List<String> includes = Arrays.asList(CheckMojo.DEFAULT_INCLUDES.split(","));
        for (String ext : Engine.articleExtensions().split(", ")) {
            assertTrue(includes.contains("**/*" + ext), ext);
        }
    }

    @Test
    void defaultsCheckArticlesAndLeaveOutBuildAndToolFolders() throws Exception {
        write("src/articles/guide.md", COMPLIANT);
        write("src/articles/guide.html", "<html><body>" + COMPLIANT.replace("\n\n", "</p><p>") + "</body></html>");
        write("notes/guide.txt", COMPLIANT);
        write("target/copy/post.md", NON_COMPLIANT);
        write("node_modules/pkg/README.md", NON_COMPLIANT);
        write(".git/info/post.md", NON_COMPLIANT);
        write("src/articles/post.rst", NON_COMPLIANT);

        mojo.execute();

        assertTrue(log.at("INFO").contains("No problems found in 3 articles."), log.all());
        assertTrue(log.at("ERROR").isEmpty(), log.all());
        assertEquals("No problems found in 3 articles.\n", read("target/medlint-result.txt"));
        assertTrue(log.at("INFO").contains("medlint: report written to target/medlint-result.txt"), log.all());
    }

    @Test
    void findingsAreLoggedAtTheirLevelWithPathsRelativeToTheBasedir() throws Exception {
        write("src/articles/post.md", NON_COMPLIANT);
        mojo.sourceDirectories = List.of(dir.resolve("src/articles").toFile());

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("medlint: 3 errors in 1 article (failOnSeverity: error; report: target/medlint-result.txt)",
                e.getMessage());
        List<String> errors = log.at("ERROR");
        assertEquals(3, errors.size(), log.all());
        assertTrue(errors.get(0).startsWith("src/articles/post.md:3:5: error [side-effect-notice] "), errors.get(0));
        assertTrue(errors.get(1).startsWith("src/articles/post.md:3:17: error [guarantee] 'guarantees' "));
        assertTrue(errors.get(1).endsWith("\n  3 | Our thread lift guarantees a younger look.\n"
                + "    |                 ^^^^^^^^^^"), errors.get(1));
        assertTrue(errors.get(2).startsWith("src/articles/post.md:4:8: error [superlative] 'the best clinic' "));
        assertEquals(List.of("src/articles/post.md:1:1: warning [compliance-statement] The article has no statement "
                + "that it complies with Article 56 of the Medical Service Act."), log.at("WARNING"));
        assertSummary("3 errors", "in 1 of 1 article.");
        // the report is written even when the build fails, and reads like `medlint check` run from the basedir
        assertTrue(read("target/medlint-result.txt").startsWith(
                "src/articles/post.md:1:1: warning [compliance-statement]"));
    }

    @Test
    void warningsPassByDefaultAndFailWithFailOnSeverityWarning() throws Exception {
        write("hours.txt", WARNING_ONLY);
        mojo.execute();
        assertEquals(1, log.at("WARNING").size(), log.all());

        setUp();
        mojo.failOnSeverity = "warning";
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("medlint: 1 warning in 1 article (failOnSeverity: warning;"),
                e.getMessage());
    }

    @Test
    void failOnSeverityCountsEverythingAtOrAboveTheThreshold() throws Exception {
        write("post.md", NON_COMPLIANT);
        write("hours.txt", WARNING_ONLY);
        mojo.failOnSeverity = "WARNING";
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("medlint: 3 errors and 2 warnings in 2 articles "), e.getMessage());
    }

    @Test
    void failOnSeverityNeverOnlyReports() throws Exception {
        write("post.md", NON_COMPLIANT);
        mojo.failOnSeverity = "never";
        mojo.execute();
        assertEquals(3, log.at("ERROR").size());
    }

    @Test
    void unknownFailOnSeverityIsAConfigurationError() {
        mojo.failOnSeverity = "eror";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("medlint: unknown failOnSeverity 'eror' (did you mean 'error'?); use error, warning, info or "
                + "never", e.getMessage());
    }

    @Test
    void unknownOutputFormatIsAConfigurationError() {
        mojo.outputFormat = "xml";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("medlint: unknown outputFormat 'xml'"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; use text or json or sarif or checkstyle or junit or github or rdjsonl "
                + "or html"), e.getMessage());
    }

    @Test
    void jsonReportGoesToMedlintResultJsonByDefault() throws Exception {
        write("post.md", NON_COMPLIANT);
        mojo.outputFormat = "json";
        assertThrows(MojoFailureException.class, mojo::execute);
        String json = read("target/medlint-result.json");
        assertTrue(json.startsWith("{\n  \"schemaVersion\": 2,\n"), json);
        assertTrue(json.contains("\n  \"files\": 1,\n  \"summary\": {\"error\": 3, \"warning\": 1, \"info\": 0}"),
                json);
        assertTrue(json.contains("{\"path\": \"post.md\", \"ruleId\": \"guarantee\""), json);
        assertFalse(Files.exists(dir.resolve("target/medlint-result.txt")));
    }

    @Test
    void outputFileInsideTheSourcesIsNotCheckedItself() throws Exception {
        write("articles/guide.md", COMPLIANT);
        // A stale report from an earlier run: a finding, its excerpt and the summary line.
        write("reports/medlint.txt", "articles/old.md:3:17: error [guarantee] 'guarantees' presents ...\n"
                + "  3 | Our thread lift guarantees a younger look.\n1 error in 1 of 1 article.\n");
        mojo.outputFile = new File("reports/medlint.txt");
        mojo.execute();
        assertEquals("No problems found in 1 article.\n", read("reports/medlint.txt"));
        assertTrue(log.at("INFO").contains("medlint: report written to reports/medlint.txt"), log.all());
    }

    @Test
    void anOutputFileThatIsAnArticleStopsTheBuildAndLeavesTheArticleAlone() throws Exception {
        write("content/guide.md", COMPLIANT);
        write("content/post.md", NON_COMPLIANT);
        mojo.outputFile = new File("content/post.md");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("content/post.md: is an article, not a medlint report; medlint never replaces an article "
                + "with a report: choose another report file", e.getMessage());
        assertEquals(NON_COMPLIANT, read("content/post.md"));
    }

    @Test
    void aRunStoppedByABrokenRuleFileLeavesNoReportOfAnEarlierRun() throws Exception {
        write("articles/guide.md", NON_COMPLIANT);
        assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(Files.exists(dir.resolve("target/medlint-result.txt")));
        write("rules.yaml", "pack: [broken\n");
        mojo.ruleFiles = List.of(new File("rules.yaml"));
        assertThrows(MojoExecutionException.class, mojo::execute);
        assertFalse(Files.exists(dir.resolve("target/medlint-result.txt")), "a stale report would pass for this run's");
    }

    @Test
    void skipDoesNothing() throws Exception {
        write("post.md", NON_COMPLIANT);
        mojo.skip = true;
        mojo.execute();
        assertEquals(List.of("medlint: skipped (medlint.skip)"), log.at("INFO"));
        assertFalse(Files.exists(dir.resolve("target")));
    }

    @Test
    void includesAndExcludesSelectTheArticles() throws Exception {
        write("posts/guide.md", COMPLIANT);
        write("posts/post.html", "<p>" + NON_COMPLIANT + "</p>");
        write("drafts/post.md", NON_COMPLIANT);
        mojo.includes = "**/*.md";
        mojo.excludes = "drafts/**";
        mojo.execute();
        assertTrue(log.at("INFO").contains("No problems found in 1 article."), log.all());
    }

    @Test
    void theBuildDirectoryIsLeftOutEvenWhenExcludesAreReplaced() throws Exception {
        write("guide.md", COMPLIANT);
        write("target/site/post.md", NON_COMPLIANT);
        mojo.excludes = "";
        mojo.execute();
        assertTrue(log.at("INFO").contains("No problems found in 1 article."), log.all());
    }

    @Test
    void aSourceDirectoryInsideTheBuildDirectoryIsChecked() throws Exception {
        write("target/generated-articles/post.md", NON_COMPLIANT);
        mojo.sourceDirectories = List.of(new File("target/generated-articles"));
        assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(log.at("ERROR").get(0).startsWith("target/generated-articles/post.md:3:5: "), log.all());
    }

    @Test
    void foldersOfSubModulesAreLeftToThem() throws Exception {
        write("module-a/src/articles/post.md", NON_COMPLIANT);
        write("module-b/pom-alt/src/post.md", NON_COMPLIANT);
        Files.writeString(dir.resolve("module-b/pom-alt/pom.xml"), "<project/>");
        mojo.modules = List.of("module-a", "module-b/pom-alt/pom.xml");
        mojo.execute();
        assertTrue(log.at("INFO").contains("medlint: no articles found in . (includes: " + CheckMojo.DEFAULT_INCLUDES
                + ")"), log.all());
        assertFalse(log.all().contains("loading OpenNLP models"));
    }

    @Test
    void aMissingSourceDirectoryIsAWarning() throws Exception {
        mojo.sourceDirectories = List.of(new File("src/articlez"));
        mojo.execute();
        assertTrue(log.at("WARNING").contains("medlint: source directory src/articlez does not exist; skipped"),
                log.all());
    }

    @Test
    void consoleOutputFalseLogsOnlyTheSummary() throws Exception {
        write("post.md", NON_COMPLIANT);
        mojo.consoleOutput = false;
        assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(log.at("ERROR").isEmpty(), log.all());
        assertTrue(log.at("WARNING").isEmpty(), log.all());
        assertSummary("3 errors", "in 1 of 1 article.");
    }

    @Test
    void ruleFilesAddRulesToTheBuiltinOnes() throws Exception {
        write("config/rules.yaml", RULES);
        write("post.md", COMPLIANT.replace("lower face.", "lower face, a real spring glow-up."));
        mojo.ruleFiles = List.of(new File("config/rules.yaml"));
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("medlint: 1 error in 1 article "), e.getMessage());
        assertEquals(1, log.at("ERROR").size(), log.all());
        assertTrue(log.at("ERROR").get(0).startsWith("post.md:3:118: error [event-slang] 'glow-up' is event slang"),
                log.all());
    }

    @Test
    void aRuleFileWithATypoNamesFileLineAndProblem() throws Exception {
        write("config/rules.yaml", RULES.replace("severity: error", "severity: eror"));
        write("post.md", COMPLIANT);
        mojo.ruleFiles = List.of(new File("config/rules.yaml"));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("config/rules.yaml:7:15: unknown severity 'eror' (did you mean 'error'?); use error, warning "
                + "or info", e.getMessage());
    }

    @Test
    void aMissingRuleFileIsNamed() {
        mojo.ruleFiles = List.of(new File("config/missing.yaml"));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("config/missing.yaml: no such rule file (ruleFiles parameter)", e.getMessage());
    }

    @Test
    void aRuleIdTakenByTheBuiltinPackIsRefused() throws Exception {
        write("config/rules.yaml", RULES.replace("id: event-slang", "id: guarantee"));
        mojo.ruleFiles = List.of(new File("config/rules.yaml"));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("config/rules.yaml: rule id 'guarantee' is already defined in builtin:kr-medical-ad; give the "
                + "rule another id (to change the existing rule, use 'extend:')", e.getMessage());
    }

    @Test
    void aRuleFileThatIsAFolderIsNamed() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        mojo.ruleFiles = List.of(new File("config"));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("config: is a folder; the ruleFiles parameter takes a rule file (YAML)", e.getMessage());
    }

    @Test
    void theNearestMedlintYamlTurnsRulesOffAndDown() throws Exception {
        write(".medlint.yaml", """
                rules:
                  superlative: off
                  free-superlative: off
                  guarantee: warning
                """);
        write("src/articles/post.md", NON_COMPLIANT);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("medlint: 1 error in 1 article (failOnSeverity: error; report: target/medlint-result.txt)",
                e.getMessage());
        assertEquals(1, log.at("ERROR").size(), log.all());
        assertTrue(log.at("ERROR").get(0).startsWith("src/articles/post.md:3:5: error [side-effect-notice] "));
        assertTrue(log.at("WARNING").stream().anyMatch(l -> l.startsWith("src/articles/post.md:3:17: warning "
                + "[guarantee] 'guarantees' ")), log.all());
        assertFalse(log.all().contains("[superlative]"), log.all());
        assertSummary("1 error, 2 warnings", "in 1 of 1 article.");
    }

    @Test
    void theConfigurationsFailOnAppliesUnlessFailOnSeverityIsSet() throws Exception {
        write("posts/.medlint.yaml", "fail-on: warning\n");
        write("posts/hours.txt", WARNING_ONLY);
        write("hours.txt", WARNING_ONLY);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("medlint: 1 warning in 1 article (fail-on: warning (posts/.medlint.yaml:1:10); report: "
                + "target/medlint-result.txt)", e.getMessage());

        setUp();
        mojo.failOnSeverity = "error";
        mojo.execute();
        assertEquals(2, log.at("WARNING").size(), log.all());
    }

    @Test
    void configFileIsUsedForEveryArticle() throws Exception {
        write(".medlint.yaml", "fail-on: never\n"); // not used: configFile names another file
        write("config/medlint.yaml", "fail-on: info\nrules:\n  compliance-statement: info\n");
        write("posts/hours.txt", WARNING_ONLY);
        mojo.configFile = new File("config/medlint.yaml");
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("medlint: 1 info in 1 article (fail-on: info (config/medlint.yaml:1:10); report: "
                + "target/medlint-result.txt)", e.getMessage());
        assertTrue(log.at("INFO").stream().anyMatch(l -> l.startsWith("posts/hours.txt:1:1: info "
                + "[compliance-statement] ")), log.all());
    }

    @Test
    void aMissingConfigFileIsAConfigurationError() {
        mojo.configFile = new File("config/missing.yaml");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("config/missing.yaml: no such configuration file", e.getMessage());
    }

    @Test
    void aBrokenConfigurationStopsTheBuildEvenWithoutArticles() throws Exception {
        write(".medlint.yaml", "rules:\n  guarante: warning\n");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith(".medlint.yaml:2:3: unknown rule id 'guarante' in 'rules' (did you mean "
                + "'guarantee'?)"), e.getMessage());
        assertFalse(log.all().contains("loading OpenNLP models"), log.all());
    }

    @Test
    void theConfigurationsIncludeAndExcludeNarrowTheArticles() throws Exception {
        write(".medlint.yaml", "exclude: [drafts]\n");
        write("posts/guide.md", COMPLIANT);
        write("posts/drafts/post.md", NON_COMPLIANT);
        mojo.execute();
        assertTrue(log.at("INFO").contains("No problems found in 1 article."), log.all());

        setUp();
        write(".medlint.yaml", "include: ['*.html']\n");
        mojo.execute();
        assertTrue(log.at("INFO").contains("medlint: no articles to check in .: the include/exclude of the "
                + "configuration leave out all 2 found"), log.all());
    }

    @Test
    void unreadableArticlesAreLoggedAndFailTheBuild() throws Exception {
        write("guide.md", COMPLIANT);
        Path bad = dir.resolve("src/bad.txt");
        Files.createDirectories(bad.getParent());
        Files.write(bad, new byte[] {'S', 'w', 'e', 'l', 'l', '\n', 'O', 'u', 'r', ' ', (byte) 0xFF, '\n'});
        Files.write(dir.resolve("scan.html"), new byte[] {'<', 'p', '>', 0, 1, 2});
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("medlint: 2 files could not be checked (failOnSeverity: error; report: "
                + "target/medlint-result.txt)", e.getMessage());
        assertEquals(List.of("scan.html:1:4: binary file (NUL byte); not an article",
                "src/bad.txt:2:5: invalid UTF-8 (byte 0xFF); save the file as UTF-8"), log.at("ERROR"));
        assertTrue(log.at("INFO").contains("No findings in 1 article; 2 files could not be checked."), log.all());
    }

    @Test
    void aFolderOfUnreadableFilesOnlyGetsNoMisleadingSummary() throws Exception {
        Files.write(dir.resolve("scan.txt"), new byte[] {'a', 0});
        assertThrows(MojoFailureException.class, mojo::execute);
        assertFalse(log.all().contains("No problems found"), log.all());
    }

    @Test
    void executionsInParallelThreadsShareTheModelsAndKeepTheirOwnResults() throws Exception {
        write("a/post.md", NON_COMPLIANT);
        write("b/guide.md", COMPLIANT);
        RecordingLog logA = new RecordingLog();
        RecordingLog logB = new RecordingLog();
        CheckMojo a = module("a", logA);
        CheckMojo b = module("b", logB);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var fa = pool.submit(() -> {
                a.execute();
                return null;
            });
            var fb = pool.submit(() -> {
                b.execute();
                return null;
            });
            java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                    fa::get);
            assertTrue(e.getCause() instanceof MojoFailureException, String.valueOf(e.getCause()));
            fb.get();
        } finally {
            pool.shutdownNow();
        }
        assertTrue(logA.at("ERROR").get(0).startsWith("post.md:3:5: "), logA.all());
        assertTrue(logB.at("INFO").contains("No problems found in 1 article."), logB.all());
        // at most one "loading" line (none if an earlier test of this JVM already loaded them)
        long loads = java.util.stream.Stream.of(logA, logB).flatMap(l -> l.at("INFO").stream())
                .filter(m -> m.startsWith("medlint: loading OpenNLP models")).count();
        assertTrue(loads <= 1, logA.all() + "\n" + logB.all());
    }

    private CheckMojo module(String name, RecordingLog moduleLog) {
        CheckMojo m = new CheckMojo();
        m.basedir = dir.resolve(name).toFile();
        m.buildDirectory = dir.resolve(name).resolve("target").toFile();
        m.modules = List.of();
        m.setLog(moduleLog);
        return m;
    }

    @Test
    void aFileOfUnknownTypeMatchedByIncludesIsAnInputProblem() throws Exception {
        write("posts/post.mdx", COMPLIANT);
        mojo.includes = "**/*.mdx";
        assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(log.at("ERROR").get(0).startsWith("posts/post.mdx: unknown file type; medlint reads .md,"),
                log.all());
    }
}

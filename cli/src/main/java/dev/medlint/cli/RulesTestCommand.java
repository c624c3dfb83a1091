package dev.medlint.cli;

import dev.medlint.core.analysis.ExampleRunner;
import dev.medlint.core.analysis.TextAnalysis;
import dev.medlint.core.config.ConfiguredLinter;
import dev.medlint.core.config.RuleSet;
import dev.medlint.core.pack.RuleFileException;
import dev.medlint.core.pack.RuleOverride;
import dev.medlint.core.pack.RulePack;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.source.FileWalker;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medlint rules test [FILE...]}: runs every rule's flag and pass examples. */
@Command(name = "test",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Run every rule's flag and pass examples; exit 1 if one fails.",
            "Every 'flag' example must produce the rule's finding (on its 'match', when",
            "given); every 'pass' example must not. For a failure it shows the expected",
            "and the actual finding, why the rule did or did not fire, and the tokens,",
            "POS tags and lemmas OpenNLP produced.",
            "",
            "Without FILE: the rules in use here (built-in pack, the configuration's rule",
            "files, the configuration's changes). With FILE: the rules of those files and",
            "the built-in rules they extend.",
            ""},
        footerHeading = "%nExit status:%n",
        footer = {"  0  every example behaves", "  1  at least one example fails",
            "  2  a rule or configuration file is invalid"})
final class RulesTestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Rule files (YAML) to test.")
    List<String> files = new ArrayList<>();

    @Mixin
    ConfigOptions config;

    @Option(names = {"-v", "--verbose"}, description = "Also list every example that behaves.")
    boolean verbose;

    private final PrintStream out;
    private final PrintStream err;

    RulesTestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        ConfiguredLinter.Options options = config.options();
        List<Path> paths = new ArrayList<>();
        for (String f : files) {
            try {
                Path p = Path.of(f);
                paths.add(p);
                options.ruleFile(p, FileWalker.display(p));
            } catch (InvalidPathException e) {
                return Problems.fail(err, f + ": not a valid path: " + e.getReason());
            }
        }
        RuleSet set;
        try {
            set = ConfiguredLinter.create(options).resolve(Path.of("").toAbsolutePath()).rules();
        } catch (RuleFileException e) {
            return Problems.fail(err, e.getMessage());
        }
        List<Rule> rules = files.isEmpty() ? set.active() : rulesOf(set);
        List<ExampleRunner.Result> results = new ArrayList<>();
        int failedRules = 0;
        ExampleRunner runner = new ExampleRunner();
        for (Rule rule : rules) {
            List<ExampleRunner.Result> mine = runner.run(rule);
            results.addAll(mine);
            List<ExampleRunner.Result> failed = mine.stream().filter(r -> !r.passed()).toList();
            if (failed.isEmpty()) {
                out.println("ok    " + rule.id() + " (" + mine.size() + " examples)");
                if (verbose) {
                    for (ExampleRunner.Result r : mine) {
                        out.println("        " + (r.shouldFlag() ? "flags: " : "passes: ") + r.example().text());
                    }
                }
            } else {
                failedRules++;
                out.println("FAIL  " + rule.id() + " (" + failed.size() + " of " + mine.size()
                        + " examples failed)");
                failed.forEach(this::failure);
            }
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        int skipped = files.isEmpty() ? set.all().size() - set.active().size() : 0;
        out.println();
        out.println("Tested " + rules.size() + (rules.size() == 1 ? " rule" : " rules") + " with " + results.size()
                + " examples: " + (results.size() - failed) + " passed, " + failed + " failed"
                + (skipped == 1 ? " (1 rule turned off in the configuration was not tested)" : "")
                + (skipped > 1 ? " (" + skipped + " rules turned off in the configuration were not tested)" : "")
                + ".");
        if (failed > 0) {
            out.println(failedRules + (failedRules == 1 ? " rule needs" : " rules need") + " attention: fix the "
                    + "rule (its terms, 'unless' or 'exceptions') or the example, then run 'medlint rules test' again.");
        }
        out.flush();
        return failed > 0 ? Main.EXIT_FINDINGS : Main.EXIT_OK;
    }

    /** The rules a set of rule files defines or extends, in the order of the rule set. */
    private List<Rule> rulesOf(RuleSet set) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> named = new LinkedHashSet<>();
        for (String f : files) {
            named.add(FileWalker.display(Path.of(f)));
        }
        for (RulePack p : set.packs()) {
            if (named.contains(p.file())) {
                p.rules().forEach(r -> ids.add(r.id()));
                p.extensions().stream().map(RuleOverride::id).forEach(ids::add);
            }
        }
        return set.all().stream().filter(r -> ids.contains(r.id())).toList();
    }

    private void failure(ExampleRunner.Result r) {
        out.println("  " + r.file() + ":" + r.example().line() + ": " + (r.shouldFlag()
                ? (r.findings().isEmpty() ? "a 'flag' example did not fire" : "a 'flag' example fired elsewhere")
                : "a 'pass' example fired"));
        out.println("      example:  " + r.example().text());
        out.println("      expected: " + r.expected());
        out.println("      actual:   " + r.actual());
        List<String> whys = r.why();
        for (int k = 0; k < whys.size(); k++) {
            List<String> lines = RulesExplainCommand.wrap(whys.get(k), 82);
            for (int i = 0; i < lines.size(); i++) {
                String prefix = i > 0 ? " ".repeat(18) : k == 0 ? "      why:      - " : " ".repeat(16) + "- ";
                out.println(prefix + lines.get(i));
            }
        }
        out.println("      OpenNLP (token/POS/lemma):");
        int n = 1;
        for (TextAnalysis.AnalyzedSentence s : r.sentences()) {
            out.println("        sentence " + n++ + ": " + s.text());
            StringBuilder line = new StringBuilder();
            for (TextAnalysis.AnalyzedToken t : s.tokens()) {
                String token = t.text() + "/" + t.tag() + "/" + t.lemma();
                if (line.length() > 0 && line.length() + 2 + token.length() > 88) {
                    out.println("          " + line);
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? "  " : "").append(token);
            }
            if (line.length() > 0) {
                out.println("          " + line);
            }
        }
    }
}

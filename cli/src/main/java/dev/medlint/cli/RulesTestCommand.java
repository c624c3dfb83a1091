package dev.medlint.cli;

import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineException;
import dev.medlint.core.api.EngineOptions;
import dev.medlint.core.api.ExampleRun;
import dev.medlint.core.report.AnalyzedSentence;
import dev.medlint.core.report.ExampleOutcome;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
            "POS tags and lemmas the analyzer produced.",
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
        EngineOptions options = config.options();
        List<String> named = new ArrayList<>();
        for (String f : files) {
            try {
                Path p = Path.of(f);
                named.add(Engine.asGiven(p));
                options.ruleFile(p, Engine.asGiven(p));
            } catch (InvalidPathException e) {
                return Problems.fail(err, f + ": not a valid path: " + e.getReason());
            }
        }
        ExampleRun run;
        try {
            run = Engine.create(options).testExamples(Path.of("").toAbsolutePath(), named);
        } catch (EngineException e) {
            return Problems.fail(err, e.getMessage());
        }
        int failedRules = 0;
        for (ExampleRun.RuleExamples rule : run.rules()) {
            List<ExampleOutcome> failed = rule.failed();
            if (failed.isEmpty()) {
                out.println("ok    " + rule.ruleId() + " (" + rule.outcomes().size() + " examples)");
                if (verbose) {
                    for (ExampleOutcome r : rule.outcomes()) {
                        out.println("        " + (r.shouldFlag() ? "flags: " : "passes: ") + r.text());
                    }
                }
            } else {
                failedRules++;
                out.println("FAIL  " + rule.ruleId() + " (" + failed.size() + " of " + rule.outcomes().size()
                        + " examples failed)");
                failed.forEach(this::failure);
            }
        }
        long failed = run.failures();
        long examples = run.examples();
        int tested = run.rules().size();
        int skipped = run.skippedOff();
        out.println();
        out.println("Tested " + tested + (tested == 1 ? " rule" : " rules") + " with " + examples
                + " examples: " + (examples - failed) + " passed, " + failed + " failed"
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

    private void failure(ExampleOutcome r) {
        out.println("  " + r.file() + ":" + r.line() + ": " + (r.shouldFlag()
                ? (r.actual().equals("no finding") ? "a 'flag' example did not fire" : "a 'flag' example fired elsewhere")
                : "a 'pass' example fired"));
        out.println("      example:  " + r.text());
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
        out.println("      analyzer (token/POS/lemma):");
        int n = 1;
        for (AnalyzedSentence s : r.sentences()) {
            out.println("        sentence " + n++ + ": " + s.text());
            StringBuilder line = new StringBuilder();
            for (AnalyzedSentence.Token t : s.tokens()) {
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

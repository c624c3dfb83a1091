package dev.medlint.cli;

import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineException;
import dev.medlint.core.api.Hint;
import dev.medlint.core.report.Reporters;
import dev.medlint.core.report.RuleDescriptor;
import dev.medlint.core.report.RuleList;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code medlint rules list}: the rules in use, with the configuration applied. */
@Command(name = "list",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"List the rules in use: id, severity, type, category, pack and law.",
            "The configuration (the nearest .medlint.yaml) is applied.", ""})
final class RulesListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--pack", paramLabel = "NAME", description = "Only the rules of this pack (or rule file's pack).")
    String pack;

    @Option(names = "--category", paramLabel = "CATEGORY", description = "Only rules of this category.")
    String category;

    @Option(names = "--severity", paramLabel = "LEVEL", description = "Only rules at this severity: error, "
            + "warning, info or off.")
    String severity;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only rules of this type: phrase, claim, "
            + "required, conditional.")
    String type;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            converter = CheckCommand.RuleListFormatConverter.class,
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    private final PrintStream out;
    private final PrintStream err;

    RulesListCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Engine engine;
        RuleList all;
        try {
            engine = Engine.create(config.options());
            all = engine.rules(Path.of("").toAbsolutePath());
        } catch (EngineException e) {
            return Problems.fail(err, e.getMessage());
        }
        check("--pack", pack, all.rules().stream().map(RuleDescriptor::pack).toList());
        check("--category", category, Engine.categories());
        check("--severity", severity, List.of("error", "warning", "info", "off"));
        check("--type", type, engine.ruleTypes());
        List<RuleDescriptor> rows = all.rules().stream()
                .filter(r -> pack == null || r.pack().equals(pack))
                .filter(r -> category == null || r.category().equals(category))
                .filter(r -> severity == null || r.severity().equals(severity.toLowerCase(Locale.ROOT)))
                .filter(r -> type == null || r.type().equals(type))
                .toList();
        try {
            Reporters.builtIn().find(format).orElseThrow().writeRules(new RuleList(rows, all.configuration()), out);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a PrintStream does not throw
        }
        out.flush();
        return Main.EXIT_OK;
    }

    private void check(String option, String value, List<String> allowed) {
        if (value == null) {
            return;
        }
        Set<String> known = new LinkedHashSet<>(allowed);
        if (!known.contains(value.toLowerCase(Locale.ROOT))) {
            throw new ParameterException(spec.commandLine(), option + ": unknown value '" + value + "'"
                    + Hint.didYouMean(value, known) + "; use one of " + String.join(", ", known));
        }
    }
}

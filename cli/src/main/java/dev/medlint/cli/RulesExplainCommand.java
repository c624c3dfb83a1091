package dev.medlint.cli;

import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineException;
import dev.medlint.core.report.RuleDescriptor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code medlint rules explain ID}: everything about one rule, as the configuration leaves it. */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Explain one rule: title, law, rationale, message, suggestion, examples.",
            "Also what it matches and what your configuration or rule files changed.", ""})
final class RulesExplainCommand implements Callable<Integer> {
    private static final int WIDTH = 100;

    @Parameters(paramLabel = "ID", description = "The rule id, as 'medlint rules list' shows it.")
    String id;

    @Mixin
    ConfigOptions config;

    private final PrintStream out;
    private final PrintStream err;

    RulesExplainCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        RuleDescriptor d;
        try {
            d = Engine.create(config.options()).rule(Path.of("").toAbsolutePath(), id);
        } catch (EngineException e) {
            return Problems.fail(err, e.getMessage());
        }
        if (d.isEngineRule()) {
            engine(d);
            return Main.EXIT_OK;
        }
        out.println(d.id() + ": " + d.title());
        out.println();
        field("pack", d.pack() + " (" + d.file() + ")");
        field("type", d.type() + " - " + d.typeMeaning());
        field("category", d.category() + " (" + d.categoryCovers() + ")");
        field("severity", d.isOff() ? "off (turned off in the configuration; it was " + d.packSeverity() + ")"
                : d.severity());
        field("law", d.law());
        section("Why", d.rationale().isEmpty() ? "(the rule gives no rationale)" : d.rationale());
        section("Message", d.message());
        section("Suggestion", d.suggestion());
        matches(d);
        changes(d);
        examples("Examples it must flag", d.flagExamples(), d);
        examples("Examples it must pass", d.passExamples(), d);
        out.flush();
        return Main.EXIT_OK;
    }

    /** One of medlint's own rules: what it checks and how to configure it. */
    private void engine(RuleDescriptor d) {
        out.println(d.id() + ": " + d.title());
        out.println();
        field("pack", d.pack() + " (built into medlint)");
        field("type", d.type() + " - " + d.typeMeaning());
        field("category", d.category());
        field("severity", d.severity());
        section("Why", d.rationale());
        section("Configuration", "Turn it off or change its severity in .medlint.yaml, e.g. 'rules: {" + d.id()
                + ": " + (d.packSeverity().equals("info") ? "warning" : "error") + "}'.");
        out.flush();
    }

    private void changes(RuleDescriptor d) {
        if (d.changes().isEmpty()) {
            return;
        }
        out.println();
        out.println("Changed by:");
        for (RuleDescriptor.Change c : d.changes()) {
            out.println("  " + c.where() + ": " + c.what());
        }
    }

    private void field(String name, String value) {
        out.println(String.format("  %-9s %s", name + ":", value));
    }

    private void section(String title, String text) {
        out.println();
        out.println(title + ":");
        for (String line : wrap(text, WIDTH - 2)) {
            out.println("  " + line);
        }
    }

    private void matches(RuleDescriptor d) {
        if (d.matchingTitle().isEmpty()) {
            return;
        }
        out.println();
        out.println(d.matchingTitle() + ":");
        for (String i : d.matching()) {
            List<String> lines = wrap(i, WIDTH - 4);
            for (int k = 0; k < lines.size(); k++) {
                out.println((k == 0 ? "  - " : "    ") + lines.get(k));
            }
        }
    }

    private void examples(String title, List<RuleDescriptor.ExampleText> examples, RuleDescriptor d) {
        out.println();
        out.println(title + ":");
        for (RuleDescriptor.ExampleText e : examples) {
            String where = e.file() != null && !e.file().equals(d.file()) ? "   (" + e.file() + ":" + e.line() + ")"
                    : "";
            out.println("  - " + e.text() + (e.match() != null ? "   [match: " + e.match() + "]" : "") + where);
        }
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}

package dev.medlint.cli;

import dev.medlint.core.config.ConfiguredLinter;
import dev.medlint.core.pack.RuleFileException;
import dev.medlint.core.pack.Suggest;
import dev.medlint.core.report.JsonReporter;
import dev.medlint.core.rule.Category;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
            converter = CheckCommand.FormatConverter.class, description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    private final PrintStream out;
    private final PrintStream err;

    RulesListCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        ConfiguredLinter.Resolved resolved;
        try {
            ConfiguredLinter linter = ConfiguredLinter.create(config.options());
            resolved = linter.resolve(Path.of("").toAbsolutePath());
        } catch (RuleFileException e) {
            return Problems.fail(err, e.getMessage());
        }
        List<RuleRows.Row> all = RuleRows.of(resolved.rules());
        check("--pack", pack, all.stream().map(RuleRows.Row::pack).toList());
        List<String> categories = new ArrayList<>(Arrays.stream(Category.values()).map(Category::id).toList());
        categories.add("medlint");
        check("--category", category, categories);
        check("--severity", severity, List.of("error", "warning", "info", "off"));
        check("--type", type, List.of("phrase", "claim", "required", "conditional", "directive"));
        List<RuleRows.Row> rows = all.stream()
                .filter(r -> pack == null || r.pack().equals(pack))
                .filter(r -> category == null || r.category().equals(category))
                .filter(r -> severity == null || r.severity().equals(severity.toLowerCase(Locale.ROOT)))
                .filter(r -> type == null || r.type().equals(type))
                .toList();
        if (format.equals("json")) {
            json(rows);
        } else {
            text(rows, resolved);
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
                    + Suggest.hint(value, known) + "; use one of " + String.join(", ", known));
        }
    }

    private void text(List<RuleRows.Row> rows, ConfiguredLinter.Resolved resolved) {
        String[] head = {"ID", "SEVERITY", "TYPE", "CATEGORY", "PACK", "LAW"};
        int[] width = new int[head.length];
        List<String[]> cells = new ArrayList<>();
        for (RuleRows.Row r : rows) {
            String sev = r.severity() + (r.changes().isEmpty() ? "" : "*");
            cells.add(new String[] {r.id(), sev, r.type(), r.category(), r.pack(), r.law()});
        }
        for (int i = 0; i < head.length; i++) {
            width[i] = head[i].length();
            for (String[] c : cells) {
                width[i] = Math.max(width[i], c[i].length());
            }
        }
        out.println(row(head, width));
        for (String[] c : cells) {
            out.println(row(c, width));
        }
        out.println();
        long off = rows.stream().filter(r -> r.severity().equals("off")).count();
        out.println(rows.size() + (rows.size() == 1 ? " rule" : " rules") + (off > 0 ? " (" + off + " off)" : "")
                + ". * = changed by the configuration or a rule file's 'extend'.");
        var file = resolved.config().file();
        out.println(file == null ? "No .medlint.yaml applies here: the built-in settings are used."
                : "Configuration: " + resolved.config().display());
        out.println("'medlint rules explain ID' tells more about a rule.");
    }

    private static String row(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            b.append(cells[i]);
            if (i < cells.length - 1) {
                b.append(" ".repeat(width[i] - cells[i].length() + 2));
            }
        }
        return b.toString().stripTrailing();
    }

    private void json(List<RuleRows.Row> rows) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            RuleRows.Row r = rows.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("  {")
                    .append("\"id\": ").append(JsonReporter.quote(r.id()))
                    .append(", \"title\": ").append(JsonReporter.quote(r.title()))
                    .append(", \"category\": ").append(JsonReporter.quote(r.category()))
                    .append(", \"severity\": ").append(JsonReporter.quote(r.severity()))
                    .append(", \"type\": ").append(JsonReporter.quote(r.type()))
                    .append(", \"law\": ").append(JsonReporter.quote(r.law()))
                    .append(", \"pack\": ").append(JsonReporter.quote(r.pack()))
                    .append(", \"file\": ").append(JsonReporter.quote(r.file()))
                    .append(", \"changes\": [");
            for (int k = 0; k < r.changes().size(); k++) {
                var c = r.changes().get(k);
                b.append(k == 0 ? "" : ", ").append("{\"change\": ").append(JsonReporter.quote(c.what()))
                        .append(", \"where\": ").append(JsonReporter.quote(c.where())).append('}');
            }
            b.append("]}");
        }
        b.append(rows.isEmpty() ? "]\n" : "\n]\n");
        out.print(b);
    }
}

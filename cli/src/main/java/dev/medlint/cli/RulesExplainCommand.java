package dev.medlint.cli;

import dev.medlint.core.analysis.Suppressions;
import dev.medlint.core.config.ConfiguredLinter;
import dev.medlint.core.config.RuleSet;
import dev.medlint.core.pack.PackCombiner;
import dev.medlint.core.pack.RuleFileException;
import dev.medlint.core.pack.Suggest;
import dev.medlint.core.rule.ClaimRule;
import dev.medlint.core.rule.Example;
import dev.medlint.core.rule.PhraseRule;
import dev.medlint.core.rule.RegexMatch;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.rule.RuleMeta;
import dev.medlint.core.rule.Term;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
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
        RuleSet set;
        try {
            set = ConfiguredLinter.create(config.options()).resolve(Path.of("").toAbsolutePath()).rules();
        } catch (RuleFileException e) {
            return Problems.fail(err, e.getMessage());
        }
        if (Suppressions.ENGINE_RULES.contains(id)) {
            engine(set);
            return Main.EXIT_OK;
        }
        Rule rule = set.rule(id).orElse(null);
        if (rule == null) {
            List<String> ids = new ArrayList<>(set.all().stream().map(Rule::id).toList());
            ids.addAll(Suppressions.ENGINE_RULES);
            return Problems.fail(err, "unknown rule id '" + id + "'" + Suggest.hint(id, ids)
                    + "; run 'medlint rules list' to see the rule ids");
        }
        RuleMeta m = rule.meta();
        out.println(m.id() + ": " + m.title());
        out.println();
        field("pack", m.pack() + " (" + m.file() + ")");
        field("type", m.type() + " - " + typeMeaning(m.type()));
        field("category", m.category().id() + " (" + m.category().covers() + ")");
        field("severity", set.isOff(id) ? "off (turned off in the configuration; it was " + m.severity().label() + ")"
                : m.severity().label());
        field("law", m.law());
        section("Why", m.rationale().isEmpty() ? "(the rule gives no rationale)" : m.rationale());
        section("Message", m.message());
        section("Suggestion", m.suggestion());
        matches(rule);
        List<PackCombiner.Change> changes = set.changes(id);
        if (!changes.isEmpty()) {
            out.println();
            out.println("Changed by:");
            for (PackCombiner.Change c : changes) {
                out.println("  " + c.where() + ": " + c.what());
            }
        }
        examples("Examples it must flag", m.flagExamples(), m);
        examples("Examples it must pass", m.passExamples(), m);
        out.flush();
        return Main.EXIT_OK;
    }

    private void engine(RuleSet set) {
        var s = set.engineSeverity(id);
        out.println(id + ": " + RuleRows.engineTitle(id));
        out.println();
        field("pack", "medlint (built into medlint)");
        field("type", "directive - a check of medlint's suppression comments");
        field("category", Suppressions.CATEGORY);
        field("severity", s == null ? "off" : s.label());
        section("Why", RuleRows.engineExplanation(id));
        section("Configuration", "Turn it off or change its severity in .medlint.yaml, e.g. 'rules: {" + id
                + ": " + (id.equals(Suppressions.UNUSED) ? "warning" : "error") + "}'.");
        out.flush();
    }

    private static String typeMeaning(String type) {
        return switch (type) {
            case "phrase" -> "flags words, phrases and patterns unless the context excuses them";
            case "claim" -> "flags efficacy claims asserted without a hedge (uses OpenNLP's POS tags and lemmas)";
            case "required" -> "the article must contain a statement; reported once for the whole article";
            case "conditional" -> "if the article mentions one thing, it must also contain another";
            default -> "";
        };
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

    private void matches(Rule rule) {
        List<String> items = new ArrayList<>();
        String title = "Matches";
        if (rule instanceof PhraseRule p) {
            if (!p.terms().isEmpty()) {
                items.add("terms (each word also in its regular forms): "
                        + String.join(", ", p.terms().stream().map(Term::source).toList()));
            }
            p.patterns().stream().map(RegexMatch::pattern).map(x -> "regex: " + x.pattern()).forEach(items::add);
            if (!p.unless().isEmpty()) {
                title = "Matches (unless " + String.join(", ", new TreeSet<>(p.unless().stream()
                        .map(e -> e.label()).toList())) + ")";
            }
        } else if (rule instanceof ClaimRule c) {
            items.add("predicates: " + String.join(", ", new TreeSet<>(c.predicates())));
            if (!c.adjectives().isEmpty()) {
                items.add("adjectives: " + String.join(", ", new TreeSet<>(c.adjectives())));
            }
            if (!c.intensifiers().isEmpty()) {
                items.add("intensifiers (one is required): " + String.join(", ", new TreeSet<>(c.intensifiers())));
            }
        } else {
            return;
        }
        out.println();
        out.println(title + ":");
        for (String i : items) {
            List<String> lines = wrap(i, WIDTH - 4);
            for (int k = 0; k < lines.size(); k++) {
                out.println((k == 0 ? "  - " : "    ") + lines.get(k));
            }
        }
    }

    private void examples(String title, List<Example> examples, RuleMeta m) {
        out.println();
        out.println(title + ":");
        for (Example e : examples) {
            String where = e.file() != null && !e.file().equals(m.file()) ? "   (" + e.file() + ":" + e.line() + ")"
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

package dev.medlint.cli;

import dev.medlint.core.config.Config;
import dev.medlint.core.config.ConfiguredLinter;
import dev.medlint.core.config.Glob;
import dev.medlint.core.config.Origin;
import dev.medlint.core.pack.PackCombiner;
import dev.medlint.core.pack.RuleFileException;
import dev.medlint.core.source.FileWalker;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code medlint config [PATH]}: the configuration that applies to a file, and where each value comes from. */
@Command(name = "config",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Show the configuration for an article: which .medlint.yaml, every value and its origin.",
            "For every setting and every rule it shows the value and where that value comes from.",
            "The article need not exist yet; a folder works too.", ""})
final class ConfigCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..1", defaultValue = ".",
            description = "An article or folder (default: the current folder).")
    String path;

    @Mixin
    ConfigOptions config;

    private final PrintStream out;
    private final PrintStream err;

    ConfigCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Path target;
        try {
            target = Path.of(path);
        } catch (InvalidPathException e) {
            return Problems.fail(err, path + ": not a valid path: " + e.getReason());
        }
        ConfiguredLinter linter;
        ConfiguredLinter.Resolved r;
        try {
            linter = ConfiguredLinter.create(config.options());
            r = linter.resolve(target);
        } catch (RuleFileException e) {
            return Problems.fail(err, e.getMessage());
        }
        Config c = r.config();
        out.println("Configuration for " + FileWalker.display(target));
        if (c.file() == null) {
            out.println("  file: none (" + (config.noConfig ? "--no-config" : "no " + Config.FILE_NAME
                    + " in its folder or a folder above it") + "); the defaults apply");
        } else {
            out.println("  file: " + c.display());
        }
        out.println();
        setting("packs", config.noBuiltin ? "(none: --no-builtin)" : list(c.packs().value()),
                config.noBuiltin ? Origin.of("command line") : c.packs().origin());
        String files = c.ruleFiles().value().stream().map(Config.RuleFile::display).collect(Collectors.joining(", "));
        setting("rule-files", files.isEmpty() ? "(none)" : files, c.ruleFiles().origin());
        if (!config.rules.isEmpty()) {
            setting("--rules", String.join(", ", config.rules), Origin.of("command line"));
        }
        setting("include", globs(c.include().value(), "(every article)"), c.include().origin());
        setting("exclude", globs(c.exclude().value(), "(nothing)"), c.exclude().origin());
        setting("fail-on", c.failOn().value().label(), c.failOn().origin());
        if (!Files.isDirectory(target)) {
            boolean selected = c.selects(target);
            out.println(String.format("  %-11s %s", "walked:", selected
                    ? "yes: 'medlint check FOLDER' checks this file"
                    : "no: include/exclude leave it out of 'medlint check FOLDER' (naming it still checks it)"));
        }
        out.println();
        out.println("Rules:");
        List<RuleRows.Row> rows = RuleRows.of(r.rules());
        int w = rows.stream().mapToInt(x -> x.id().length()).max().orElse(10);
        for (RuleRows.Row row : rows) {
            List<PackCombiner.Change> changes = row.changes();
            String origin = row.pack().equals("medlint") ? "built into medlint"
                    : row.file().startsWith("builtin:") ? "pack " + row.pack() : row.file();
            String from = changes.isEmpty() ? origin
                    : changes.stream().map(ch -> ch.where() + " (" + ch.what() + ")").collect(Collectors.joining("; "));
            out.println(String.format("  %-" + w + "s  %-8s %s", row.id(), row.severity(), from));
        }
        out.flush();
        return Main.EXIT_OK;
    }

    private void setting(String name, String value, Origin origin) {
        out.println(String.format("  %-11s %-40s %s", name + ":", value, origin.isDefault() ? "(default)"
                : "(" + origin + ")"));
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "(none)" : String.join(", ", items);
    }

    private static String globs(List<Glob> globs, String none) {
        return globs.isEmpty() ? none : globs.stream().map(Glob::source).collect(Collectors.joining(", "));
    }
}

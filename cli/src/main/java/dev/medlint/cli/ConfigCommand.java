package dev.medlint.cli;

import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineException;
import dev.medlint.core.report.ConfigurationView;
import dev.medlint.core.report.RuleDescriptor;
import java.io.PrintStream;
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
        ConfigurationView view;
        try {
            view = Engine.create(config.options()).configuration(target);
        } catch (EngineException e) {
            return Problems.fail(err, e.getMessage());
        }
        out.println("Configuration for " + Engine.asGiven(target));
        if (view.file() == null) {
            out.println("  file: none (" + (config.noConfig ? "--no-config" : "no " + Engine.CONFIG_FILE_NAME
                    + " in its folder or a folder above it") + "); the defaults apply");
        } else {
            out.println("  file: " + view.file());
        }
        out.println();
        for (ConfigurationView.Setting s : view.settings()) {
            out.println(String.format("  %-11s %-40s %s", s.name() + ":", s.value(), s.isDefault() ? "(default)"
                    : "(" + s.origin() + ")"));
        }
        if (view.walked() != null) {
            out.println(String.format("  %-11s %s", "walked:", view.walked()
                    ? "yes: 'medlint check FOLDER' checks this file"
                    : "no: include/exclude leave it out of 'medlint check FOLDER' (naming it still checks it)"));
        }
        out.println();
        out.println("Rules:");
        List<RuleDescriptor> rows = view.rules();
        int w = rows.stream().mapToInt(x -> x.id().length()).max().orElse(10);
        for (RuleDescriptor row : rows) {
            List<RuleDescriptor.Change> changes = row.changes();
            String origin = row.isEngineRule() ? "built into medlint"
                    : row.file().startsWith("builtin:") ? "pack " + row.pack() : row.file();
            String from = changes.isEmpty() ? origin
                    : changes.stream().map(ch -> ch.where() + " (" + ch.what() + ")").collect(Collectors.joining("; "));
            out.println(String.format("  %-" + w + "s  %-8s %s", row.id(), row.severity(), from));
        }
        out.flush();
        return Main.EXIT_OK;
    }
}

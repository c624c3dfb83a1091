package dev.medlint.cli;

import dev.medlint.core.api.Engine;
import dev.medlint.core.api.ReportFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medlint init [DIR]}: a commented starter configuration and a rule file of the team's own. */
@Command(name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Write a starter .medlint.yaml and a rule file of your own (medlint/clinic-rules.yaml).",
            "Both are commented; the rule file's examples pass 'medlint rules test'. Existing files are",
            "not replaced. Each starts with a '# yaml-language-server: $schema=...' line naming the JSON",
            "Schema that init writes (refreshing it) to medlint/schema/, so VS Code's YAML extension and",
            "other editors complete and check them offline.",
            ""})
final class InitCommand implements Callable<Integer> {
    static final String RULES = "medlint/clinic-rules.yaml";
    /** Where the schemas go; the first lines of the starter files point here, relative to each file. */
    static final String SCHEMAS = "medlint/schema";

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = ".",
            description = "The folder to write into, usually the root of your articles (default: the current folder).")
    String dir;

    @Option(names = "--force", description = "Replace the files if they exist.")
    boolean force;

    private final PrintStream out;
    private final PrintStream err;

    InitCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Path root;
        try {
            root = Path.of(dir);
        } catch (InvalidPathException e) {
            return Problems.fail(err, dir + ": not a valid path: " + e.getReason());
        }
        if (!Files.isDirectory(root)) {
            return Problems.fail(err, Engine.asGiven(root) + ": no such folder; create it first or name another");
        }
        Path config = root.resolve(Engine.CONFIG_FILE_NAME);
        Path rules = root.resolve(RULES);
        if (!force) {
            for (Path p : List.of(config, rules)) {
                if (Files.exists(p)) {
                    return Problems.fail(err, Engine.asGiven(p) + ": already exists; medlint init does not "
                            + "replace files (use --force to replace them, or edit the file)");
                }
            }
        }
        try {
            Files.createDirectories(rules.getParent());
            AtomicFile.write(config, resource("init/medlint.yaml"));
            AtomicFile.write(rules, resource("init/clinic-rules.yaml"));
            Path schemas = root.resolve(SCHEMAS);
            Files.createDirectories(schemas);
            for (String which : List.of("config", "rules")) {
                AtomicFile.write(schemas.resolve(Schemas.FILES.get(which)), Schemas.text(which));
            }
        } catch (IOException e) {
            return Problems.fail(err, Engine.asGiven(root) + ": cannot write the starter files: "
                    + ReportFile.reason(e));
        }
        out.println("Wrote " + Engine.asGiven(config) + " (the configuration) and " + Engine.asGiven(rules)
                + " (your own rules),");
        out.println("with their JSON Schemas in " + Engine.asGiven(root.resolve(SCHEMAS)) + "/ for editors.");
        out.println();
        out.println("Next steps:");
        out.println("  medlint rules test             run the examples of every rule (yours included)");
        out.println("  medlint check ARTICLES...      check articles with your configuration");
        out.println("  medlint config ARTICLE         see which settings apply to an article");
        out.println("Open both files: the comments in them explain each setting.");
        out.flush();
        return Main.EXIT_OK;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the starter file " + name + " is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package dev.medlint.cli;

import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineOptions;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every command that reads rules shares: which configuration, which extra rule files. */
final class ConfigOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Use this configuration file for every article instead of the nearest .medlint.yaml.")
    String config;

    @Option(names = "--no-config", description = "Ignore .medlint.yaml files; use the defaults.")
    boolean noConfig;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Extra rule file (YAML), besides the configuration's packs (by default the built-in "
                    + "pack). Repeatable.")
    List<String> rules = new ArrayList<>();

    @Option(names = "--no-builtin",
            description = "Do not load the built-in rule packs; 'check' then needs at least one --rules FILE.")
    boolean noBuiltin;

    /** The engine options these stand for; usage errors for contradictions and unusable paths. */
    EngineOptions options() {
        EngineOptions o = new EngineOptions().settingNames("--rules", "--no-builtin")
                .unknownTypeHint("use --stdin-filename with '-' to pick a format")
                .models(Main.MODELS);
        if (config != null && noConfig) {
            throw new ParameterException(spec.commandLine(), "--config and --no-config cannot be used together");
        }
        if (config != null) {
            Path p = path(config, "--config");
            o.config(p, Engine.asGiven(p));
        }
        if (noConfig) {
            o.noConfig();
        }
        if (noBuiltin) {
            o.noBuiltin();
        }
        for (String r : rules) {
            Path p = path(r, "--rules");
            o.ruleFile(p, Engine.asGiven(p));
        }
        return o;
    }

    private Path path(String value, String option) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), option + " " + value + ": not a valid path: "
                    + e.getReason());
        }
    }
}

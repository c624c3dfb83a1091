package dev.medlint.spark;

import dev.medlint.core.api.EngineOptions;
import dev.medlint.core.api.LanguageModels;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What every executor's engine is made of: the built-in pack or not, a configuration and rule files as text (read
 * once on the driver, so executors need no access to the driver's files), and the largest post read. Value
 * equality, so it doubles as the key of the per-JVM engine holder ({@link Engines}).
 *
 * @param configName null when there is no configuration
 */
public record JobRules(boolean builtin, String configName, String configText, List<NamedText> ruleTexts,
        long maxBytes) implements Serializable {

    /** A rule file's name (as the user gave it) and its YAML. */
    public record NamedText(String name, String yaml) implements Serializable {
    }

    public JobRules {
        ruleTexts = List.copyOf(ruleTexts);
    }

    /** Reads the named rule files and configuration on the driver; a file it cannot read is a one-line error. */
    public static JobRules read(boolean builtin, Path config, List<Path> ruleFiles, long maxBytes)
            throws JobException {
        List<NamedText> texts = new ArrayList<>();
        for (Path f : ruleFiles) {
            texts.add(new NamedText(f.toString(), readText(f, "rule file")));
        }
        return new JobRules(builtin, config == null ? null : config.toString(),
                config == null ? null : readText(config, "configuration file"), texts, maxBytes);
    }

    private static String readText(Path file, String what) throws JobException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new JobException(file + ": no such " + what);
        } catch (CharacterCodingException e) {
            throw new JobException(file + ": not valid UTF-8; save the " + what + " as UTF-8");
        } catch (IOException e) {
            throw new JobException(file + ": cannot read the " + what + (Files.isDirectory(file) ? " (it is a folder)"
                    : " (" + e.getMessage() + ")"));
        }
    }

    /** The engine options these rules stand for, with the JVM's language models. */
    EngineOptions options(LanguageModels models) {
        EngineOptions o = new EngineOptions().models(models).threads(1).maxBytes(maxBytes)
                .settingNames("--rules", "--no-builtin");
        if (!builtin) {
            o.noBuiltin();
        }
        for (NamedText t : ruleTexts) {
            o.ruleText(t.name(), t.yaml());
        }
        // Posts stand in no folder: without --config no .medlint.yaml is looked for on the executors' disks.
        return configText == null ? o.noConfig() : o.configText(configName, configText);
    }
}

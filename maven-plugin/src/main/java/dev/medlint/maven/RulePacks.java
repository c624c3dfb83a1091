package dev.medlint.maven;

import dev.medlint.core.pack.BuiltinPacks;
import dev.medlint.core.pack.PackLoader;
import dev.medlint.core.pack.RuleFileException;
import dev.medlint.core.pack.RulePack;
import dev.medlint.core.rule.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The rule packs a run checks with: the built-in pack, then each extra rule file. Anything wrong (a missing file, a
 * malformed rule, a rule id defined twice) is a {@link MojoExecutionException} whose message starts with the file
 * and, when known, the line and column: {@code config/rules.yaml:9:15: unknown severity 'eror' ...}.
 *
 * <p>The CLI assembles its packs the same way (built-in pack plus {@code --rules} files, ids unique across packs).
 * That assembly belongs in core; until core offers it, this is the plugin's copy of those few lines.
 */
final class RulePacks {
    private RulePacks() {
    }

    /**
     * @param ruleFiles extra rule files, absolute or relative to the working directory
     * @param display   how a path is shown in messages (relative to the project base directory)
     */
    static List<RulePack> load(List<Path> ruleFiles, Function<Path, String> display) throws MojoExecutionException {
        List<RulePack> packs = new ArrayList<>();
        try {
            packs.add(BuiltinPacks.load(BuiltinPacks.DEFAULT));
            PackLoader loader = new PackLoader();
            for (Path file : ruleFiles) {
                String name = display.apply(file);
                if (!Files.exists(file)) {
                    throw new MojoExecutionException(name + ": no such rule file (ruleFiles parameter)");
                }
                if (Files.isDirectory(file)) {
                    throw new MojoExecutionException(name
                            + ": is a folder; the ruleFiles parameter takes rule files (YAML)");
                }
                packs.add(loader.load(file, name));
            }
        } catch (RuleFileException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Map<String, String> definedIn = new HashMap<>();
        for (RulePack pack : packs) {
            for (Rule rule : pack.rules()) {
                String first = definedIn.putIfAbsent(rule.id(), pack.file());
                if (first != null) {
                    throw new MojoExecutionException(pack.file() + ": rule id '" + rule.id()
                            + "' is already defined in " + first + "; give the rule another id");
                }
            }
        }
        return packs;
    }
}

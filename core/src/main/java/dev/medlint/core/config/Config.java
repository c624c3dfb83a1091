package dev.medlint.core.config;

import dev.medlint.core.source.PathPattern;

import dev.medlint.core.report.FailLevel;

import dev.medlint.core.pack.BuiltinPacks;
import dev.medlint.core.pack.RuleOverride;
import java.nio.file.Path;
import java.util.List;

/**
 * One configuration file ({@code .medlint.yaml}) as read, or the defaults when there is none. Every value knows where
 * it came from, for {@code medlint config}.
 *
 * @param file      the configuration file, or null for the defaults
 * @param display   how the file is named in messages
 * @param packs     the bundled packs to check with
 * @param ruleFiles the team's rule files, resolved against the configuration file's folder
 * @param rules     rule settings in file order: off, severity, message, suggestion, added terms and examples
 * @param include   file patterns a walked file must match one of (empty: every article)
 * @param exclude   file patterns a walked file must match none of
 * @param failOn    the least serious finding that fails the run
 * @param sha256    the SHA-256 of the file's content (hex), or empty for the defaults
 */
public record Config(Path file, String display, Value<List<String>> packs, Value<List<RuleFile>> ruleFiles,
        List<RuleOverride> rules, Value<List<PathPattern>> include, Value<List<PathPattern>> exclude, Value<FailLevel> failOn,
        String sha256) {

    /** The configuration file name medlint looks for. */
    public static final String FILE_NAME = ".medlint.yaml";

    /** A value and where it came from. */
    public record Value<T>(T value, Origin origin) {
    }

    /** A rule file named in the configuration: where it is, how it is shown, where it was named. */
    public record RuleFile(Path path, String display, Origin origin) {
    }

    public Config {
        rules = List.copyOf(rules);
    }

    /** The configuration used where no file applies. */
    public static Config defaults() {
        return new Config(null, "(no configuration file)", new Value<>(BuiltinPacks.DEFAULTS, Origin.DEFAULT),
                new Value<>(List.of(), Origin.DEFAULT), List.of(), new Value<>(List.of(), Origin.DEFAULT),
                new Value<>(List.of(), Origin.DEFAULT), new Value<>(FailLevel.ERROR, Origin.DEFAULT), "");
    }

    /** The folder {@code include}, {@code exclude} and {@code rule-files} are relative to, or null for the defaults. */
    public Path folder() {
        return file == null ? null : file.toAbsolutePath().normalize().getParent();
    }

    /**
     * Whether a file found while walking a folder is checked: it matches an {@code include} pattern (or there are
     * none) and no {@code exclude} pattern, both relative to this configuration's folder.
     */
    public boolean selects(Path path) {
        if (include.value().isEmpty() && exclude.value().isEmpty()) {
            return true;
        }
        String relative = relative(path);
        if (!include.value().isEmpty() && include.value().stream().noneMatch(g -> g.matches(relative))) {
            return false;
        }
        return exclude.value().stream().noneMatch(g -> g.matches(relative));
    }

    /** The path relative to this configuration's folder (or as given, for the defaults), with '/' separators. */
    public String relative(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path base = folder();
        Path rel = abs;
        if (base != null) {
            try {
                rel = base.relativize(abs);
            } catch (IllegalArgumentException e) {
                rel = abs;
            }
        }
        return rel.toString().replace('\\', '/');
    }
}

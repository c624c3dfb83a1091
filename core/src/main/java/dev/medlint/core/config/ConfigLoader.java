package dev.medlint.core.config;

import dev.medlint.core.source.PathPattern;

import dev.medlint.core.report.FailLevel;

import dev.medlint.core.analysis.Suppressions;
import dev.medlint.core.pack.BuiltinPacks;
import dev.medlint.core.yaml.RuleFileException;
import dev.medlint.core.pack.RuleOverride;
import dev.medlint.core.util.Suggest;
import dev.medlint.core.yaml.YamlNodes;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import dev.medlint.core.util.RegularFiles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a configuration file ({@code .medlint.yaml}; documented in docs/rule-authoring.md and
 * docs/schema/medlint-config.schema.json). Anything it cannot use is refused with {@code file:line:col} and, for a
 * misspelling, the nearest valid word: an unknown key, pack, severity or fail-on level, a rule file that does not
 * exist, a broken file pattern or term. Whether rule ids exist is checked when the rules are put together
 * ({@link RuleSet}), because that depends on the packs and rule files in use.
 */
public final class ConfigLoader {
    /** The top-level keys. */
    public static final Set<String> KEYS = Set.of("packs", "rules", "rule-files", "include", "exclude", "fail-on");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    /** Largest configuration file read: real ones are a few hundred bytes; this bounds memory before parsing. */
    public static final long MAX_BYTES = 1024 * 1024;

    private final Function<Path, String> display;
    private final String textRuleFilesSetting;

    /** @param display how a path is named in messages */
    public ConfigLoader(Function<Path, String> display) {
        this(display, null);
    }

    /**
     * A loader of configurations given as text, which stand in no folder: their {@code rule-files} are refused with
     * a pointer to {@code ruleFilesSetting}, where the front end takes rule files (as text) instead.
     */
    public ConfigLoader(Function<Path, String> display, String ruleFilesSetting) {
        this.display = display;
        this.textRuleFilesSetting = ruleFilesSetting;
    }

    /** Reads and checks a configuration file. */
    public Config load(Path file) throws RuleFileException {
        String name = display.apply(file);
        String content;
        try {
            content = RegularFiles.readUtf8(file, MAX_BYTES, "the configuration file");
        } catch (MalformedInputException e) {
            throw new RuleFileException(name, "not valid UTF-8; save the configuration file as UTF-8");
        } catch (NoSuchFileException e) {
            throw new RuleFileException(name, "no such configuration file");
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new RuleFileException(name, "is a folder; name the configuration file itself (" + Config.FILE_NAME
                        + ")");
            }
            throw new RuleFileException(name, "cannot read the configuration file: " + RegularFiles.reason(e));
        }
        return parse(file, content);
    }

    /** Checks a configuration's text; {@code file} is where it is (relative paths in it are resolved from there). */
    public Config parse(Path file, String content) throws RuleFileException {
        String name = display.apply(file);
        Path folder = file.toAbsolutePath().normalize().getParent();
        YamlNodes y = new YamlNodes(name);
        Node root = y.parseOptional(content);
        Config d = Config.defaults();
        if (root == null || YamlNodes.isEmpty(root)) {
            return new Config(file, name, d.packs(), d.ruleFiles(), d.rules(), d.include(), d.exclude(), d.failOn(),
                    dev.medlint.core.util.Digests.sha256(content));
        }
        if (!(root instanceof MappingNode)) {
            throw y.error(root, "the configuration must be a mapping of keys to values, e.g. 'fail-on: warning'; "
                    + "keys: " + String.join(", ", KEYS.stream().sorted().toList()));
        }
        Map<String, Node> top = y.mapping(root, "the configuration", KEYS);
        Config.Value<List<String>> packs = top.containsKey("packs") ? packs(y, top.get("packs")) : d.packs();
        Config.Value<List<Config.RuleFile>> ruleFiles = top.containsKey("rule-files")
                ? ruleFiles(y, top.get("rule-files"), folder) : d.ruleFiles();
        List<RuleOverride> rules = top.containsKey("rules") ? rules(y, top.get("rules")) : List.of();
        Config.Value<List<PathPattern>> include = top.containsKey("include") ? globs(y, top.get("include"), "'include'")
                : d.include();
        Config.Value<List<PathPattern>> exclude = top.containsKey("exclude") ? globs(y, top.get("exclude"), "'exclude'")
                : d.exclude();
        Config.Value<FailLevel> failOn = top.containsKey("fail-on") ? failOn(y, top.get("fail-on")) : d.failOn();
        return new Config(file, name, packs, ruleFiles, rules, include, exclude, failOn,
                dev.medlint.core.util.Digests.sha256(content));
    }

    private static Origin origin(YamlNodes y, Node n) {
        return new Origin(y.file(), y.line(n), y.column(n));
    }

    private static List<Node> items(YamlNodes y, Node n, String what) throws RuleFileException {
        if (YamlNodes.isEmpty(n)) {
            return List.of();
        }
        if (n instanceof ScalarNode) {
            return List.of(n);
        }
        return y.sequence(n, what);
    }

    private Config.Value<List<String>> packs(YamlNodes y, Node n) throws RuleFileException {
        List<String> known = BuiltinPacks.names();
        List<String> out = new ArrayList<>();
        for (Node item : items(y, n, "'packs'")) {
            String name = y.text(item, "a pack name");
            if (!known.contains(name)) {
                throw y.error(item, "unknown pack '" + name + "'" + Suggest.hint(name, known)
                        + (known.isEmpty() ? "; this build bundles no rule packs"
                                : "; bundled packs: " + String.join(", ", known)));
            }
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return new Config.Value<>(List.copyOf(out), origin(y, n));
    }

    private Config.Value<List<Config.RuleFile>> ruleFiles(YamlNodes y, Node n, Path folder)
            throws RuleFileException {
        if (textRuleFilesSetting != null) {
            throw y.error(n, "a configuration given as text cannot name rule files (no folder holds it); give them "
                    + "with " + textRuleFilesSetting + " instead");
        }
        List<Config.RuleFile> out = new ArrayList<>();
        for (Node item : items(y, n, "'rule-files'")) {
            String raw = y.text(item, "a rule file");
            Path path;
            try {
                path = folder.resolve(raw).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                throw y.error(item, "'" + raw + "' is not a valid path: " + e.getReason());
            }
            if (Files.isDirectory(path)) {
                throw y.error(item, "'" + raw + "' is a folder; list the rule files (YAML) in it one by one");
            }
            if (!Files.isRegularFile(path)) {
                throw y.error(item, "rule file '" + raw + "' does not exist" + nearbyFile(raw, path)
                        + " (paths in rule-files are relative to the folder of " + y.file() + ")");
            }
            out.add(new Config.RuleFile(path, display.apply(path), origin(y, item)));
        }
        return new Config.Value<>(List.copyOf(out), origin(y, n));
    }

    /** " (did you mean 'medlint/clinic-rules.yaml'?)" from the YAML files in the folder the path points into. */
    private static String nearbyFile(String raw, Path path) {
        Path dir = path.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return dir == null ? "" : " (there is no folder '" + dir.getFileName() + "')";
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(s -> s.endsWith(".yaml") || s.endsWith(".yml")).toList();
            String slash = raw.replace('\\', '/');
            String folder = slash.contains("/") ? slash.substring(0, slash.lastIndexOf('/') + 1) : "";
            return Suggest.closest(path.getFileName().toString(), names)
                    .map(n -> " (did you mean '" + folder + n + "'?)").orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private List<RuleOverride> rules(YamlNodes y, Node n) throws RuleFileException {
        if (YamlNodes.isEmpty(n)) {
            return List.of();
        }
        if (n instanceof SequenceNode) {
            throw y.error(n, "'rules' is a mapping of rule ids to settings: write each id without '- ' in front, "
                    + "e.g. 'guarantee: warning' on its own line under 'rules:'");
        }
        if (!(n instanceof MappingNode map)) {
            throw y.error(n, "'rules' is a mapping of rule ids to settings, e.g. 'rules: {guarantee: warning}'");
        }
        List<RuleOverride> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : map.getValue()) {
            String id = y.scalar(t.getKeyNode(), "a rule id");
            if (!seen.add(id)) {
                throw y.error(t.getKeyNode(), "rule '" + id + "' is set twice in 'rules'; keep one entry");
            }
            if (!ID.matcher(id).matches()) {
                throw y.error(t.getKeyNode(), "'" + id + "' is not a rule id: rule ids are lower-case words joined by "
                        + "'-', e.g. 'guarantee'; run 'medlint rules list' to see them");
            }
            RuleOverride o = RuleOverride.parse(y, id, t.getKeyNode(), t.getValueNode(), true);
            if (Suppressions.ENGINE_RULES.contains(id) && (o.message() != null || o.suggestion() != null
                    || !o.addTerms().isEmpty() || !o.addPatterns().isEmpty() || !o.flagExamples().isEmpty()
                    || !o.passExamples().isEmpty())) {
                throw y.error(t.getKeyNode(), "'" + id + "' is medlint's own check of suppression comments: it can "
                        + "only be turned off or given a severity (off, error, warning, info)");
            }
            out.add(o);
        }
        return out;
    }

    private Config.Value<List<PathPattern>> globs(YamlNodes y, Node n, String what) throws RuleFileException {
        List<PathPattern> out = new ArrayList<>();
        for (Node item : items(y, n, what)) {
            String raw = y.text(item, "a file pattern");
            try {
                out.add(PathPattern.compile(raw));
            } catch (PathPattern.BadPattern e) {
                int column = y.column(item) + e.index();
                if (item instanceof ScalarNode s && s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
                    column++;
                }
                throw new RuleFileException(y.file(), y.line(item), column, "invalid file pattern '" + raw + "' in "
                        + what + ": " + e.getMessage() + " (at character " + (e.index() + 1) + ")");
            }
        }
        return new Config.Value<>(List.copyOf(out), origin(y, n));
    }

    private Config.Value<FailLevel> failOn(YamlNodes y, Node n) throws RuleFileException {
        String v = y.text(n, "'fail-on'").toLowerCase(java.util.Locale.ROOT);
        var level = FailLevel.parse(v);
        if (level.isEmpty()) {
            throw y.error(n, FailLevel.unknown("fail-on level", v));
        }
        return new Config.Value<>(level.get(), origin(y, n));
    }
}

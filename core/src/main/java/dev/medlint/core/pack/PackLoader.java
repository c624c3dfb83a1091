package dev.medlint.core.pack;

import dev.medlint.core.lang.Language;
import dev.medlint.core.lang.Languages;
import dev.medlint.core.report.Severity;
import dev.medlint.core.rule.Category;
import dev.medlint.core.rule.DeferredRule;
import dev.medlint.core.rule.Example;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.rule.RuleBinding;
import dev.medlint.core.rule.RuleMeta;
import dev.medlint.core.rule.RuleType;
import dev.medlint.core.rule.RuleTypes;
import dev.medlint.core.lang.Vocabulary;
import dev.medlint.core.util.Suggest;
import dev.medlint.core.yaml.RuleFileException;
import dev.medlint.core.yaml.NodeTree;
import dev.medlint.core.yaml.YamlNodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Loads a rule file (see rules/README.md for the format) into a {@link RulePack}, refusing anything malformed with
 * file, line, column and what is wrong. Each rule's {@code type:} names a {@link RuleType}, which binds the rest;
 * the pack's {@code language:} names a {@link Language}, whose profile and analyzer its rules use.
 */
public final class PackLoader {
    /** The keys of a rule file's top level. */
    public static final Set<String> PACK_KEYS = Set.of("pack", "description", "language", "rules", "extend",
            "vocabulary", "classes");
    /** The language of a pack that names none. */
    public static final String DEFAULT_LANGUAGE = "en";
    static final Set<String> EXAMPLE_KEYS = Set.of("flag", "pass");
    private static final Set<String> EXAMPLE_ITEM_KEYS = Set.of("text", "match");
    private static final Set<String> VOCAB_KEYS = Set.of("negations", "hedges");
    private static final int MIN_EXAMPLES = 3;
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    /** Largest rule file read (the built-in packs are under 100 KB); this bounds memory before parsing. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private final RuleTypes types;
    private final Languages languages;

    public PackLoader(RuleTypes types, Languages languages) {
        this.types = types;
        this.languages = languages;
    }

    /** Loads a rule file from disk; the name shown in errors is {@code displayName}. */
    public RulePack load(Path path, String displayName) throws RuleFileException {
        String content;
        try {
            content = dev.medlint.core.util.RegularFiles.readUtf8(path, MAX_BYTES, "the rule file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new RuleFileException(displayName, 1, 1, "not valid UTF-8; save the rule file as UTF-8");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new RuleFileException(displayName, 1, 1, "no such rule file");
        } catch (IOException e) {
            throw new RuleFileException(displayName, "cannot read the rule file: "
                    + dev.medlint.core.util.RegularFiles.reason(e));
        }
        return load(displayName, content);
    }

    public RulePack load(String file, String content) throws RuleFileException {
        return load(file, content, null, false);
    }

    /**
     * Loads a pack the build has tested (a bundled one): read and checked now, but each rule's matching is built
     * only when the rule is first used ({@link DeferredRule}), so the rules of a language the input does not use
     * cost only their reading.
     */
    public RulePack loadTested(String file, String content) throws RuleFileException {
        return load(file, content, null, true);
    }

    /**
     * As {@link #loadTested(String, String)}, given also the document composed from {@code content} at build time
     * ({@link NodeTree}), or null to parse the YAML.
     */
    public RulePack loadTested(String file, String content, NodeTree.Document composed) throws RuleFileException {
        return load(file, content, composed, true);
    }

    private RulePack load(String file, String content, NodeTree.Document composed, boolean defer)
            throws RuleFileException {
        YamlNodes y = new YamlNodes(file);
        String digest = composed != null ? composed.yamlDigest() : dev.medlint.core.util.Digests.sha256(content);
        Node root = composed != null ? composed.root() : y.parse(content);
        Map<String, Node> top = y.mapping(root, "the rule file", PACK_KEYS);
        String name = y.text(y.required(top, "pack", root, "the rule file"), "'pack'");
        String description = top.containsKey("description") ? y.text(top.get("description"), "'description'") : "";
        Language language = language(y, top.get("language"));
        Vocabulary vocab = vocabulary(y, top.get("vocabulary"), language);
        Map<String, Set<String>> classes = classes(y, top.get("classes"));
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Node rulesNode = top.containsKey("extend") ? top.get("rules") : y.required(top, "rules", root, "the rule file");
        if (rulesNode != null && !YamlNodes.isEmpty(rulesNode)) {
            for (Node r : y.sequence(rulesNode, "'rules'")) {
                Rule rule = rule(y, r, name, language, vocab, classes, defer);
                if (!ids.add(rule.id())) {
                    throw y.error(r, "rule id '" + rule.id() + "' is used twice in this file");
                }
                rules.add(rule);
            }
        }
        List<RuleOverride> extensions = new ArrayList<>();
        if (top.containsKey("extend") && !YamlNodes.isEmpty(top.get("extend"))) {
            Set<String> extended = new HashSet<>();
            for (Node e : y.sequence(top.get("extend"), "'extend'")) {
                RuleOverride o = extension(y, e);
                if (!extended.add(o.id())) {
                    throw y.error(e, "rule '" + o.id() + "' is extended twice in this file; put all its changes in "
                            + "one 'extend' item");
                }
                extensions.add(o);
            }
        }
        if (rules.isEmpty() && extensions.isEmpty()) {
            throw y.error(root, "the rule file has no rules: add rules under 'rules:' or changes to existing rules "
                    + "under 'extend:'");
        }
        return new RulePack(name, description, file, language.id(), rules, extensions, digest);
    }

    private Language language(YamlNodes y, Node node) throws RuleFileException {
        if (node == null) {
            return languages.find(DEFAULT_LANGUAGE).orElseThrow(() -> new RuleFileException(y.file(), 1, 1,
                    "the default language '" + DEFAULT_LANGUAGE + "' is not available; name the pack's language "
                    + "with 'language:'"));
        }
        String id = y.text(node, "'language'").strip().toLowerCase(Locale.ROOT);
        return languages.find(id).orElseThrow(() -> y.error(node, "unknown language '" + id + "'"
                + Suggest.hint(id, languages.ids()) + "; languages: " + String.join(", ", languages.ids())));
    }

    /** An item of {@code extend:}: {@code {id: guarantee, add-terms: [...], severity: warning, ...}}. */
    private static RuleOverride extension(YamlNodes y, Node node) throws RuleFileException {
        if (!(node instanceof MappingNode)) {
            throw y.error(node, "each item of 'extend' must be a mapping such as {id: guarantee, add-terms: [...]}");
        }
        Set<String> allowed = new HashSet<>(RuleOverride.KEYS);
        allowed.add("id");
        Map<String, Node> f = new java.util.LinkedHashMap<>(y.mapping(node, "an 'extend' item", allowed));
        Node idNode = y.required(f, "id", node, "the 'extend' item");
        String id = y.text(idNode, "'id'");
        f.remove("id");
        return RuleOverride.fromFields(y, id, idNode, f, false);
    }

    private static Vocabulary vocabulary(YamlNodes y, Node node, Language language) throws RuleFileException {
        Vocabulary base = language.profile().vocabulary();
        if (node == null) {
            return base;
        }
        Map<String, Node> f = y.mapping(node, "'vocabulary'", VOCAB_KEYS);
        Set<String> negations = new LinkedHashSet<>();
        Set<String> hedges = new LinkedHashSet<>();
        if (f.containsKey("negations")) {
            y.strings(f.get("negations"), "'negations'").forEach(s -> negations.add(s.toLowerCase(Locale.ROOT)));
        }
        if (f.containsKey("hedges")) {
            y.strings(f.get("hedges"), "'hedges'").forEach(h -> hedges.add(h.toLowerCase(Locale.ROOT).strip()));
        }
        return base.plus(negations, hedges);
    }

    /** {@code classes:}: named lists of words that pattern tokens refer to with {@code class: NAME}. */
    private static Map<String, Set<String>> classes(YamlNodes y, Node node) throws RuleFileException {
        Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof MappingNode m)) {
            throw y.error(node, "'classes' is a mapping of class names to lists of words, e.g. "
                    + "classes: {procedure: [facelift, filler]}");
        }
        for (var t : m.getValue()) {
            String name = y.text(t.getKeyNode(), "a class name");
            if (!ID.matcher(name).matches()) {
                throw y.error(t.getKeyNode(), "class name '" + name + "' must be lower-case words joined by '-'");
            }
            Set<String> words = new LinkedHashSet<>();
            for (String w : y.strings(t.getValueNode(), "class '" + name + "'")) {
                words.add(w.strip().toLowerCase(Locale.ROOT));
            }
            if (words.isEmpty()) {
                throw y.error(t.getValueNode(), "class '" + name + "' has no words");
            }
            out.put(name, words);
        }
        return out;
    }

    private Rule rule(YamlNodes y, Node node, String pack, Language language, Vocabulary vocab,
            Map<String, Set<String>> classes, boolean defer) throws RuleFileException {
        if (!(node instanceof MappingNode mapping)) {
            throw y.error(node, "each rule must be a mapping with id, title, type, ...");
        }
        Node typeNode = null;
        boolean looksLikeExtension = true;
        for (var t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("type")) {
                typeNode = t.getValueNode();
            }
            if (!(t.getKeyNode() instanceof ScalarNode k2 && (k2.getValue().equals("id")
                    || RuleOverride.KEYS.contains(k2.getValue())))) {
                looksLikeExtension = false;
            }
        }
        if (typeNode == null && looksLikeExtension) {
            throw y.error(node, "this item only changes a rule (id with add-terms, severity, message, suggestion or "
                    + "examples): put it under 'extend:', not under 'rules:' (a new rule needs title, category, "
                    + "severity, law, type, match, message, suggestion and examples)");
        }
        if (typeNode == null) {
            throw y.error(node, "the rule is missing the required key 'type' (one of "
                    + String.join(", ", types.names()) + ")");
        }
        String typeName = y.text(typeNode, "'type'");
        Node at = typeNode;
        RuleType type = types.find(typeName).orElseThrow(() -> y.error(at, "unknown rule type '" + typeName + "'"
                + Suggest.hint(typeName, types.names()) + "; types: " + String.join(", ", types.names())));
        Set<String> allowed = new HashSet<>(RuleBinding.COMMON_KEYS);
        allowed.addAll(type.keys());
        Map<String, Node> f = y.mapping(node, "a " + typeName + " rule", allowed);
        RuleMeta meta = meta(y, node, f, typeName, pack);
        RuleBinding binding = new RuleBinding(y, node, f, meta, language, vocab, classes);
        return defer ? new DeferredRule(meta, language, type, () -> type.bind(binding)) : type.bind(binding);
    }

    private RuleMeta meta(YamlNodes y, Node node, Map<String, Node> f, String type, String pack)
            throws RuleFileException {
        String what = "the rule";
        Node idNode = y.required(f, "id", node, what);
        String id = y.text(idNode, "'id'");
        if (!ID.matcher(id).matches()) {
            throw y.error(idNode, "rule id '" + id + "' must be lower-case words joined by '-', e.g. 'guaranteed-result'");
        }
        what = "rule '" + id + "'";
        String title = y.text(y.required(f, "title", node, what), "'title'");
        Node catNode = y.required(f, "category", node, what);
        String cat = y.text(catNode, "'category'");
        List<String> catIds = Arrays.stream(Category.values()).map(Category::id).toList();
        Category category = Category.parse(cat).orElseThrow(() -> y.error(catNode, "unknown category '" + cat + "'"
                + Suggest.hint(cat, catIds) + "; categories: " + String.join(", ", catIds)));
        Node sevNode = y.required(f, "severity", node, what);
        String sev = y.text(sevNode, "'severity'");
        Severity severity = Severity.parse(sev).orElseThrow(() -> y.error(sevNode, "unknown severity '" + sev
                + "'" + Suggest.hint(sev, List.of("error", "warning", "info")) + "; use error, warning or info"));
        String law = y.text(y.required(f, "law", node, what), "'law'");
        String message = y.text(y.required(f, "message", node, what), "'message'");
        String suggestion = y.text(y.required(f, "suggestion", node, what), "'suggestion'");
        String rationale = f.containsKey("rationale") ? y.text(f.get("rationale"), "'rationale'") : "";
        Node exNode = y.required(f, "examples", node, what);
        Map<String, Node> ex = y.mapping(exNode, "'examples'", EXAMPLE_KEYS);
        List<Example> flag = examples(y, y.required(ex, "flag", exNode, "'examples'"), "examples.flag");
        List<Example> pass = examples(y, y.required(ex, "pass", exNode, "'examples'"), "examples.pass");
        if (flag.size() < MIN_EXAMPLES) {
            throw y.error(ex.get("flag"), what + " needs at least " + MIN_EXAMPLES
                    + " examples.flag (texts it must flag); it has " + flag.size());
        }
        if (pass.size() < MIN_EXAMPLES) {
            throw y.error(ex.get("pass"), what + " needs at least " + MIN_EXAMPLES
                    + " examples.pass (texts it must not flag); it has " + pass.size());
        }
        return new RuleMeta(id, title, category, severity, law, message, suggestion, rationale, type, pack,
                y.file(), flag, pass);
    }

    static List<Example> examples(YamlNodes y, Node node, String what) throws RuleFileException {
        List<Example> out = new ArrayList<>();
        for (Node n : y.sequence(node, "'" + what + "'")) {
            if (n instanceof ScalarNode) {
                out.add(new Example(y.text(n, "an example"), null, y.line(n), y.file()));
            } else {
                if (n instanceof MappingNode m && m.getValue().size() == 1
                        && m.getValue().get(0).getKeyNode() instanceof ScalarNode k
                        && !EXAMPLE_ITEM_KEYS.contains(k.getValue())) {
                    throw y.error(n, "this example contains ': ', which YAML reads as a key and a value; put the "
                            + "whole example in double quotes");
                }
                Map<String, Node> f = y.mapping(n, "an example", EXAMPLE_ITEM_KEYS);
                String text = y.text(y.required(f, "text", n, "the example"), "'text'");
                String match = f.containsKey("match") ? y.text(f.get("match"), "'match'") : null;
                if (match != null && !text.contains(match)) {
                    throw y.error(f.get("match"), "the example's match '" + match + "' does not occur in its text");
                }
                out.add(new Example(text, match, y.line(n), y.file()));
            }
        }
        return out;
    }
}

package dev.medlint.core.pack;

import dev.medlint.core.rule.Category;
import dev.medlint.core.rule.ClaimRule;
import dev.medlint.core.rule.ConditionalRule;
import dev.medlint.core.rule.Example;
import dev.medlint.core.rule.Excuse;
import dev.medlint.core.rule.PhraseRule;
import dev.medlint.core.rule.RequiredRule;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.rule.RuleMeta;
import dev.medlint.core.rule.Severity;
import dev.medlint.core.rule.Term;
import dev.medlint.core.rule.Vocabulary;
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
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Loads a rule file (see rules/README.md for the format) into a {@link RulePack}, refusing anything malformed with
 * file, line, column and what is wrong.
 */
public final class PackLoader {
    static final Set<String> PACK_KEYS = Set.of("pack", "description", "language", "rules", "extend", "vocabulary");
    static final Set<String> COMMON_KEYS = Set.of("id", "title", "category", "severity", "law", "type", "message",
            "suggestion", "rationale", "examples");
    static final Map<String, Set<String>> TYPE_KEYS = Map.of(
            "phrase", Set.of("match", "unless", "exceptions"),
            "claim", Set.of("predicates", "adjectives", "intensifiers", "targets", "unless", "exceptions"),
            "required", Set.of("statement", "window"),
            "conditional", Set.of("if", "then"));
    private static final Set<String> MATCH_KEYS = Set.of("term", "exact", "regex", "anchors");
    static final Set<String> EXAMPLE_KEYS = Set.of("flag", "pass");
    private static final Set<String> EXAMPLE_ITEM_KEYS = Set.of("text", "match");
    private static final Set<String> VOCAB_KEYS = Set.of("negations", "hedges");
    private static final Set<String> IF_KEYS = Set.of("mentions");
    private static final Set<String> THEN_KEYS = Set.of("mentions", "markers", "weakeners", "contradictions");
    private static final int MIN_EXAMPLES = 3;
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    /** Loads a rule file from disk; the name shown in errors is {@code displayName}. */
    public RulePack load(Path path, String displayName) throws RuleFileException {
        String content;
        try {
            content = Files.readString(path, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new RuleFileException(displayName, 1, 1, "not valid UTF-8; save the rule file as UTF-8");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new RuleFileException(displayName, 1, 1, "no such rule file");
        } catch (IOException e) {
            throw new RuleFileException(displayName, 1, 1, "cannot read rule file (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + ")");
        }
        return load(displayName, content);
    }

    public RulePack load(String file, String content) throws RuleFileException {
        YamlNodes y = new YamlNodes(file);
        Node root = y.parse(content);
        Map<String, Node> top = y.mapping(root, "the rule file", PACK_KEYS);
        String name = y.text(y.required(top, "pack", root, "the rule file"), "'pack'");
        String description = top.containsKey("description") ? y.text(top.get("description"), "'description'") : "";
        Vocabulary vocab = vocabulary(y, top.get("vocabulary"));
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Node rulesNode = top.containsKey("extend") ? top.get("rules") : y.required(top, "rules", root, "the rule file");
        if (rulesNode != null && !YamlNodes.isEmpty(rulesNode)) {
            for (Node r : y.sequence(rulesNode, "'rules'")) {
                Rule rule = rule(y, r, name, vocab);
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
        return new RulePack(name, description, file, rules, extensions);
    }

    /** An item of {@code extend:}: {@code {id: guarantee, add-terms: [...], severity: warning, ...}}. */
    private static RuleOverride extension(YamlNodes y, Node node) throws RuleFileException {
        if (!(node instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
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

    private Vocabulary vocabulary(YamlNodes y, Node node) throws RuleFileException {
        if (node == null) {
            return Vocabulary.DEFAULT;
        }
        Map<String, Node> f = y.mapping(node, "'vocabulary'", VOCAB_KEYS);
        Set<String> negations = new HashSet<>(Vocabulary.DEFAULT.negations());
        Set<String> hedges = new HashSet<>(Vocabulary.DEFAULT.hedges());
        Set<String> hedgePhrases = new HashSet<>(Vocabulary.DEFAULT.hedgePhrases());
        if (f.containsKey("negations")) {
            y.strings(f.get("negations"), "'negations'").forEach(s -> negations.add(s.toLowerCase(Locale.ROOT)));
        }
        if (f.containsKey("hedges")) {
            for (String h : y.strings(f.get("hedges"), "'hedges'")) {
                String lower = h.toLowerCase(Locale.ROOT).strip();
                (lower.contains(" ") ? hedgePhrases : hedges).add(lower);
            }
        }
        return new Vocabulary(negations, hedges, hedgePhrases);
    }

    private Rule rule(YamlNodes y, Node node, String pack, Vocabulary vocab) throws RuleFileException {
        if (!(node instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
            throw y.error(node, "each rule must be a mapping with id, title, type, ...");
        }
        Node typeNode = null;
        boolean looksLikeExtension = true;
        for (var t : ((org.yaml.snakeyaml.nodes.MappingNode) node).getValue()) {
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
                    + String.join(", ", TYPE_KEYS.keySet().stream().sorted().toList()) + ")");
        }
        String type = y.text(typeNode, "'type'");
        if (!TYPE_KEYS.containsKey(type)) {
            throw y.error(typeNode, "unknown rule type '" + type + "'" + Suggest.hint(type, TYPE_KEYS.keySet())
                    + "; types: " + String.join(", ", TYPE_KEYS.keySet().stream().sorted().toList()));
        }
        Set<String> allowed = new HashSet<>(COMMON_KEYS);
        allowed.addAll(TYPE_KEYS.get(type));
        Map<String, Node> f = y.mapping(node, "a " + type + " rule", allowed);
        RuleMeta meta = meta(y, node, f, type, pack);
        return switch (type) {
            case "phrase" -> phrase(y, node, f, meta, vocab);
            case "claim" -> claim(y, node, f, meta, vocab);
            case "required" -> required(y, node, f, meta);
            default -> conditional(y, node, f, meta, vocab);
        };
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
                if (n instanceof org.yaml.snakeyaml.nodes.MappingNode m && m.getValue().size() == 1
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

    private Rule phrase(YamlNodes y, Node node, Map<String, Node> f, RuleMeta meta, Vocabulary vocab)
            throws RuleFileException {
        List<Term> terms = new ArrayList<>();
        List<dev.medlint.core.rule.RegexMatch> patterns = new ArrayList<>();
        for (Node m : y.sequence(y.required(f, "match", node, "rule '" + meta.id() + "'"), "'match'")) {
            if (m instanceof ScalarNode) {
                terms.add(term(y, m, true));
            } else {
                Map<String, Node> mf = y.mapping(m, "a match item", MATCH_KEYS);
                boolean anchored = mf.containsKey("anchors");
                if (anchored && !mf.containsKey("regex")) {
                    throw y.error(mf.get("anchors"), "'anchors' goes with 'regex' only");
                }
                if (mf.size() != (anchored ? 2 : 1)) {
                    throw y.error(m, "a match item has exactly one of: term, exact, regex");
                }
                if (mf.containsKey("term")) {
                    terms.add(term(y, mf.get("term"), true));
                } else if (mf.containsKey("exact")) {
                    terms.add(term(y, mf.get("exact"), false));
                } else {
                    List<String> anchors = anchored ? y.strings(mf.get("anchors"), "'anchors'") : List.of();
                    patterns.add(dev.medlint.core.rule.RegexMatch.of(y.regex(mf.get("regex"), "'regex'"), anchors));
                }
            }
        }
        return new PhraseRule(meta, terms, patterns, excuses(y, f.get("unless")), regexes(y, f.get("exceptions")),
                vocab);
    }

    private Rule claim(YamlNodes y, Node node, Map<String, Node> f, RuleMeta meta, Vocabulary vocab)
            throws RuleFileException {
        Set<String> predicates = words(y, y.required(f, "predicates", node, "rule '" + meta.id() + "'"),
                "'predicates'");
        Set<String> adjectives = f.containsKey("adjectives") ? words(y, f.get("adjectives"), "'adjectives'") : Set.of();
        Set<String> intensifiers = f.containsKey("intensifiers") ? words(y, f.get("intensifiers"), "'intensifiers'")
                : Set.of();
        Set<String> targets = f.containsKey("targets") ? words(y, f.get("targets"), "'targets'") : Set.of();
        return new ClaimRule(meta, predicates, adjectives, intensifiers, targets, excuses(y, f.get("unless")),
                regexes(y, f.get("exceptions")), vocab);
    }

    private Rule required(YamlNodes y, Node node, Map<String, Node> f, RuleMeta meta) throws RuleFileException {
        Node st = y.required(f, "statement", node, "rule '" + meta.id() + "'");
        List<Pattern> all = new ArrayList<>();
        for (Node n : y.sequence(st, "'statement' (a list of patterns that must all match)")) {
            all.add(y.regex(n, "'statement'"));
        }
        if (all.isEmpty()) {
            throw y.error(st, "'statement' needs at least one pattern");
        }
        int window = 300;
        if (f.containsKey("window")) {
            String w = y.text(f.get("window"), "'window'");
            try {
                window = Integer.parseInt(w);
            } catch (NumberFormatException e) {
                throw y.error(f.get("window"), "'window' must be a whole number of characters, not '" + w + "'");
            }
        }
        return new RequiredRule(meta, all, window);
    }

    private Rule conditional(YamlNodes y, Node node, Map<String, Node> f, RuleMeta meta, Vocabulary vocab)
            throws RuleFileException {
        String what = "rule '" + meta.id() + "'";
        Node ifNode = y.required(f, "if", node, what);
        Map<String, Node> iff = y.mapping(ifNode, "'if'", IF_KEYS);
        List<Term> ifTerms = terms(y, y.required(iff, "mentions", ifNode, "'if'"), "'if.mentions'");
        Node thenNode = y.required(f, "then", node, what);
        Map<String, Node> thenf = y.mapping(thenNode, "'then'", THEN_KEYS);
        List<Term> thenTerms = terms(y, y.required(thenf, "mentions", thenNode, "'then'"), "'then.mentions'");
        Set<String> markers = words(y, y.required(thenf, "markers", thenNode, "'then'"), "'then.markers'");
        Set<String> weak = thenf.containsKey("weakeners") ? words(y, thenf.get("weakeners"), "'then.weakeners'")
                : Set.of();
        List<Term> contradictions = thenf.containsKey("contradictions")
                ? terms(y, thenf.get("contradictions"), "'then.contradictions'") : List.of();
        return new ConditionalRule(meta, ifTerms, thenTerms, markers, weak, contradictions, vocab);
    }

    private List<Term> terms(YamlNodes y, Node node, String what) throws RuleFileException {
        List<Term> out = new ArrayList<>();
        for (Node n : y.sequence(node, what)) {
            out.add(term(y, n, true));
        }
        return out;
    }

    private static Term term(YamlNodes y, Node node, boolean inflect) throws RuleFileException {
        try {
            return Term.parse(y.text(node, "a term"), inflect);
        } catch (IllegalArgumentException e) {
            throw y.error(node, e.getMessage());
        }
    }

    private Set<String> words(YamlNodes y, Node node, String what) throws RuleFileException {
        Set<String> out = new LinkedHashSet<>();
        for (String s : y.strings(node, what)) {
            String w = s.toLowerCase(Locale.ROOT).strip();
            if (!w.matches("[\\p{L}\\p{N}'-]+")) {
                throw y.error(node, "each item of " + what + " must be a single word, not '" + s + "'");
            }
            out.add(w);
        }
        return out;
    }

    private Set<Excuse> excuses(YamlNodes y, Node node) throws RuleFileException {
        Set<Excuse> out = new HashSet<>();
        if (node == null) {
            return out;
        }
        List<String> names = Arrays.stream(Excuse.values()).map(Excuse::label).toList();
        List<Node> items = node instanceof ScalarNode ? List.of(node) : y.sequence(node, "'unless'");
        for (Node n : items) {
            String s = y.text(n, "'unless'");
            out.add(Excuse.parse(s).orElseThrow(() -> y.error(n, "unknown excuse '" + s + "' in 'unless'"
                    + Suggest.hint(s, names) + "; use any of " + String.join(", ", names))));
        }
        return out;
    }

    private List<Pattern> regexes(YamlNodes y, Node node) throws RuleFileException {
        List<Pattern> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (Node n : y.sequence(node, "'exceptions'")) {
            out.add(y.regex(n, "'exceptions'"));
        }
        return out;
    }
}

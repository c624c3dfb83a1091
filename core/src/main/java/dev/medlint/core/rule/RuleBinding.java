package dev.medlint.core.rule;

import dev.medlint.core.lang.Vocabulary;

import dev.medlint.core.lang.Language;
import dev.medlint.core.util.Suggest;
import dev.medlint.core.yaml.RuleFileException;
import dev.medlint.core.yaml.YamlNodes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import com.google.re2j.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * One rule's YAML as a {@link RuleType} binds it: its fields (only keys the type declared), the metadata every rule
 * has, its pack's language and vocabulary, and helpers that read values with {@code file:line:col} errors.
 */
public final class RuleBinding {
    /** The keys every rule has, whatever its type. */
    public static final Set<String> COMMON_KEYS = Set.of("id", "title", "category", "severity", "law", "type",
            "message", "suggestion", "rationale", "examples");

    private final YamlNodes yaml;
    private final Node node;
    private final Map<String, Node> fields;
    private final RuleMeta meta;
    private final Language language;
    private final Vocabulary vocabulary;
    private final Map<String, Set<String>> classes;

    public RuleBinding(YamlNodes yaml, Node node, Map<String, Node> fields, RuleMeta meta, Language language,
            Vocabulary vocabulary, Map<String, Set<String>> classes) {
        this.yaml = yaml;
        this.node = node;
        this.fields = fields;
        this.meta = meta;
        this.language = language;
        this.vocabulary = vocabulary;
        this.classes = Map.copyOf(classes);
    }

    /**
     * The words of a word class of the pack ({@code classes:}), lower case, each with its inflected forms.
     *
     * @param at where the class is named, for the error when the pack defines no such class
     */
    public Set<String> wordClass(Node at, String name) throws RuleFileException {
        Set<String> words = classes.get(name);
        if (words == null) {
            throw yaml.error(at, "unknown word class '" + name + "'" + Suggest.hint(name, classes.keySet())
                    + (classes.isEmpty() ? "; define it under 'classes:' at the top of the rule file"
                            : "; classes of this file: " + String.join(", ", new java.util.TreeSet<>(classes.keySet()))));
        }
        Set<String> forms = new LinkedHashSet<>();
        words.forEach(w -> forms.addAll(language.profile().inflections(w)));
        return forms;
    }

    /**
     * The words of a word class that is matched one token at a time (pattern tokens, failure words): an entry of
     * several words could never match there, so it is an error rather than a silent miss.
     */
    public Set<String> singleWordClass(Node at, String name) throws RuleFileException {
        Set<String> forms = wordClass(at, name);
        for (String w : classes.get(name)) {
            if (w.chars().anyMatch(Character::isWhitespace)) {
                throw yaml.error(at, "word class '" + name + "' holds '" + w + "', more than one word, but here it "
                        + "is matched one token at a time, so that entry could never match; list one word per entry "
                        + "(or write the words as tokens of their own)");
            }
        }
        return forms;
    }

    public RuleMeta meta() {
        return meta;
    }

    public Language language() {
        return language;
    }

    /** The pack's negations and hedges: its language's, plus the pack's own {@code vocabulary:}. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public YamlNodes yaml() {
        return yaml;
    }

    /** The rule's mapping node, where errors about a missing key point. */
    public Node node() {
        return node;
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    /** The value of a key, or null. */
    public Node get(String key) {
        return fields.get(key);
    }

    /** The value of a key the rule must have. */
    public Node required(String key) throws RuleFileException {
        return yaml.required(fields, key, node, "rule '" + meta.id() + "'");
    }

    public RuleFileException error(Node at, String reason) {
        return yaml.error(at, reason);
    }

    public String text(Node n, String what) throws RuleFileException {
        return yaml.text(n, what);
    }

    /** A list of terms ({@link Term}), each word matching its inflected forms. */
    public List<Term> terms(Node n, String what) throws RuleFileException {
        List<Term> out = new ArrayList<>();
        for (Node item : yaml.sequence(n, what)) {
            out.add(term(item, true));
        }
        return out;
    }

    /** One term; {@code inflect} false for an {@code exact:} term. */
    public Term term(Node n, boolean inflect) throws RuleFileException {
        return term(yaml, n, inflect, language);
    }

    /** One term of a rule file in a language (also for {@code add-terms} of a configuration). */
    public static Term term(YamlNodes yaml, Node n, boolean inflect, Language language) throws RuleFileException {
        try {
            return Term.parse(yaml.text(n, "a term"), inflect, language.profile());
        } catch (IllegalArgumentException e) {
            throw yaml.error(n, e.getMessage());
        }
    }

    /** A list of single words, lower-cased. */
    public Set<String> words(Node n, String what) throws RuleFileException {
        Set<String> out = new LinkedHashSet<>();
        for (String s : yaml.strings(n, what)) {
            String w = s.toLowerCase(Locale.ROOT).strip();
            if (!w.matches("[\\p{L}\\p{N}'-]+")) {
                throw yaml.error(n, "each item of " + what + " must be a single word, not '" + s + "'");
            }
            out.add(w);
        }
        return out;
    }

    /** The words under a key, or none when the key is absent. */
    public Set<String> optionalWords(String key) throws RuleFileException {
        return has(key) ? words(get(key), "'" + key + "'") : Set.of();
    }

    /** The excuses named under {@code unless}. */
    public Set<Excuse> excuses() throws RuleFileException {
        Node n = get("unless");
        Set<Excuse> out = new HashSet<>();
        if (n == null) {
            return out;
        }
        List<String> names = Arrays.stream(Excuse.values()).map(Excuse::label).toList();
        List<Node> items = n instanceof ScalarNode ? List.of(n) : yaml.sequence(n, "'unless'");
        for (Node item : items) {
            String s = yaml.text(item, "'unless'");
            out.add(Excuse.parse(s).orElseThrow(() -> yaml.error(item, "unknown excuse '" + s + "' in 'unless'"
                    + Suggest.hint(s, names) + "; use any of " + String.join(", ", names))));
        }
        return out;
    }

    /** The regular expressions under {@code exceptions}. */
    public List<Pattern> exceptions() throws RuleFileException {
        return regexes("exceptions");
    }

    /** The regular expressions under a key, or none. */
    public List<Pattern> regexes(String key) throws RuleFileException {
        List<Pattern> out = new ArrayList<>();
        Node n = get(key);
        if (n == null) {
            return out;
        }
        for (Node item : yaml.sequence(n, "'" + key + "'")) {
            out.add(regex(item, key));
        }
        return out;
    }

    /** A regular expression (RE2/J) under a key of this rule; errors name the key and the rule. */
    public Pattern regex(Node n, String key) throws RuleFileException {
        return yaml.regex(n, "'" + key + "' of rule '" + meta.id() + "'");
    }

    /** A whole number under a key, or the default. */
    public int integer(String key, int fallback, String unit) throws RuleFileException {
        if (!has(key)) {
            return fallback;
        }
        String w = yaml.text(get(key), "'" + key + "'");
        try {
            return Integer.parseInt(w);
        } catch (NumberFormatException e) {
            throw yaml.error(get(key), "'" + key + "' must be a whole number of " + unit + ", not '" + w + "'");
        }
    }
}

package dev.medlint.core.yaml;

import dev.medlint.core.util.Suggest;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Reads YAML as a tree of nodes that remember their line and column, so every complaint about a rule or
 * configuration file can say where. Composing builds no Java objects from tags, which keeps loading safe; aliases,
 * nesting and size are bounded.
 */
public final class YamlNodes {
    /** Most YAML mistakes in rule and configuration files are texts that needed quotes. */
    private static final String QUOTE_HINT = " (a text that contains a colon, #, ?, a comma or brackets must be in "
            + "double quotes)";

    private final String file;

    public YamlNodes(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** Parses a document; an empty document is refused. */
    public Node parse(String content) throws RuleFileException {
        Node node = parseOptional(content);
        if (node == null) {
            throw new RuleFileException(file, 1, 1, "the file is empty");
        }
        return node;
    }

    /** Parses a document; an empty one (nothing but comments, say) is null. */
    public Node parseOptional(String content) throws RuleFileException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(30);
        options.setCodePointLimit(2 * 1024 * 1024);
        options.setAllowRecursiveKeys(false);
        try {
            // the composer alone, not the Yaml facade, whose representer and bean introspection a rule file never
            // needs and whose classes cost start-up
            return new Composer(new ParserImpl(new StreamReader(new StringReader(content)), options), new Resolver(),
                    options).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (e.getContext() != null && !problem.contains(e.getContext())) {
                problem = e.getContext() + ": " + problem;
            }
            throw new RuleFileException(file, m == null ? 1 : m.getLine() + 1, m == null ? 1 : m.getColumn() + 1,
                    "invalid YAML: " + problem.replace('\n', ' ').strip() + QUOTE_HINT);
        } catch (YAMLException e) {
            throw new RuleFileException(file, 1, 1, "invalid YAML: " + e.getMessage().replace('\n', ' '));
        }
    }

    public RuleFileException error(Node at, String reason) {
        return new RuleFileException(file, at.getStartMark().getLine() + 1, at.getStartMark().getColumn() + 1, reason);
    }

    /** The keys and values of a mapping, refusing keys not in {@code allowed} with a suggestion. */
    public Map<String, Node> mapping(Node node, String what, Set<String> allowed) throws RuleFileException {
        if (!(node instanceof MappingNode map)) {
            throw error(node, what + " must be a mapping of keys to values");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = scalar(t.getKeyNode(), "a key");
            if (out.containsKey(key)) {
                throw error(t.getKeyNode(), "duplicate key '" + key + "' in " + what);
            }
            if (!allowed.contains(key)) {
                throw error(t.getKeyNode(), "unknown key '" + key + "' in " + what + Suggest.hint(key, allowed)
                        + "; allowed keys: " + String.join(", ", allowed.stream().sorted().toList()));
            }
            out.put(key, t.getValueNode());
        }
        return out;
    }

    public Node required(Map<String, Node> fields, String key, Node owner, String what) throws RuleFileException {
        Node n = fields.get(key);
        if (n == null) {
            throw error(owner, what + " is missing the required key '" + key + "'");
        }
        return n;
    }

    public String scalar(Node node, String what) throws RuleFileException {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, what + " must be a single value, not a " + kind(node));
        }
        return s.getValue();
    }

    public String text(Node node, String what) throws RuleFileException {
        String s = scalar(node, what).strip();
        if (s.isEmpty()) {
            throw error(node, what + " must not be empty");
        }
        return s;
    }

    public List<Node> sequence(Node node, String what) throws RuleFileException {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        throw error(node, what + " must be a list (items starting with '- ')");
    }

    /** A list of strings; a single string is accepted as a list of one. */
    public List<String> strings(Node node, String what) throws RuleFileException {
        List<String> out = new ArrayList<>();
        if (node instanceof ScalarNode) {
            out.add(text(node, what));
            return out;
        }
        for (Node n : sequence(node, what)) {
            out.add(text(n, "each item of " + what));
        }
        return out;
    }

    /**
     * Compiles a regular expression of a rule or configuration file with RE2/J, case-insensitive: matching takes time
     * linear in the text whatever the pattern, so a rule file from a pull request cannot hang a run. A construct RE2/J
     * lacks (lookaround, backreferences) or reads unlike Java is refused with the column of the construct and what to
     * write instead.
     *
     * @param what the key and the rule, as the message names them ("'regex' of rule 'x'")
     */
    public Pattern regex(Node node, String what) throws RuleFileException {
        String source = text(node, what);
        var unsupported = Re2Syntax.check(source);
        if (unsupported.isPresent()) {
            throw regexError(node, "unsupported regular expression in " + what + ": " + unsupported.get().reason(),
                    unsupported.get().index());
        }
        try {
            return Pattern.compile(source, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            // RE2/J gives no index, only the fragment it stopped at
            String fragment = e.getPattern();
            int index = fragment == null || fragment.isEmpty() ? -1 : source.indexOf(fragment);
            if (e.getDescription().startsWith("missing closing")) {
                index = source.length() - 1; // the ')' or ']' is missing at the end, where Java pointed too
            }
            throw regexError(node, "invalid regular expression in " + what + ": " + e.getDescription()
                    + (fragment == null || fragment.isEmpty() || fragment.equals(source) ? "" : " '" + fragment + "'"),
                    index);
        } catch (RuntimeException e) {
            // RE2/J refuses some patterns (a repetition count over 1000) with an IllegalStateException
            throw regexError(node, "invalid regular expression in " + what + ": " + e.getMessage(), -1);
        }
    }

    private RuleFileException regexError(Node node, String reason, int index) {
        int column = node.getStartMark().getColumn() + 1;
        if (node instanceof ScalarNode s && s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
            column++;
        }
        if (index >= 0) {
            column += index;
        }
        return new RuleFileException(file, node.getStartMark().getLine() + 1, column,
                reason + (index >= 0 ? " at character " + (index + 1) + " of the pattern" : ""));
    }

    /**
     * Whether a value was left empty ({@code rules:} with every entry commented out): YAML reads that as null, which
     * a configuration treats as an empty list or mapping.
     */
    public static boolean isEmpty(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(org.yaml.snakeyaml.nodes.Tag.NULL);
    }

    public int column(Node node) {
        return node.getStartMark().getColumn() + 1;
    }

    public int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private static String kind(Node n) {
        if (n instanceof MappingNode) {
            return "mapping";
        }
        if (n instanceof SequenceNode) {
            return "list";
        }
        return "value";
    }
}

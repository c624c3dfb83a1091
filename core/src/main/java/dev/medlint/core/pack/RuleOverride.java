package dev.medlint.core.pack;

import dev.medlint.core.util.Suggest;
import dev.medlint.core.yaml.RuleFileException;
import dev.medlint.core.yaml.YamlNodes;

import dev.medlint.core.rule.Example;
import dev.medlint.core.rule.RegexMatch;
import dev.medlint.core.rule.Rule;
import dev.medlint.core.rule.RuleMeta;
import dev.medlint.core.report.Severity;
import dev.medlint.core.rule.Term;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A change to a rule named by its id, made without copying the rule: an item of a rule file's {@code extend:} list,
 * or an entry of a configuration's {@code rules:} mapping. It can turn the rule off (configuration only), set its
 * severity, replace its message or suggestion, add terms (phrase rules only) and add examples. Immutable.
 */
public final class RuleOverride {
    /** The keys of an override written as a mapping. */
    public static final Set<String> KEYS = Set.of("severity", "message", "suggestion", "add-terms", "examples");
    private static final Set<String> MEANS_OFF = Set.of("false", "no", "n", "disable", "disabled", "none", "0",
            "ignore");
    private static final Set<String> MEANS_ON = Set.of("on", "true", "yes", "y", "enable", "enabled", "1");

    private final String id;
    private final String file;
    private final int line;
    private final int column;
    private final boolean off;
    private final Severity severity;
    private final String message;
    private final String suggestion;
    private final List<TermSource> addTerms;
    private final List<RegexMatch> addPatterns;
    private final int addLine;
    private final int addColumn;
    private final List<Example> flagExamples;
    private final List<Example> passExamples;

    private RuleOverride(String id, String file, int line, int column, boolean off, Severity severity, String message,
            String suggestion, List<TermSource> addTerms, List<RegexMatch> addPatterns, int addLine, int addColumn,
            List<Example> flagExamples, List<Example> passExamples) {
        this.id = id;
        this.file = file;
        this.line = line;
        this.column = column;
        this.off = off;
        this.severity = severity;
        this.message = message;
        this.suggestion = suggestion;
        this.addTerms = List.copyOf(addTerms);
        this.addPatterns = List.copyOf(addPatterns);
        this.addLine = addLine;
        this.addColumn = addColumn;
        this.flagExamples = List.copyOf(flagExamples);
        this.passExamples = List.copyOf(passExamples);
    }

    public String id() {
        return id;
    }

    /** The file that holds this override. */
    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** {@code file:line:col} of the rule id this override names. */
    public String where() {
        return file + ":" + line + ":" + column;
    }

    public boolean off() {
        return off;
    }

    /** The new severity, or null to keep the rule's. */
    public Severity severity() {
        return severity;
    }

    public String message() {
        return message;
    }

    public String suggestion() {
        return suggestion;
    }

    /**
     * A term as written in {@code add-terms}: it is turned into a {@link Term} when applied, with the inflections of
     * the language of the rule it is added to.
     */
    public record TermSource(String text, boolean inflect) {
        Term in(dev.medlint.core.lang.LanguageProfile profile) {
            return Term.parse(text, inflect, profile);
        }
    }

    public List<TermSource> addTerms() {
        return addTerms;
    }

    public List<RegexMatch> addPatterns() {
        return addPatterns;
    }

    public List<Example> flagExamples() {
        return flagExamples;
    }

    public List<Example> passExamples() {
        return passExamples;
    }

    /** Whether this override changes the rule itself (anything besides turning it off). */
    public boolean changesRule() {
        return severity != null || message != null || suggestion != null || !addTerms.isEmpty()
                || !addPatterns.isEmpty() || !flagExamples.isEmpty() || !passExamples.isEmpty();
    }

    /**
     * The rule with this change applied (turning off is left to the caller).
     *
     * @throws RuleFileException when terms are added to a rule that is not a phrase rule
     */
    public Rule applyTo(Rule rule) throws RuleFileException {
        Rule r = rule;
        if (!addTerms.isEmpty() || !addPatterns.isEmpty()) {
            List<Term> terms = new ArrayList<>();
            for (TermSource t : addTerms) {
                terms.add(t.in(r.language().profile()));
            }
            String type = r.meta().type();
            r = r.withExtra(terms, addPatterns).orElseThrow(() -> new RuleFileException(file, addLine, addColumn,
                    "rule '" + id + "' is a " + type + " rule; add-terms works only on phrase rules (rules with a "
                    + "'match' list). Write your own phrase rule instead (see 'medlint init')"));
        }
        RuleMeta m = r.meta();
        if (severity != null) {
            m = m.withSeverity(severity);
        }
        if (message != null || suggestion != null) {
            m = m.withText(message != null ? message : m.message(), suggestion != null ? suggestion : m.suggestion());
        }
        if (!flagExamples.isEmpty() || !passExamples.isEmpty()) {
            m = m.withMoreExamples(flagExamples, passExamples);
        }
        return m == r.meta() ? r : r.withMeta(m);
    }

    /** What this override changes, in words: "severity warning, 1 term added ('gangnam's finest')". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (off) {
            parts.add("off");
        }
        if (severity != null) {
            parts.add("severity " + severity.label());
        }
        int added = addTerms.size() + addPatterns.size();
        if (added > 0) {
            List<String> names = new ArrayList<>();
            addTerms.forEach(t -> names.add("'" + t.text() + "'"));
            addPatterns.forEach(p -> names.add("/" + p.pattern().pattern() + "/"));
            parts.add(added + (added == 1 ? " term" : " terms") + " added (" + String.join(", ", names) + ")");
        }
        if (message != null) {
            parts.add("message replaced");
        }
        if (suggestion != null) {
            parts.add("suggestion replaced");
        }
        int examples = flagExamples.size() + passExamples.size();
        if (examples > 0) {
            parts.add(examples + (examples == 1 ? " example" : " examples") + " added");
        }
        return parts.isEmpty() ? "no change" : String.join(", ", parts);
    }

    /**
     * Parses the settings of one rule: a single value ({@code off}, {@code error}, {@code warning}, {@code info};
     * {@code off} only when {@code allowOff}) or a mapping of {@link #KEYS}.
     *
     * @param at the node that names the rule (where "unknown rule id" errors point)
     */
    public static RuleOverride parse(YamlNodes y, String id, Node at, Node value, boolean allowOff)
            throws RuleFileException {
        if (value instanceof ScalarNode && !YamlNodes.isEmpty(value)) {
            Object level = level(y, value, id, allowOff);
            return new RuleOverride(id, y.file(), y.line(at), y.column(at), level == OFF,
                    level == OFF ? null : (Severity) level, null, null, List.of(), List.of(), 0, 0, List.of(),
                    List.of());
        }
        if (YamlNodes.isEmpty(value)) {
            throw y.error(value, "rule '" + id + "' has no setting; write e.g. '" + id + ": warning', '" + id
                    + ": off' or '" + id + ": {add-terms: [...]}'");
        }
        return fromFields(y, id, at, y.mapping(value, "the settings of rule '" + id + "'", KEYS), allowOff);
    }

    /** Parses a rule's settings already split into fields (the keys besides {@code id} of an extend item). */
    static RuleOverride fromFields(YamlNodes y, String id, Node at, Map<String, Node> f, boolean allowOff)
            throws RuleFileException {
        boolean off = false;
        Severity severity = null;
        if (f.containsKey("severity")) {
            Object level = level(y, f.get("severity"), id, allowOff);
            off = level == OFF;
            severity = off ? null : (Severity) level;
        }
        String message = f.containsKey("message") ? y.text(f.get("message"), "'message'") : null;
        String suggestion = f.containsKey("suggestion") ? y.text(f.get("suggestion"), "'suggestion'") : null;
        List<TermSource> terms = new ArrayList<>();
        List<RegexMatch> patterns = new ArrayList<>();
        int addLine = 0;
        int addColumn = 0;
        if (f.containsKey("add-terms")) {
            Node n = f.get("add-terms");
            addLine = y.line(n);
            addColumn = y.column(n);
            List<Node> items = n instanceof ScalarNode ? List.of(n) : y.sequence(n, "'add-terms'");
            addItems(y, items, terms, patterns);
            if (terms.isEmpty() && patterns.isEmpty()) {
                throw y.error(n, "'add-terms' is empty; list the words to add, e.g. add-terms: [\"gangnam's finest\"]");
            }
        }
        List<Example> flag = new ArrayList<>();
        List<Example> pass = new ArrayList<>();
        if (f.containsKey("examples")) {
            Node exNode = f.get("examples");
            Map<String, Node> ex = y.mapping(exNode, "'examples'", PackLoader.EXAMPLE_KEYS);
            if (ex.containsKey("flag")) {
                flag.addAll(PackLoader.examples(y, ex.get("flag"), "examples.flag"));
            }
            if (ex.containsKey("pass")) {
                pass.addAll(PackLoader.examples(y, ex.get("pass"), "examples.pass"));
            }
        }
        RuleOverride o = new RuleOverride(id, y.file(), y.line(at), y.column(at), off, severity, message, suggestion,
                terms, patterns, addLine, addColumn, flag, pass);
        if (!o.off && !o.changesRule()) {
            throw y.error(at, "the settings of rule '" + id + "' change nothing; give at least one of "
                    + String.join(", ", KEYS.stream().sorted().toList()));
        }
        return o;
    }

    /** The items of {@code add-terms}: plain terms, or {@code term:}, {@code exact:}, {@code regex:} as in {@code match}. */
    private static void addItems(YamlNodes y, List<Node> items, List<TermSource> terms, List<RegexMatch> patterns)
            throws RuleFileException {
        for (Node m : items) {
            if (m instanceof ScalarNode) {
                terms.add(term(y, m, true));
                continue;
            }
            Map<String, Node> mf = y.mapping(m, "an item of 'add-terms'", Set.of("term", "exact", "regex"));
            if (mf.size() != 1) {
                throw y.error(m, "an item of 'add-terms' has exactly one of: term, exact, regex");
            }
            if (mf.containsKey("term")) {
                terms.add(term(y, mf.get("term"), true));
            } else if (mf.containsKey("exact")) {
                terms.add(term(y, mf.get("exact"), false));
            } else {
                patterns.add(RegexMatch.of(y.regex(mf.get("regex"), "'regex' of 'add-terms'"), List.of()));
            }
        }
    }

    /** A term of {@code add-terms}, checked now (its inflections wait for the rule's language). */
    private static TermSource term(YamlNodes y, Node node, boolean inflect) throws RuleFileException {
        try {
            String text = y.text(node, "a term");
            Term.parse(text, false, null);
            return new TermSource(text, inflect);
        } catch (IllegalArgumentException e) {
            throw y.error(node, e.getMessage());
        }
    }

    private static final Object OFF = new Object();

    /** A severity, or {@link #OFF}. */
    private static Object level(YamlNodes y, Node n, String id, boolean allowOff) throws RuleFileException {
        String v = y.text(n, "the severity of rule '" + id + "'").toLowerCase(Locale.ROOT);
        if (v.equals("off")) {
            if (!allowOff) {
                throw y.error(n, "a rule file cannot turn rule '" + id + "' off; turn it off in the configuration "
                        + "file .medlint.yaml instead: 'rules: {" + id + ": off}'");
            }
            return OFF;
        }
        var s = Severity.parse(v);
        if (s.isPresent()) {
            return s.get();
        }
        List<String> allowed = allowOff ? List.of("off", "error", "warning", "info")
                : List.of("error", "warning", "info");
        String use = "; use " + String.join(", ", allowed.subList(0, allowed.size() - 1)) + " or "
                + allowed.get(allowed.size() - 1);
        if (MEANS_ON.contains(v)) {
            throw y.error(n, "'" + v + "' is not a severity: rules are on unless turned off. To keep rule '" + id
                    + "' as its pack defines it, remove this line; to change its severity, use error, warning or info");
        }
        String hint = allowOff && MEANS_OFF.contains(v) ? " (did you mean 'off'?)"
                : Suggest.hint(v, new HashSet<>(allowed));
        throw y.error(n, "unknown severity '" + v + "' for rule '" + id + "'" + hint + use);
    }
}

package dev.medlint.core.analysis;

import dev.medlint.core.util.Suggest;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Severity;
import dev.medlint.core.text.LineMap;
import dev.medlint.core.text.TextView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Inline suppressions: directives written in comments of an article that silence findings locally.
 *
 * <pre>
 * &lt;!-- medlint-disable [ids] [-- reason] --&gt;            from here on (to a matching enable)
 * &lt;!-- medlint-enable [ids] [-- reason] --&gt;             ends a disable
 * &lt;!-- medlint-disable-next-line [ids] [-- reason] --&gt;  only the next line
 * </pre>
 *
 * Ids are separated by commas or spaces; none means every rule. In plain text the same directives stand on a line of
 * their own after {@code #} (see {@link dev.medlint.core.text.PlainTextExtractor}). A finding that concerns the whole
 * document (a missing statement) is silenced only by a {@code medlint-disable} that names its rule, wherever it
 * stands. A directive (or an id in it) that silences nothing is reported as {@value #UNUSED} (info), so suppressions
 * do not outlive the text they excused; an unknown rule id or a malformed directive is reported as {@value #INVALID}
 * (warning). Both belong to the category {@value #CATEGORY}.
 */
public final class Suppressions {
    /** Rule id of the finding for a directive that silences nothing. */
    public static final String UNUSED = "unused-suppression";
    /** Rule id of the finding for a directive medlint cannot use (unknown rule id, misspelt directive). */
    public static final String INVALID = "invalid-suppression";
    /** The category of findings medlint itself makes about directives. */
    public static final String CATEGORY = "medlint";
    /** The engine's own rule ids, which a configuration may turn off or change the severity of. */
    public static final List<String> ENGINE_RULES = List.of(UNUSED, INVALID);

    private static final List<String> DIRECTIVES = List.of("medlint-disable", "medlint-enable",
            "medlint-disable-next-line");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
    private static final Pattern REASON = Pattern.compile("--|\u2014|\u2013");
    /** A comment that starts with the word medlint is meant as a directive (and checked as one). */
    private static final Pattern DIRECTIVE_START = Pattern.compile("(?i)medlint(?:[-:\\s]|$)");

    /**
     * What the engine knows when it reads directives: every rule id that exists (including rules turned off), the
     * ids of the rules that ran, and the severities of the two engine findings (null: not reported).
     */
    public record Settings(Set<String> knownRuleIds, Severity unused, Severity invalid) {
        public Settings {
            knownRuleIds = Set.copyOf(knownRuleIds);
        }

        /** Every id known, unused suppressions as info, invalid ones as warnings. */
        public static Settings of(Set<String> knownRuleIds) {
            return new Settings(knownRuleIds, Severity.INFO, Severity.WARNING);
        }
    }

    /** A line and column with the source offset it stands for. */
    private record SourcePosition(LineMap.Position at, int offset) {
        int line() {
            return at.line();
        }

        int column() {
            return at.column();
        }
    }

    private enum Kind {
        DISABLE("medlint-disable"), ENABLE("medlint-enable"), NEXT_LINE("medlint-disable-next-line");

        final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    /** One directive: its kind, the ids it names (empty: all rules), where it stands. */
    private static final class Directive {
        final Kind kind;
        final List<String> ids;
        final SourcePosition start;
        final SourcePosition end;
        final int lastLine;
        final String source;
        final Set<String> used = new HashSet<>();
        boolean usedAll;

        Directive(Kind kind, List<String> ids, SourcePosition start, SourcePosition end, int lastLine,
                String source) {
            this.kind = kind;
            this.ids = ids;
            this.start = start;
            this.end = end;
            this.lastLine = lastLine;
            this.source = source;
        }

        boolean names(String id) {
            return ids.isEmpty() || ids.contains(id);
        }
    }

    private final List<Directive> directives = new ArrayList<>();
    private final List<Finding> problems = new ArrayList<>();
    private final String path;
    private final Settings settings;
    private final Set<String> active;

    private Suppressions(String path, Settings settings, Set<String> active) {
        this.path = path;
        this.settings = settings;
        this.active = active;
    }

    /**
     * Applies the directives in a document's comments to its findings.
     *
     * @param findings    the rules' findings for the document
     * @param activeRules the ids of the rules that ran
     * @return the findings not silenced, plus the engine's findings about the directives, in report order
     */
    public static List<Finding> apply(String path, String source, TextView view, LineMap lines,
            List<Finding> findings, Set<String> activeRules, Settings settings) {
        if (view.comments().isEmpty()) {
            return findings;
        }
        Suppressions s = new Suppressions(path, settings, activeRules);
        for (TextView.Comment c : view.comments()) {
            s.read(c, source, lines);
        }
        if (s.directives.isEmpty() && s.problems.isEmpty()) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            if (!s.silences(f)) {
                kept.add(f);
            }
        }
        kept.addAll(s.problems);
        s.reportUnused(kept);
        kept.sort(Finding.ORDER);
        return kept;
    }

    private void read(TextView.Comment c, String source, LineMap lines) {
        String body = c.body().strip();
        if (!DIRECTIVE_START.matcher(body).lookingAt()) {
            return;
        }
        SourcePosition start = new SourcePosition(lines.position(c.sourceStart()), c.sourceStart());
        SourcePosition end = new SourcePosition(lines.position(c.sourceEnd()), Math.min(source.length(), c.sourceEnd()));
        int lastLine = lines.position(Math.max(c.sourceStart(), c.sourceEnd() - 1)).line();
        String text = source.substring(c.sourceStart(), Math.min(source.length(), c.sourceEnd()));
        int space = 0;
        while (space < body.length() && !Character.isWhitespace(body.charAt(space))) {
            space++;
        }
        String word = body.substring(0, space).toLowerCase(Locale.ROOT);
        String rest = body.substring(space).strip();
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (k.word.equals(word)) {
                kind = k;
            }
        }
        if (kind == null) {
            String shown = word;
            String guess = word;
            if (word.equals("medlint") || word.equals("medlint:")) {
                String next = rest.isEmpty() ? "" : rest.split("[\\s,]+", 2)[0];
                shown = body.substring(0, space) + (next.isEmpty() ? "" : " " + next);
                guess = "medlint-" + next.toLowerCase(Locale.ROOT);
            }
            invalid(start, end, text, "'" + shown + "' is not a medlint directive" + Suggest.hint(guess, DIRECTIVES)
                    + "; use medlint-disable, medlint-enable or medlint-disable-next-line",
                    "Write e.g. <!-- medlint-disable-next-line guarantee -- reason -->");
            return;
        }
        var reason = REASON.matcher(rest);
        String idPart = reason.find() ? rest.substring(0, reason.start()) : rest;
        List<String> ids = new ArrayList<>();
        boolean named = false;
        for (String raw : idPart.split("[\\s,]+")) {
            if (raw.isEmpty()) {
                continue;
            }
            named = true;
            String id = raw.toLowerCase(Locale.ROOT);
            if (!ID.matcher(id).matches()) {
                invalid(start, end, text, "'" + raw + "' in " + kind.word + " is not a rule id; rule ids are "
                        + "lower-case words joined by '-', and a reason follows two dashes",
                        "Write e.g. <!-- " + kind.word + " guarantee -- quoting a patient's question -->");
            } else if (!settings.knownRuleIds().contains(id)) {
                invalid(start, end, text, "unknown rule id '" + raw + "' in " + kind.word
                        + Suggest.hint(id, settings.knownRuleIds()) + "; run 'medlint rules list' to see the rule ids",
                        "Correct the rule id; the directive silences nothing until it names a rule that exists.");
            } else if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        if (named && ids.isEmpty()) {
            return; // every id was wrong: silencing every rule instead would hide more than the author meant
        }
        directives.add(new Directive(kind, List.copyOf(ids), start, end, lastLine, text));
    }

    private void invalid(SourcePosition start, SourcePosition end, String text, String message,
            String suggestion) {
        if (settings.invalid() != null) {
            problems.add(engineFinding(INVALID, settings.invalid(), start, end, text, message, suggestion));
        }
    }

    private Finding engineFinding(String id, Severity severity, SourcePosition start, SourcePosition end,
            String text, String message, String suggestion) {
        int startOffset = start.offset();
        int endOffset = end.offset();
        return new Finding(path, id, CATEGORY, severity, start.line(), start.column(), end.line(), end.column(),
                message, "", text, suggestion, startOffset, endOffset, CATEGORY, false);
    }

    /** Whether a directive silences the finding; marks the directive (and id) that did. */
    private boolean silences(Finding f) {
        if (f.isDocumentLevel()) {
            for (Directive d : directives) {
                if (d.kind == Kind.DISABLE && d.ids.contains(f.ruleId())) {
                    d.used.add(f.ruleId());
                    return true;
                }
            }
            return false;
        }
        for (Directive d : directives) {
            if (d.kind == Kind.NEXT_LINE && f.line() == d.lastLine + 1 && d.names(f.ruleId())) {
                use(d, f.ruleId());
                return true;
            }
        }
        Directive owner = rangeOwner(f.ruleId(), f.line(), f.column());
        if (owner != null) {
            use(owner, f.ruleId());
            return true;
        }
        return false;
    }

    private static void use(Directive d, String id) {
        if (d.ids.isEmpty()) {
            d.usedAll = true;
        } else {
            d.used.add(id);
        }
    }

    /** The disable directive in force for a rule at a position, replaying disables and enables before it. */
    private Directive rangeOwner(String ruleId, int line, int column) {
        Directive all = null;
        Map<String, Directive> byId = new HashMap<>();
        Set<String> enabledDuringAll = new HashSet<>();
        for (Directive d : directives) {
            if (d.kind == Kind.NEXT_LINE || !before(d.end, line, column)) {
                continue;
            }
            if (d.kind == Kind.DISABLE) {
                if (d.ids.isEmpty()) {
                    all = d;
                    byId.clear();
                    enabledDuringAll.clear();
                } else {
                    for (String id : d.ids) {
                        byId.put(id, d);
                        enabledDuringAll.remove(id);
                    }
                }
            } else if (d.ids.isEmpty()) {
                all = null;
                byId.clear();
                enabledDuringAll.clear();
            } else {
                for (String id : d.ids) {
                    byId.remove(id);
                    if (all != null) {
                        enabledDuringAll.add(id);
                    }
                }
            }
        }
        Directive d = byId.get(ruleId);
        if (d != null) {
            return d;
        }
        return all != null && !enabledDuringAll.contains(ruleId) ? all : null;
    }

    private static boolean before(SourcePosition p, int line, int column) {
        return p.line() < line || (p.line() == line && p.column() <= column);
    }

    private void reportUnused(List<Finding> out) {
        if (settings.unused() == null) {
            return;
        }
        // An enable that ends nothing.
        Set<String> disabled = new HashSet<>();
        boolean allDisabled = false;
        for (Directive d : directives) {
            if (d.kind == Kind.DISABLE) {
                if (d.ids.isEmpty()) {
                    allDisabled = true;
                } else {
                    disabled.addAll(d.ids);
                }
            } else if (d.kind == Kind.ENABLE) {
                List<String> ends = new ArrayList<>();
                if (d.ids.isEmpty()) {
                    if (allDisabled || !disabled.isEmpty()) {
                        ends.add("*");
                    }
                    allDisabled = false;
                    disabled.clear();
                } else {
                    for (String id : d.ids) {
                        if (allDisabled || disabled.remove(id)) {
                            ends.add(id);
                        }
                    }
                }
                List<String> idle = d.ids.stream().filter(id -> !ends.contains(id)).toList();
                if (ends.isEmpty() || !idle.isEmpty()) {
                    String subject = idle.isEmpty() || idle.size() == d.ids.size()
                            ? "this medlint-enable" + (d.ids.isEmpty() ? "" : " " + quoted(d.ids))
                            : quoted(idle) + " in this medlint-enable";
                    out.add(engineFinding(UNUSED, settings.unused(), d.start, d.end, d.source, subject
                            + " ends nothing: no medlint-disable before it", "Remove it, or correct the rule ids."));
                }
            }
        }
        for (Directive d : directives) {
            if (d.kind == Kind.ENABLE) {
                continue;
            }
            String where = d.kind == Kind.NEXT_LINE ? " on line " + (d.lastLine + 1) : "";
            if (d.ids.isEmpty()) {
                if (!d.usedAll) {
                    out.add(engineFinding(UNUSED, settings.unused(), d.start, d.end, d.source, "this " + d.kind.word
                            + " silences nothing" + where + "; the text it excused may have changed",
                            "Remove the comment."));
                }
                continue;
            }
            List<String> idle = d.ids.stream().filter(id -> !d.used.contains(id)).toList();
            if (idle.isEmpty()) {
                continue;
            }
            List<String> off = idle.stream().filter(id -> !active.contains(id)).toList();
            String why = off.isEmpty() ? "; the text it excused may have changed"
                    : "; " + quoted(off) + (off.size() == 1 ? " is" : " are") + " turned off in the configuration";
            boolean whole = idle.size() == d.ids.size();
            String subject = whole ? "this " + d.kind.word + " " + quoted(idle) : quoted(idle) + " in this "
                    + d.kind.word;
            String verb = whole || idle.size() == 1 ? " silences" : " silence";
            out.add(engineFinding(UNUSED, settings.unused(), d.start, d.end, d.source, subject + verb + " nothing"
                    + where + why, whole ? "Remove the comment." : "Remove " + quoted(idle) + " from the comment."));
        }
    }

    private static String quoted(List<String> ids) {
        Set<String> unique = new LinkedHashSet<>(ids);
        List<String> q = unique.stream().map(i -> "'" + i + "'").toList();
        return String.join(", ", q);
    }
}

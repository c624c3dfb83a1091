package dev.medlint.core.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiler-style text: {@code path:line:col: severity [rule-id] message}, then the source line with carets under
 * the span, then one summary line. On a terminal the severity word may be coloured.
 */
public final class TextReporter implements Reporter {
    static final String RESET = "\u001B[0m";
    static final String RED = "\u001B[31m";
    static final String YELLOW = "\u001B[33m";
    static final String CYAN = "\u001B[36m";

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public void write(Report report, ReportSettings settings, Appendable out) throws IOException {
        LongLine.Cache lines = new LongLine.Cache();
        for (Finding f : report.findings()) {
            if (!settings.onlyFailing() || f.failing()) {
                String text = finding(report, f, lines);
                out.append(settings.colour() ? colourHeader(f, text) : text);
            }
        }
        out.append(summary(report)).append('\n');
    }

    /**
     * One finding as {@link #write} prints it: the header {@code path:line:col: severity [rule-id] message}, then, for
     * a finding in the text whose line the report quotes, the source line and the carets under the span. Every line
     * ends with {@code '\n'}; the header is always the first line and starts with {@link #location(Finding)}.
     */
    public static String finding(Report report, Finding f) {
        return finding(report, f, new LongLine.Cache());
    }

    private static String finding(Report report, Finding f, LongLine.Cache lines) {
        StringBuilder b = new StringBuilder();
        // Names and text come from the articles: no control character of theirs reaches the terminal.
        b.append(ControlChars.visible(location(f) + f.severity().label() + " [" + f.ruleId() + "] " + f.message()))
                .append('\n');
        String source = f.isDocumentLevel() ? null : report.excerpt(f.path(), f.line());
        if (source != null) {
            String visible = ControlChars.visible(source);
            LongLine.Window w = lines.of(visible).window(f);
            if (w == null) {
                excerpt(f, visible, b);
            } else {
                windowExcerpt(f, w, b);
            }
        }
        return b.toString();
    }

    /** The start of a finding's header line: {@code path:line:col: }, after which comes the severity word. */
    public static String location(Finding f) {
        return f.path() + ":" + f.line() + ":" + f.column() + ": ";
    }

    /** The finding's text with the severity word after {@code path:line:col: } on its first line coloured. */
    private static String colourHeader(Finding f, String text) {
        int at = location(f).length();
        String label = f.severity().label();
        return text.substring(0, at) + colour(f.severity()) + label + RESET + text.substring(at + label.length());
    }

    private static String colour(Severity s) {
        return switch (s) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }

    private static void excerpt(Finding f, String source, StringBuilder out) {
        String gutter = String.valueOf(f.line());
        out.append("  ").append(gutter).append(" | ").append(source).append('\n');
        out.append("  ").append(" ".repeat(gutter.length())).append(" | ");
        StringBuilder pad = new StringBuilder();
        int cp = 1;
        int i = 0;
        while (i < source.length() && cp < f.column()) {
            int c = source.codePointAt(i);
            pad.append(c == '\t' ? "\t" : isWide(c) ? "  " : " ");
            i += Character.charCount(c);
            cp++;
        }
        int width = 0;
        int endCp = f.endLine() == f.line() ? f.endColumn() : source.codePointCount(0, source.length()) + 1;
        while (i < source.length() && cp < endCp) {
            int c = source.codePointAt(i);
            width += isWide(c) ? 2 : 1;
            i += Character.charCount(c);
            cp++;
        }
        out.append(pad).append("^".repeat(Math.max(1, width)));
        if (f.endLine() > f.line()) {
            // Only the first line is quoted; say where the span ends rather than pretend it ends here.
            out.append("... (continues to line ").append(f.endLine()).append(')');
        }
        out.append('\n');
    }

    /**
     * A long line (a whole article on one line) is quoted as a window around the span, marked with "..." where
     * it is cut, so each finding prints a few hundred characters instead of the whole line.
     */
    private static void windowExcerpt(Finding f, LongLine.Window w, StringBuilder out) {
        String gutter = String.valueOf(f.line());
        String before = w.cutBefore() ? "..." : "";
        out.append("  ").append(gutter).append(" | ").append(before).append(w.text())
                .append(w.cutAfter() ? "..." : "").append('\n');
        out.append("  ").append(" ".repeat(gutter.length())).append(" | ").append(" ".repeat(before.length()));
        String t = w.text();
        int i = 0;
        int width = 0;
        StringBuilder pad = new StringBuilder();
        while (i < w.spanStart()) {
            int c = t.codePointAt(i);
            pad.append(c == '\t' ? "\t" : isWide(c) ? "  " : " ");
            i += Character.charCount(c);
        }
        while (i < w.spanEnd()) {
            int c = t.codePointAt(i);
            width += isWide(c) ? 2 : 1;
            i += Character.charCount(c);
        }
        out.append(pad).append("^".repeat(Math.max(1, width))).append('\n');
    }

    /** East Asian wide characters take two columns on a terminal, so the carets stay under their text. */
    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x20000 && c <= 0x3FFFD);
    }

    /**
     * The last line of the text report (without its line break): "No problems found in 3 articles." or the counts
     * by severity, e.g. "3 errors, 2 warnings in 2 of 3 articles.". When some inputs could not be checked it never
     * says "No problems found": "No findings in 3 articles; 2 files could not be checked."
     */
    public static String summary(Report report) {
        int files = report.filesChecked();
        String articles = plural(files, "article");
        int problems = report.problems().size();
        String unchecked = problems == 0 ? "" : "; " + plural(problems, "file") + " could not be checked";
        if (report.findings().isEmpty()) {
            return (problems == 0 ? "No problems found in " : "No findings in ") + articles + unchecked + ".";
        }
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = report.count(s);
            if (n > 0) {
                parts.add(plural(n, s.label()));
            }
        }
        return String.join(", ", parts) + " in " + report.filesWithFindings() + " of " + articles + unchecked + ".";
    }

    /**
     * Why a run fails, e.g. "3 errors in 2 articles" or "2 errors and 1 warning in 2 articles; 1 file could not be
     * checked": the findings that fail the run and the unreadable inputs; "" when it passes.
     */
    public static String failure(Report report) {
        StringBuilder b = new StringBuilder();
        if (report.fails()) {
            Map<Severity, Long> counts = new EnumMap<>(Severity.class);
            Set<String> articles = new LinkedHashSet<>();
            for (Finding f : report.findings()) {
                if (f.failing()) {
                    counts.merge(f.severity(), 1L, Long::sum);
                    articles.add(f.path());
                }
            }
            List<String> parts = counts.entrySet().stream().map(e -> plural(e.getValue(), e.getKey().label())).toList();
            b.append(joinAnd(parts)).append(" in ").append(plural(articles.size(), "article"));
        }
        int problems = report.problems().size();
        if (problems > 0) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(plural(problems, "file")).append(" could not be checked");
        }
        return b.toString();
    }

    @Override
    public boolean writesRuleLists() {
        return true;
    }

    /** A table of id, severity, type, category, pack and law; a '*' marks a rule the configuration changed. */
    @Override
    public void writeRules(RuleList list, Appendable out) throws IOException {
        String[] head = {"ID", "SEVERITY", "TYPE", "CATEGORY", "PACK", "LAW"};
        int[] width = new int[head.length];
        List<String[]> cells = new ArrayList<>();
        for (RuleDescriptor r : list.rules()) {
            String sev = r.severity() + (r.changes().isEmpty() ? "" : "*");
            String law = r.isEngineRule() ? "-" : r.law();
            cells.add(new String[] {r.id(), sev, r.type(), r.category(), r.pack(), law});
        }
        for (int i = 0; i < head.length; i++) {
            width[i] = head[i].length();
            for (String[] c : cells) {
                width[i] = Math.max(width[i], c[i].length());
            }
        }
        out.append(row(head, width)).append('\n');
        for (String[] c : cells) {
            out.append(row(c, width)).append('\n');
        }
        out.append('\n');
        int n = list.rules().size();
        long off = list.rules().stream().filter(RuleDescriptor::isOff).count();
        out.append(plural(n, "rule")).append(off > 0 ? " (" + off + " off)" : "")
                .append(". * = changed by the configuration or a rule file's 'extend'.\n");
        out.append(list.configuration() == null ? "No .medlint.yaml applies here: the built-in settings are used."
                : "Configuration: " + list.configuration()).append('\n');
        out.append("'medlint rules explain ID' tells more about a rule.\n");
    }

    private static String row(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            b.append(cells[i]);
            if (i < cells.length - 1) {
                b.append(" ".repeat(width[i] - cells[i].length() + 2));
            }
        }
        return b.toString().stripTrailing();
    }

    @Override
    public boolean writesAnalyses() {
        return true;
    }

    /** Each sentence with its position, then a table of its tokens, tags and lemmas. */
    @Override
    public void writeAnalysis(List<AnalyzedSentence> sentences, Appendable out) throws IOException {
        if (sentences.isEmpty()) {
            out.append("No prose found (markup, code and URLs are left out).\n");
            return;
        }
        int n = 1;
        for (AnalyzedSentence s : sentences) {
            if (n > 1) {
                out.append('\n');
            }
            out.append("Sentence " + n++ + " (line " + s.line() + ", column " + s.column() + "): " + s.text())
                    .append('\n');
            int w = "TOKEN".length();
            int t = "POS".length();
            for (AnalyzedSentence.Token k : s.tokens()) {
                w = Math.max(w, displayWidth(k.text()));
                t = Math.max(t, k.tag().length());
            }
            out.append(String.format("  %3s  %s  %-" + t + "s  %s", "#", padded("TOKEN", w), "POS", "LEMMA"))
                    .append('\n');
            int i = 1;
            for (AnalyzedSentence.Token k : s.tokens()) {
                out.append(String.format("  %3d  %s  %-" + t + "s  %s", i++, padded(k.text(), w), k.tag(), k.lemma()))
                        .append('\n');
            }
        }
    }

    /** Pads to a number of terminal columns, counting wide (Hangul, CJK) characters as two, so columns line up. */
    private static String padded(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - displayWidth(text)));
    }

    private static int displayWidth(String text) {
        return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    private static String joinAnd(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}

package dev.medlint.core.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.nodes.Entities;

/**
 * One self-contained HTML page (no network, no external assets): totals, a summary per article and per category,
 * filters by severity and category, and each article's text with its findings highlighted in place (message, law
 * and suggestion on hover, focus or click), linked from the summary. It shows the lines the report quotes: every
 * line when the engine was asked to quote whole articles ({@code quoteWholeArticles}), else the lines with findings.
 */
public final class HtmlReporter implements Reporter {
    @Override
    public String name() {
        return "html";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public void write(Report report, ReportSettings settings, Appendable out) throws IOException {
        List<Finding> findings = report.findings().stream().filter(f -> !settings.onlyFailing() || f.failing())
                .toList();
        Map<String, List<Integer>> byFile = new TreeMap<>();
        report.files().forEach(f -> byFile.put(f.path(), new ArrayList<>()));
        for (int i = 0; i < findings.size(); i++) {
            byFile.computeIfAbsent(findings.get(i).path(), k -> new ArrayList<>()).add(i);
        }
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>medlint report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<header><h1>medlint report</h1><p class=\"totals\">").append(esc(TextReporter.summary(report)))
                .append("</p><p class=\"tool\">").append(esc(Tool.NAME + " " + Tool.version())).append("</p>")
                .append("</header>\n");
        filters(b, findings);
        b.append("<main>\n");
        articleSummary(b, report, byFile, findings);
        categorySummary(b, findings);
        problems(b, report);
        int n = 0;
        for (Map.Entry<String, List<Integer>> e : byFile.entrySet()) {
            article(b, report, n++, e.getKey(), e.getValue(), findings);
        }
        b.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        out.append(b);
    }

    private static void filters(StringBuilder b, List<Finding> findings) {
        b.append("<nav class=\"filters\" aria-label=\"filters\"><span class=\"label\">Severity</span>");
        for (Severity s : Severity.values()) {
            long c = findings.stream().filter(f -> f.severity() == s).count();
            b.append("<label class=\"chip sev-").append(s.label()).append("\"><input type=\"checkbox\" checked ")
                    .append("data-filter=\"severity\" value=\"").append(s.label()).append("\"> ")
                    .append(s.label()).append(" (").append(c).append(")</label>");
        }
        b.append("<span class=\"label\">Category</span>");
        for (String c : new TreeSet<>(findings.stream().map(Finding::category).toList())) {
            b.append("<label class=\"chip\"><input type=\"checkbox\" checked data-filter=\"category\" value=\"")
                    .append(esc(c)).append("\"> ").append(esc(c)).append("</label>");
        }
        b.append("</nav>\n");
    }

    private static void articleSummary(StringBuilder b, Report report, Map<String, List<Integer>> byFile,
            List<Finding> findings) {
        b.append("<section class=\"summary\"><h2>Articles</h2><table><thead><tr><th>Article</th><th>Errors</th>")
                .append("<th>Warnings</th><th>Info</th><th>Findings</th></tr></thead><tbody>\n");
        int n = 0;
        for (Map.Entry<String, List<Integer>> e : byFile.entrySet()) {
            long[] count = new long[3];
            e.getValue().forEach(i -> count[findings.get(i).severity().ordinal()]++);
            b.append("<tr class=\"").append(e.getValue().isEmpty() ? "clean" : "dirty").append("\"><td><a href=\"#a")
                    .append(n).append("\">").append(esc(e.getKey())).append("</a></td>");
            for (long c : count) {
                b.append("<td class=\"num\">").append(c).append("</td>");
            }
            b.append("<td class=\"links\">");
            for (int i : e.getValue()) {
                Finding f = findings.get(i);
                b.append("<a class=\"jump sev-").append(f.severity().label()).append("\" href=\"#f").append(i)
                        .append("\" data-finding=\"").append(i).append("\" title=\"").append(esc(f.ruleId()))
                        .append("\">").append(f.isDocumentLevel() ? "doc" : f.line() + ":" + f.column())
                        .append("</a> ");
            }
            b.append("</td></tr>\n");
            n++;
        }
        b.append("</tbody></table></section>\n");
    }

    private static void categorySummary(StringBuilder b, List<Finding> findings) {
        Map<String, long[]> rows = new TreeMap<>();
        findings.forEach(f -> rows.computeIfAbsent(f.category(), k -> new long[3])[f.severity().ordinal()]++);
        b.append("<section class=\"summary\"><h2>Categories</h2><table><thead><tr><th>Category</th><th>Errors</th>")
                .append("<th>Warnings</th><th>Info</th></tr></thead><tbody>\n");
        rows.forEach((c, n) -> b.append("<tr><td>").append(esc(c)).append("</td><td class=\"num\">").append(n[0])
                .append("</td><td class=\"num\">").append(n[1]).append("</td><td class=\"num\">").append(n[2])
                .append("</td></tr>\n"));
        b.append("</tbody></table></section>\n");
    }

    private static void problems(StringBuilder b, Report report) {
        if (report.problems().isEmpty()) {
            return;
        }
        b.append("<section class=\"problems\"><h2>Could not be checked</h2><ul>\n");
        report.problems().forEach(p -> b.append("<li>").append(esc(p.message())).append("</li>\n"));
        b.append("</ul></section>\n");
    }

    private static void article(StringBuilder b, Report report, int n, String path, List<Integer> ids,
            List<Finding> findings) {
        b.append("<section class=\"article\" id=\"a").append(n).append("\"><h2>").append(esc(path)).append("</h2>\n");
        if (ids.isEmpty()) {
            b.append("<p class=\"clean\">No findings.</p></section>\n");
            return;
        }
        b.append("<ol class=\"items\">\n");
        for (int i : ids) {
            Finding f = findings.get(i);
            b.append("<li class=\"item sev-").append(f.severity().label()).append("\"").append(data(f, i))
                    .append("><a href=\"#f").append(i).append("\">")
                    .append(f.isDocumentLevel() ? "whole article" : "line " + f.line() + ", column " + f.column())
                    .append("</a> <span class=\"sev\">").append(f.severity().label()).append("</span> <code>")
                    .append(esc(f.ruleId())).append("</code> ").append(esc(f.message()));
            detail(b, f);
            b.append("</li>\n");
            if (f.isDocumentLevel()) {
                b.append("<span class=\"anchor\" id=\"f").append(i).append("\"></span>\n");
            }
        }
        b.append("</ol>\n<div class=\"text\">\n");
        Map<Integer, String> lines = new TreeMap<>();
        Map<Integer, String> quoted = report.excerpts().get(path);
        if (quoted != null) {
            lines.putAll(quoted);
        }
        int previous = 0;
        for (Map.Entry<Integer, String> line : lines.entrySet()) {
            if (line.getKey() > previous + 1) {
                b.append("<div class=\"gap\">&#8942;</div>\n");
            }
            previous = line.getKey();
            b.append("<div class=\"line\"><span class=\"ln\">").append(line.getKey()).append("</span><span class=\"tx\">");
            highlight(b, line.getKey(), line.getValue(), ids, findings);
            b.append("</span></div>\n");
        }
        b.append("</div></section>\n");
    }

    /**
     * One line with the findings on it highlighted: the line is cut where any finding starts or ends, and each
     * piece covered by findings is one {@code <mark>} naming them all, so overlapping findings stay visible.
     */
    private static void highlight(StringBuilder b, int lineNo, String line, List<Integer> ids, List<Finding> findings) {
        int length = line.codePointCount(0, line.length());
        List<int[]> spans = new ArrayList<>(); // {finding, from, to} in 0-based code points
        for (int i : ids) {
            Finding f = findings.get(i);
            if (f.isDocumentLevel() || lineNo < f.line() || lineNo > f.endLine()) {
                continue;
            }
            int from = lineNo == f.line() ? f.column() - 1 : 0;
            int to = lineNo == f.endLine() ? f.endColumn() - 1 : length;
            from = Math.max(0, Math.min(from, length));
            to = Math.max(from, Math.min(to, length));
            if (to > from || lineNo == f.line()) {
                spans.add(new int[] {i, from, to});
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        spans.forEach(s -> {
            cuts.add(s[1]);
            cuts.add(s[2]);
        });
        java.util.Set<Integer> anchored = new java.util.HashSet<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                int a = from;
                List<int[]> covering = spans.stream().filter(s -> s[1] <= a && s[2] >= cut).toList();
                for (int[] s : covering) {
                    if (lineNo == findings.get(s[0]).line() && anchored.add(s[0])) {
                        b.append("<span class=\"anchor\" id=\"f").append(s[0]).append("\"></span>");
                    }
                }
                String piece = esc(sub(line, a, cut));
                if (covering.isEmpty()) {
                    b.append(piece);
                } else {
                    Finding worst = covering.stream().map(s -> findings.get(s[0]))
                            .min(java.util.Comparator.comparing(Finding::severity)).orElseThrow();
                    StringBuilder names = new StringBuilder();
                    covering.forEach(s -> names.append(names.length() == 0 ? "" : " ").append(s[0]));
                    b.append("<mark tabindex=\"0\" class=\"hl sev-").append(worst.severity().label())
                            .append("\" data-findings=\"").append(names).append("\">").append(piece)
                            .append("<span class=\"tip\">");
                    for (int[] s : covering) {
                        Finding f = findings.get(s[0]);
                        b.append("<span class=\"tipitem sev-").append(f.severity().label()).append("\"><b>")
                                .append(f.severity().label()).append("</b> <code>").append(esc(f.ruleId()))
                                .append("</code> ").append(esc(f.message()));
                        detail(b, f);
                        b.append("</span>");
                    }
                    b.append("</span></mark>");
                }
            }
            from = cut;
        }
        // A finding that starts at the end of its line (a line break) still gets its anchor.
        for (int[] s : spans) {
            if (lineNo == findings.get(s[0]).line() && anchored.add(s[0])) {
                b.append("<span class=\"anchor\" id=\"f").append(s[0]).append("\"></span>");
            }
        }
    }

    private static String sub(String line, int fromCp, int toCp) {
        int a = line.offsetByCodePoints(0, fromCp);
        int z = line.offsetByCodePoints(a, toCp - fromCp);
        return line.substring(a, z);
    }

    private static String data(Finding f, int i) {
        return " data-finding=\"" + i + "\" data-severity=\"" + f.severity().label() + "\" data-category=\""
                + esc(f.category()) + "\"";
    }

    private static void detail(StringBuilder b, Finding f) {
        if (!f.law().isEmpty()) {
            b.append("<span class=\"law\">").append(esc(f.law())).append("</span>");
        }
        if (!f.suggestion().isEmpty()) {
            b.append("<span class=\"suggestion\">").append(esc(f.suggestion())).append("</span>");
        }
    }

    private static String esc(String s) {
        return Entities.escape(s == null ? "" : s);
    }

    private static final String CSS = """
            :root { --error: #c62828; --warning: #b26a00; --info: #1565c0; --ink: #1f2328; --muted: #59636e;
              --line: #d0d7de; --bg: #f6f8fa; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink);
              background: #fff; }
            header { padding: 20px 32px 8px; border-bottom: 1px solid var(--line); background: var(--bg); }
            h1 { margin: 0; font-size: 22px; } h2 { font-size: 17px; margin: 0 0 8px; }
            .totals { margin: 4px 0 0; font-weight: 600; } .tool { margin: 0; color: var(--muted); font-size: 13px; }
            .filters { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; gap: 6px;
              align-items: center; padding: 10px 32px; background: #fff; border-bottom: 1px solid var(--line); }
            .filters .label { font-weight: 600; margin: 0 4px 0 12px; color: var(--muted); }
            .chip { border: 1px solid var(--line); border-radius: 999px; padding: 2px 10px; cursor: pointer;
              font-size: 13px; user-select: none; }
            .chip.sev-error { border-color: var(--error); } .chip.sev-warning { border-color: var(--warning); }
            .chip.sev-info { border-color: var(--info); }
            main { padding: 16px 32px 48px; max-width: 1100px; }
            section { margin: 0 0 28px; }
            table { border-collapse: collapse; width: 100%; font-size: 14px; }
            th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
            td.num { text-align: right; width: 80px; font-variant-numeric: tabular-nums; }
            tr.clean td { color: var(--muted); }
            a { color: #0969da; } .links a { text-decoration: none; font-size: 12px; margin-right: 4px; }
            .sev-error > .sev, a.jump.sev-error { color: var(--error); }
            .sev-warning > .sev, a.jump.sev-warning { color: var(--warning); }
            .sev-info > .sev, a.jump.sev-info { color: var(--info); }
            .sev { font-weight: 700; text-transform: uppercase; font-size: 11px; }
            .article { border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; }
            .items { margin: 0 0 12px; padding-left: 22px; font-size: 14px; }
            .item .law, .tipitem .law { display: inline-block; margin-left: 6px; color: var(--muted); font-size: 12px; }
            .item .suggestion, .tipitem .suggestion { display: block; color: #1a7f37; font-size: 13px; }
            .text { font: 14px/1.7 ui-monospace, SFMono-Regular, Menlo, monospace; background: var(--bg);
              border-radius: 6px; padding: 8px 0; }
            .line { display: flex; white-space: pre-wrap; word-break: break-word; }
            .ln { flex: 0 0 48px; text-align: right; padding-right: 12px; color: var(--muted); user-select: none; }
            .tx { flex: 1; padding-right: 12px; }
            .gap { color: var(--muted); padding-left: 40px; }
            mark.hl { position: relative; border-radius: 3px; padding: 1px 0; cursor: pointer; color: inherit; }
            mark.sev-error { background: #ffd7d5; box-shadow: inset 0 -2px var(--error); }
            mark.sev-warning { background: #fff1c2; box-shadow: inset 0 -2px var(--warning); }
            mark.sev-info { background: #ddf4ff; box-shadow: inset 0 -2px var(--info); }
            mark.hl.off { background: none; box-shadow: none; cursor: text; }
            .tip { display: none; position: absolute; left: 0; top: 1.6em; z-index: 10; width: 420px;
              white-space: normal; font: 13px/1.45 system-ui, sans-serif; background: #fff; color: var(--ink);
              border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px;
              box-shadow: 0 4px 14px rgba(0,0,0,.15); }
            .tipitem { display: block; } .tipitem + .tipitem { margin-top: 6px; }
            mark.hl:not(.off):hover .tip, mark.hl.open .tip { display: block; }
            .hidden { display: none !important; }
            :target + * , .flash { outline: 2px solid #0969da; outline-offset: 2px; }
            .problems li { color: var(--error); }
            """;

    private static final String SCRIPT = """
            (function () {
              'use strict';
              var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
              function shown(kind) {
                return boxes.filter(function (b) { return b.dataset.filter === kind && b.checked; })
                  .map(function (b) { return b.value; });
              }
              function apply() {
                var sev = shown('severity'), cat = shown('category'), visible = {};
                document.querySelectorAll('.item').forEach(function (li) {
                  var on = sev.indexOf(li.dataset.severity) >= 0 && cat.indexOf(li.dataset.category) >= 0;
                  li.classList.toggle('hidden', !on);
                  if (on) { visible[li.dataset.finding] = true; }
                });
                document.querySelectorAll('a.jump').forEach(function (a) {
                  a.classList.toggle('hidden', !visible[a.dataset.finding]);
                });
                document.querySelectorAll('mark.hl').forEach(function (m) {
                  var any = m.dataset.findings.split(' ').some(function (id) { return visible[id]; });
                  m.classList.toggle('off', !any);
                  m.classList.remove('open');
                });
              }
              boxes.forEach(function (b) { b.addEventListener('change', apply); });
              document.querySelectorAll('mark.hl').forEach(function (m) {
                m.addEventListener('click', function () {
                  if (!m.classList.contains('off')) { m.classList.toggle('open'); }
                });
              });
              apply();
            })();
            """;
}

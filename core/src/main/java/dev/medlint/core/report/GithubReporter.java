package dev.medlint.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * GitHub Actions workflow commands: {@code ::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message} per
 * finding (warning and notice for the lesser severities), grouped per article, so findings show as annotations on
 * the pull request. When the environment names a {@code GITHUB_STEP_SUMMARY} file, a Markdown table of the findings
 * per article is appended to it. The environment is read through a function so tests can give their own.
 */
public final class GithubReporter implements Reporter {
    static final String SUMMARY_VARIABLE = "GITHUB_STEP_SUMMARY";
    private final Function<String, String> environment;

    /** A reporter reading the process environment. */
    public GithubReporter() {
        this(System::getenv);
    }

    /** A reporter reading {@code GITHUB_STEP_SUMMARY} from this environment. */
    public GithubReporter(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "github";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public void write(Report report, ReportSettings settings, Appendable out) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            if (!settings.onlyFailing() || f.failing()) {
                byFile.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f);
            }
        }
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            out.append("::group::").append(data(e.getKey())).append('\n');
            for (Finding f : e.getValue()) {
                out.append(command(f)).append('\n');
            }
            out.append("::endgroup::\n");
        }
        for (Problem p : report.problems()) {
            StringBuilder b = new StringBuilder("::error file=").append(property(p.path()));
            if (p.line() > 0) {
                b.append(",line=").append(p.line()).append(",col=").append(Math.max(1, p.column()));
            }
            out.append(b).append(",title=").append(property("medlint: cannot check")).append("::")
                    .append(data(p.reason())).append('\n');
        }
        out.append(TextReporter.summary(report)).append('\n');
        String summaryFile = environment.apply(SUMMARY_VARIABLE);
        if (summaryFile != null && !summaryFile.isBlank()) {
            Files.writeString(Path.of(summaryFile), summaryTable(report), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        }
    }

    /** One finding as a workflow command. */
    static String command(Finding f) {
        String kind = switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        StringBuilder b = new StringBuilder("::").append(kind).append(" file=").append(property(f.path()))
                .append(",line=").append(f.line());
        if (!f.isDocumentLevel()) {
            b.append(",endLine=").append(f.endLine()).append(",col=").append(f.column()).append(",endColumn=")
                    .append(f.endColumn());
        }
        b.append(",title=").append(property("medlint " + f.ruleId() + (f.law().isEmpty() ? "" : " (" + f.law()
                + ")")));
        String message = f.message() + (f.suggestion().isEmpty() ? "" : "\n" + f.suggestion());
        return b.append("::").append(data(message)).toString();
    }

    /** The escaping of a command's message (GitHub's toolkit: {@code escapeData}). */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping of a command's property value (GitHub's toolkit: {@code escapeProperty}). */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    /** The Markdown appended to the step summary: one row per article with findings, and the totals. */
    static String summaryTable(Report report) {
        StringBuilder b = new StringBuilder("### medlint\n\n");
        b.append(TextReporter.summary(report)).append("\n\n");
        Map<String, long[]> rows = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            rows.computeIfAbsent(f.path(), k -> new long[3])[f.severity().ordinal()]++;
        }
        if (!rows.isEmpty()) {
            b.append("| Article | Errors | Warnings | Info |\n|---|---:|---:|---:|\n");
            rows.forEach((path, n) -> b.append("| ").append(cell(path)).append(" | ").append(n[0]).append(" | ")
                    .append(n[1]).append(" | ").append(n[2]).append(" |\n"));
            b.append('\n');
        }
        for (Problem p : report.problems()) {
            b.append("- cannot check ").append(cell(p.message())).append('\n');
        }
        return b.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}

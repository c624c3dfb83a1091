package dev.medlint.rules;

import dev.medlint.core.analysis.Linter;
import dev.medlint.core.report.Finding;
import dev.medlint.core.source.Format;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Scores a pack on a set of passages labelled by category (the primary problem, or {@code clean}) and on whole
 * documents labelled by their notice, statement and citation: detection precision, recall and F1 (a violating
 * passage is caught when any sentence-level finding fires; a clean one with any finding is a false alarm), and
 * category accuracy (of the caught passages, those where a finding names the label's category).
 */
final class CategoryEvaluation {
    static final Set<String> DOCUMENT_RULES = Set.of("side-effect-notice", "compliance-statement", "citation");

    /** Whether a rule id names one of the document rules, in any pack (the Korean pack prefixes its ids with ko-). */
    static boolean isDocumentRule(String ruleId) {
        return DOCUMENT_RULES.contains(ruleId.startsWith("ko-") ? ruleId.substring(3) : ruleId);
    }

    /** The figures, and a printable report (misses listed only when asked: blind sets stay unread). */
    record Scores(double precision, double recall, double f1, double categoryAccuracy, int violating, int clean,
            String report) {
    }

    /**
     * Document judgments: how many documents were judged right on notice, statement and citation; and, where the
     * labels name the categories present, how many of those were found and how many documents labelled "none" drew
     * no sentence-level finding.
     */
    record DocumentScores(int documents, int noticeRight, int statementRight, int citationRight,
            int categoriesLabelled, int categoriesFound, int noneDocuments, int noneClean, String report) {
    }

    private CategoryEvaluation() {
    }

    static Scores passages(Linter linter, String resource, boolean listMisses) throws IOException {
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int rightCategory = 0;
        int violating = 0;
        int clean = 0;
        Map<String, int[]> perLabel = new TreeMap<>(); // caught, missed, right category
        List<String> misses = new ArrayList<>();
        for (String line : QualityEvaluationTest.resource(resource).lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            String label = parts[0].strip();
            String text = parts[1].replace("\\n", "\n"); // a written \n is a line break (bullet stacks, headlines)
            List<Finding> found = linter.checkText("p", Format.TEXT, text).stream()
                    .filter(f -> !isDocumentRule(f.ruleId())).toList();
            Set<String> categories = found.stream().map(Finding::category)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (label.equals("clean")) {
                clean++;
                if (!found.isEmpty()) {
                    fp++;
                    misses.add("false alarm " + categories + ": " + text);
                }
                continue;
            }
            violating++;
            int[] c = perLabel.computeIfAbsent(label, k -> new int[3]);
            if (found.isEmpty()) {
                fn++;
                c[1]++;
                misses.add("missed " + label + ": " + text);
            } else {
                tp++;
                c[0]++;
                if (categories.contains(label)) {
                    rightCategory++;
                    c[2]++;
                } else {
                    misses.add("category " + categories + " for " + label + ": " + text);
                }
            }
        }
        double precision = ratio(tp, tp + fp);
        double recall = ratio(tp, tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double category = ratio(rightCategory, tp);
        StringBuilder out = new StringBuilder(String.format("%nmedlint on %s: %d violating, %d clean passages%n",
                resource, violating, clean));
        perLabel.forEach((label, c) -> out.append(String.format("  %-22s recall %.2f  category right %.2f  (%d of %d)%n",
                label, ratio(c[0], c[0] + c[1]), ratio(c[2], c[0]), c[0], c[0] + c[1])));
        out.append(String.format("  precision %.3f  recall %.3f  F1 %.3f  category accuracy %.3f  false alarms %d of %d%n",
                precision, recall, f1, category, fp, clean));
        if (listMisses) {
            misses.forEach(m -> out.append("  - ").append(m).append('\n'));
        }
        return new Scores(precision, recall, f1, category, violating, clean, out.toString());
    }

    /**
     * Whole documents: a "no" notice label must draw the side-effect-notice finding, "yes" and "n/a" must not; a
     * "no" statement label must draw compliance-statement; a "yes" citation label must draw citation.
     */
    static DocumentScores documents(Linter linter, String folder, boolean listMisses) throws IOException {
        int docs = 0;
        int notice = 0;
        int statement = 0;
        int citation = 0;
        int labelled = 0;
        int found = 0;
        int noneDocs = 0;
        int noneClean = 0;
        StringBuilder wrong = new StringBuilder();
        for (String line : QualityEvaluationTest.resource(folder + "/labels.tsv").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String name = f[0].strip();
            String text = QualityEvaluationTest.resource(folder + "/" + name);
            Format format = Format.forFileName(name).orElse(Format.TEXT);
            List<Finding> findings = linter.checkText(name, format, text);
            Set<String> fired = findings.stream().map(Finding::ruleId)
                    .map(id -> id.startsWith("ko-") ? id.substring(3) : id).collect(Collectors.toSet());
            Set<String> categories = findings.stream().filter(x -> !isDocumentRule(x.ruleId()))
                    .map(Finding::category).collect(Collectors.toSet());
            docs++;
            boolean noticeOk = f[1].strip().equals("no") == fired.contains("side-effect-notice");
            boolean statementOk = f[2].strip().equals("no") == fired.contains("compliance-statement");
            boolean citationOk = f[3].strip().equals("yes") == fired.contains("citation");
            notice += noticeOk ? 1 : 0;
            statement += statementOk ? 1 : 0;
            citation += citationOk ? 1 : 0;
            List<String> missingCategories = new ArrayList<>();
            boolean noneOk = true;
            if (f.length > 4) {
                List<String> expected = Arrays.stream(f[4].split(",")).map(String::strip)
                        .filter(c -> !c.isEmpty() && !c.equals("none")).toList();
                if (expected.isEmpty()) {
                    noneDocs++;
                    noneOk = categories.isEmpty();
                    noneClean += noneOk ? 1 : 0;
                }
                for (String c : expected) {
                    labelled++;
                    if (categories.contains(c)) {
                        found++;
                    } else {
                        missingCategories.add(c);
                    }
                }
            }
            if (listMisses && !(noticeOk && statementOk && citationOk && noneOk && missingCategories.isEmpty())) {
                wrong.append("  - ").append(name).append(noticeOk ? "" : " notice").append(statementOk ? ""
                        : " statement").append(citationOk ? "" : " citation").append(" wrong")
                        .append(missingCategories.isEmpty() ? "" : "; categories missed " + missingCategories)
                        .append(noneOk ? "" : "; findings in a clean document " + categories).append('\n');
            }
        }
        String report = String.format("%nmedlint on %s: %d documents; notice right %d, statement right %d, citation "
                + "right %d; categories found %d of %d labelled; documents labelled none without a finding %d of %d%n",
                folder, docs, notice, statement, citation, found, labelled, noneClean, noneDocs) + wrong;
        return new DocumentScores(docs, notice, statement, citation, labelled, found, noneDocs, noneClean, report);
    }

    static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}

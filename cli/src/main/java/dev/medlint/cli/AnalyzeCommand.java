package dev.medlint.cli;

import dev.medlint.core.analysis.TextAnalysis;
import dev.medlint.core.report.JsonReporter;
import dev.medlint.core.source.Format;
import dev.medlint.core.source.InputException;
import dev.medlint.core.source.SourceReader;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medlint analyze TEXT|-}: the sentences, tokens, POS tags and lemmas OpenNLP produces for a text. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Show how medlint reads a text: sentences, tokens, POS tags and lemmas.",
            "Rules see exactly this, so it tells why a rule does or does not fire. The POS tags are",
            "Universal Dependencies tags: NOUN, VERB, AUX (is, can), ADJ, ADV, PRON, DET, ADP, PART,",
            "PROPN, NUM, PUNCT ...",
            ""},
        footerHeading = "%n",
        footer = {"Example: medlint analyze \"Thread lifting removes wrinkles completely.\""})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TEXT|-", arity = "1..*",
            description = "The text to analyse (quote it, or the words are joined with spaces); '-' reads standard "
                    + "input.")
    List<String> words = new ArrayList<>();

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "text",
            description = "How to read the text: text, markdown or html (default: ${DEFAULT-VALUE}). Markup, code "
                    + "and URLs are left out, as when checking.")
    String inputFormat;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            converter = CheckCommand.FormatConverter.class, description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    AnalyzeCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Format fmt = Format.forFileName("x." + inputFormat.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "--input-format: expected text, markdown or html, not '"
                        + inputFormat + "'"));
        String text;
        if (words.equals(List.of(CheckCommand.STDIN))) {
            try {
                text = new SourceReader().read(in, CheckCommand.STDIN_NAME, fmt).text();
            } catch (InputException e) {
                return Problems.fail(err, e.getMessage());
            }
        } else {
            text = String.join(" ", words);
            if (text.isBlank()) {
                throw new ParameterException(spec.commandLine(), "no text to analyse: give a text in quotes, or '-' "
                        + "to read standard input");
            }
        }
        List<TextAnalysis.AnalyzedSentence> sentences = TextAnalysis.analyze(text, fmt);
        if (format.equals("json")) {
            json(sentences);
        } else {
            text(sentences);
        }
        out.flush();
        return Main.EXIT_OK;
    }

    private void text(List<TextAnalysis.AnalyzedSentence> sentences) {
        if (sentences.isEmpty()) {
            out.println("No prose found (markup, code and URLs are left out).");
            return;
        }
        int n = 1;
        for (TextAnalysis.AnalyzedSentence s : sentences) {
            if (n > 1) {
                out.println();
            }
            out.println("Sentence " + n++ + " (line " + s.line() + ", column " + s.column() + "): " + s.text());
            int w = "TOKEN".length();
            int t = "POS".length();
            for (TextAnalysis.AnalyzedToken k : s.tokens()) {
                w = Math.max(w, k.text().length());
                t = Math.max(t, k.tag().length());
            }
            out.println(String.format("  %3s  %-" + w + "s  %-" + t + "s  %s", "#", "TOKEN", "POS", "LEMMA"));
            int i = 1;
            for (TextAnalysis.AnalyzedToken k : s.tokens()) {
                out.println(String.format("  %3d  %-" + w + "s  %-" + t + "s  %s", i++, k.text(), k.tag(), k.lemma()));
            }
        }
    }

    private void json(List<TextAnalysis.AnalyzedSentence> sentences) {
        StringBuilder b = new StringBuilder("{\"sentences\": [");
        for (int i = 0; i < sentences.size(); i++) {
            TextAnalysis.AnalyzedSentence s = sentences.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("  {\"text\": ").append(JsonReporter.quote(s.text()))
                    .append(", \"line\": ").append(s.line()).append(", \"column\": ").append(s.column())
                    .append(", \"tokens\": [");
            for (int k = 0; k < s.tokens().size(); k++) {
                TextAnalysis.AnalyzedToken t = s.tokens().get(k);
                b.append(k == 0 ? "\n" : ",\n").append("    {\"text\": ").append(JsonReporter.quote(t.text()))
                        .append(", \"pos\": ").append(JsonReporter.quote(t.tag()))
                        .append(", \"lemma\": ").append(JsonReporter.quote(t.lemma()))
                        .append(", \"line\": ").append(t.line()).append(", \"column\": ").append(t.column())
                        .append('}');
            }
            b.append(s.tokens().isEmpty() ? "]}" : "\n  ]}");
        }
        b.append(sentences.isEmpty() ? "]}\n" : "\n]}\n");
        out.print(b);
    }
}

package dev.medlint.cli;

import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineException;
import dev.medlint.core.api.EngineOptions;
import dev.medlint.core.report.AnalyzedSentence;
import dev.medlint.core.report.Reporters;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medlint analyze TEXT|-}: the sentences, tokens, POS tags and lemmas the analyzer produces for a text. */
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
            converter = CheckCommand.AnalysisFormatConverter.class,
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--language", paramLabel = "LANG",
            description = "The language whose analyzer reads the text: en or ko (default: by the text's script, as "
                    + "when checking: ko when most letters are Hangul, else en).")
    String language;

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
        if (!Engine.isInputFormat(inputFormat)) {
            throw new ParameterException(spec.commandLine(), "--input-format: expected text, markdown or html, not '"
                    + inputFormat + "'");
        }
        List<AnalyzedSentence> sentences;
        try {
            Engine engine = Engine.create(new EngineOptions().models(Main.MODELS));
            String text;
            if (words.equals(List.of(CheckCommand.STDIN))) {
                text = engine.read(in, CheckCommand.STDIN_NAME);
            } else {
                text = String.join(" ", words);
                if (text.isBlank()) {
                    throw new ParameterException(spec.commandLine(), "no text to analyse: give a text in quotes, or "
                            + "'-' to read standard input");
                }
            }
            sentences = engine.analyze(text, inputFormat, language);
        } catch (EngineException e) {
            return Problems.fail(err, e.getMessage());
        }
        try {
            Reporters.builtIn().find(format).orElseThrow().writeAnalysis(sentences, out);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a PrintStream does not throw
        }
        out.flush();
        return Main.EXIT_OK;
    }
}

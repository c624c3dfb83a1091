package dev.medlint.cli;

import dev.medlint.cli.lsp.MedlintLanguageServer;
import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code medlint lsp}: a language server on standard input and output, for editors. */
@Command(name = "lsp",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Run a Language Server (LSP) on standard input/output: editors show findings in Markdown, HTML",
            "and plain-text documents as you type, explain a rule on hover and offer 'suppress with a reason'.",
            "Each document is checked with its nearest .medlint.yaml, read again when one changes.",
            ""})
final class LspCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Option(names = "--rule-url", paramLabel = "URL", defaultValue = MedlintLanguageServer.DEFAULT_RULE_URL,
            description = "Where a diagnostic's rule id links to; {id} is the rule id (default: ${DEFAULT-VALUE}, "
                    + "the rule's explanation on the page of 'medlint serve').")
    String ruleUrl;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    LspCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws InterruptedException {
        Engine engine;
        try {
            engine = Engine.create(configOptions.options().threads(1));
        } catch (EngineException e) {
            return Problems.fail(err, e.getMessage());
        }
        MedlintLanguageServer server = new MedlintLanguageServer(engine, Path.of("").toAbsolutePath(), ruleUrl);
        // The protocol owns standard output; the models load on the first check, not before the handshake.
        boolean clean = server.run(in, out);
        return clean ? Main.EXIT_OK : 1;
    }
}

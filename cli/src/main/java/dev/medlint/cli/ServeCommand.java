package dev.medlint.cli;

import dev.medlint.cli.serve.CheckServer;
import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code medlint serve}: a page on the loopback address where a draft is checked as it is typed. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Serve a page on this computer (127.0.0.1 only) where a draft is pasted, typed or dropped and",
            "checked as you type, with every finding highlighted in place. Also a JSON API:",
            "  POST /api/check {\"text\": ..., \"format\": \"markdown|html|text\", \"filename\": ...}",
            "  GET  /api/rules",
            "Drafts are checked with the configuration of the folder medlint was started in (or --config).",
            "Stop it with Ctrl-C.",
            ""})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Mixin
    ConfigOptions configOptions = new ConfigOptions();

    private final PrintStream out;
    private final PrintStream err;

    ServeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        Path here = Path.of("").toAbsolutePath();
        Engine engine;
        try {
            engine = Engine.create(configOptions.options().threads(1));
            // Read the configuration and load the models now: a mistake shows before the address, and the first
            // draft is answered as fast as the others.
            engine.rules(here);
            engine.preload();
        } catch (EngineException e) {
            return Problems.fail(err, e.getMessage());
        }
        CheckServer server;
        try {
            server = CheckServer.start(engine, here, port);
        } catch (IOException e) {
            return Problems.fail(err, "cannot listen on 127.0.0.1:" + port + ": " + Main.oneLine(e.getMessage()));
        }
        out.println("medlint serve: open " + server.address() + " (Ctrl-C stops it)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }));
        stopped.await();
        return Main.EXIT_OK;
    }
}

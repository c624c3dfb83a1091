package dev.medlint.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Entry point of the {@code medlint} command. {@link #run(String[], InputStream, PrintStream, PrintStream)} does
 * everything except exiting, so tests can call it; {@link #main} only picks the real streams and exits.
 *
 * <p>Exit status: 0 no finding at or above the {@code --fail-on} level, 1 there are, 2 usage error, bad rule file,
 * unreadable input or internal error. Errors are always one line on stderr, starting with {@code medlint: }, and never
 * a stack trace (set {@code MEDLINT_DEBUG} to get one for an internal error).
 */
public final class Main {
    /** The languages and their models, loaded at most once by this process whatever the commands run. */
    static final dev.medlint.core.api.LanguageModels MODELS = dev.medlint.core.api.LanguageModels.builtIn();

    /** No finding at or above the fail level. */
    public static final int EXIT_OK = 0;
    /** Findings at or above the fail level. */
    public static final int EXIT_FINDINGS = 1;
    /** Usage error, rule file error, input error or internal error. */
    public static final int EXIT_ERROR = 2;

    private Main() {
    }

    public static void main(String[] jvmArgs) {
        var relaunched = LocaleRelaunch.ifNeeded(jvmArgs);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        String[] args = LocaleRelaunch.arguments(jvmArgs);
        PrintStream out = stream(FileDescriptor.out, "sun.stdout.encoding");
        PrintStream err = stream(FileDescriptor.err, "sun.stderr.encoding");
        int code = run(args, System.in, out, err, Terminal.detect());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command with the given streams and returns the exit status. Never colours its output. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, false);
    }

    /** As {@link #run(String[], InputStream, PrintStream, PrintStream)}; {@code colour}: {@code out} is a terminal. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean colour) {
        return run(args, in, out, err, colour ? new Terminal(true, false, java.util.Map.of()) : Terminal.NONE);
    }

    /** As {@link #run(String[], InputStream, PrintStream, PrintStream)}, writing to the streams {@code terminal} describes. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Terminal terminal) {
        try {
            String[] given = args == null ? new String[0] : args;
            String command = given.length == 0 ? null : given[0];
            if ("check".equals(command)) {
                EarlyWarmUp.start(MODELS, given);
            }
            CommandLine cmd = commandLine(in, out, err, terminal, command);
            return cmd.execute(given);
        } catch (Throwable t) {
            return internalError(err, t);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err, Terminal terminal) {
        return commandLine(in, out, err, terminal, null);
    }

    /**
     * The command line; {@code first} is the first argument. For {@code check} only that subcommand is built:
     * picocli builds each subcommand's model by reflection, and the others cost a small file's check about 80 ms.
     */
    static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err, Terminal terminal,
            String first) {
        boolean colour = terminal.colourByDefault();
        CommandLine cmd = new CommandLine(new MedlintCommand());
        cmd.addSubcommand("check", new CommandLine(new CheckCommand(in, out, err, terminal)));
        if (!"check".equals(first)) {
            CommandLine rules = new CommandLine(new RulesCommand());
            rules.addSubcommand("list", new CommandLine(new RulesListCommand(out, err)));
            rules.addSubcommand("explain", new CommandLine(new RulesExplainCommand(out, err)));
            rules.addSubcommand("test", new CommandLine(new RulesTestCommand(out, err)));
            cmd.addSubcommand("rules", rules);
            cmd.addSubcommand("analyze", new CommandLine(new AnalyzeCommand(in, out, err)));
            cmd.addSubcommand("init", new CommandLine(new InitCommand(out, err)));
            cmd.addSubcommand("config", new CommandLine(new ConfigCommand(out, err)));
            cmd.addSubcommand("schema", new CommandLine(new SchemaCommand(out, err)));
            cmd.addSubcommand("serve", new CommandLine(new ServeCommand(out, err)));
            cmd.addSubcommand("lsp", new CommandLine(new LspCommand(in, out, err)));
            cmd.addSubcommand("help", new CommandLine.HelpCommand());
        }
        cmd.setOut(writer(out));
        cmd.setErr(writer(err));
        // A path such as "@notes.md" is an article, not a picocli argument file.
        cmd.setExpandAtFiles(false);
        cmd.setColorScheme(Help.defaultColorScheme(colour ? Help.Ansi.ON : Help.Ansi.OFF));
        cmd.setParameterExceptionHandler((ex, args) -> usageError(err, ex));
        cmd.setExecutionExceptionHandler((ex, command, parseResult) -> internalError(err, ex));
        return cmd;
    }

    /** One line: what is wrong, a suggestion when picocli has one, and where to read more. */
    private static int usageError(PrintStream err, ParameterException ex) {
        StringBuilder line = new StringBuilder("medlint: ").append(oneLine(ex.getMessage()));
        if (ex instanceof UnmatchedArgumentException u) {
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) {
                line.append(" (did you mean '").append(suggestions.get(0)).append("'?)");
            } else if (u.getCommandLine() != null && !u.getUnmatched().isEmpty()
                    && !u.getUnmatched().get(0).startsWith("-")) {
                // picocli's similarity misses swapped letters ("lsit"); edit distance does not.
                dev.medlint.core.api.Hint.closest(u.getUnmatched().get(0),
                        u.getCommandLine().getSubcommands().keySet())
                        .ifPresent(s -> line.append(" (did you mean '").append(s).append("'?)"));
            }
        }
        CommandLine where = ex.getCommandLine();
        String name = where == null ? "medlint" : where.getCommandSpec().qualifiedName();
        line.append("; see '").append(name).append(" --help'");
        err.println(line);
        err.flush();
        return EXIT_ERROR;
    }

    static int internalError(PrintStream err, Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        err.println("medlint: internal error: " + oneLine(root.toString()));
        String debug = System.getenv("MEDLINT_DEBUG");
        if (debug != null && !debug.isEmpty()) {
            t.printStackTrace(err);
        }
        err.flush();
        return EXIT_ERROR;
    }

    /** Messages may carry line breaks (YAML text, exception messages); stderr diagnostics are one line each. */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        // Paths and messages may carry an ESC sequence from a file name: make it visible instead of obeying it.
        return dev.medlint.core.report.ControlChars.visible(s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
    }

    /** A writer that hands characters to the stream, so the stream's own encoding is the one used. */
    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                stream.append(java.nio.CharBuffer.wrap(buf, off, len));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        }, true);
    }

    /**
     * UTF-8, so Korean text survives pipes and files whatever the locale; a console encoding the JVM reports
     * (Windows) wins.
     */
    private static PrintStream stream(FileDescriptor fd, String encodingProperty) {
        Charset charset = StandardCharsets.UTF_8;
        String console = System.getProperty(encodingProperty);
        if (console != null && Charset.isSupported(console)) {
            charset = Charset.forName(console);
        }
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd), 1 << 16), false, charset);
    }
}

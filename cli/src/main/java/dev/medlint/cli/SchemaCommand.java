package dev.medlint.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code medlint schema rules|config}: prints a JSON Schema shipped in the jar, for editors and CI checks. */
@Command(name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Print the JSON Schema of rule files (rules) or of .medlint.yaml (config), e.g. for an editor:",
            "  medlint schema config > medlint-config.schema.json",
            "'medlint init' writes both next to the files it creates.",
            ""})
final class SchemaCommand implements Callable<Integer> {
    @Parameters(paramLabel = "WHICH", converter = WhichConverter.class,
            description = "rules (rule files, e.g. medlint/clinic-rules.yaml) or config (.medlint.yaml).")
    String which;

    private final PrintStream out;
    private final PrintStream err;

    SchemaCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        try {
            out.print(Schemas.text(which));
            out.flush();
            return Main.EXIT_OK;
        } catch (IOException e) {
            return Problems.fail(err, e.getMessage());
        }
    }

    /** rules or config. */
    static final class WhichConverter implements picocli.CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return CheckCommand.FormatConverter.choose(value, java.util.List.of("rules", "config"));
        }
    }
}

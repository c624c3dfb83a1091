package dev.medlint.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code medlint}: only dispatches to its subcommands. */
@Command(name = "medlint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Compliance linter for medical marketing articles (Korean Medical Service Act, Article 56).",
            ""},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {"Run 'medlint COMMAND --help' for the options of a command.",
            "Examples:",
            "  medlint check posts/ --format json --output report.json",
            "  medlint init                      (starter .medlint.yaml and rule file)",
            "  medlint rules test                (run every rule's examples)",
            "  medlint analyze \"Filler removes wrinkles completely.\""})
final class MedlintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command (use 'check', 'rules', 'analyze', 'init' or "
                + "'config')");
    }
}

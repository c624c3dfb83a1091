package dev.medlint.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code medlint rules}: only dispatches to list, explain and test. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {"List, explain and test the rules, with your configuration applied.", ""},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {"Examples:",
            "  medlint rules list --severity error",
            "  medlint rules explain guarantee",
            "  medlint rules test medlint/clinic-rules.yaml"})
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command (use 'list', 'explain' or 'test')");
    }
}

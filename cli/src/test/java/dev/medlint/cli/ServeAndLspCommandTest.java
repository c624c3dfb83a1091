package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The command lines of {@code serve} and {@code lsp}: listed, documented, and one-line errors before starting. */
class ServeAndLspCommandTest {
    @Test
    void bothAreListedInTheHelp() {
        Cli.Result r = Cli.run("--help");
        assertTrue(r.out().contains("serve") && r.out().contains("lsp"), r::toString);
        assertTrue(Cli.run("serve", "--help").out().contains("POST /api/check"));
        assertTrue(Cli.run("lsp", "--help").out().contains("--rule-url"));
    }

    @Test
    void aMissingConfigurationStopsServeBeforeItListens() {
        Cli.Result r = Cli.run("serve", "--port", "0", "--config", "no-such-config.yaml");
        assertEquals(Main.EXIT_ERROR, r.code(), r::toString);
        String line = r.oneErrorLine();
        assertTrue(line.startsWith("medlint: ") && line.contains("no-such-config.yaml"), line);
        assertEquals("", r.out(), "no address is printed");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Cli.Result r = Cli.run("serve", "--port", "70000");
        assertEquals(Main.EXIT_ERROR, r.code());
        assertTrue(r.oneErrorLine().contains("--port must be between 0 and 65535"), r::toString);
    }

    @Test
    void lspStopsWithAOneLineErrorForABadConfiguration() {
        Cli.Result r = Cli.run("lsp", "--config", "no-such-config.yaml");
        assertEquals(Main.EXIT_ERROR, r.code(), r::toString);
        assertTrue(r.oneErrorLine().contains("no-such-config.yaml"));
    }
}

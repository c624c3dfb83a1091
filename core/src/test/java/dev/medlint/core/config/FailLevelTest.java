package dev.medlint.core.config;

import dev.medlint.core.report.FailLevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.report.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fail levels every front end shares: words, parsing, messages and which severities count. */
class FailLevelTest {
    @Test
    void parseIgnoresCaseAndBlanks() {
        assertEquals(Optional.of(FailLevel.WARNING), FailLevel.parse(" Warning "));
        assertEquals(Optional.of(FailLevel.NEVER), FailLevel.parse("never"));
        assertEquals(Optional.empty(), FailLevel.parse("fatal"));
        assertEquals(Optional.empty(), FailLevel.parse(null));
        assertEquals(List.of("error", "warning", "info", "never"), FailLevel.labels());
    }

    @Test
    void unknownNamesTheSettingAndTheNearestLevel() {
        assertEquals("unknown failOnSeverity 'eror' (did you mean 'error'?); use error, warning, info or never",
                FailLevel.unknown("failOnSeverity", "eror"));
        assertEquals("unknown fail-on level 'false' (did you mean 'never'?); use error, warning, info or never",
                FailLevel.unknown("fail-on level", "false"));
        assertEquals("unknown level 'fatal'; use error, warning, info or never", FailLevel.unknown("level", "fatal"));
    }

    @Test
    void aLevelCountsItsSeverityAndEveryMoreSeriousOne() {
        assertTrue(FailLevel.WARNING.counts(Severity.ERROR));
        assertTrue(FailLevel.WARNING.counts(Severity.WARNING));
        assertFalse(FailLevel.WARNING.counts(Severity.INFO));
        assertTrue(FailLevel.INFO.counts(Severity.INFO));
        for (Severity s : Severity.values()) {
            assertFalse(FailLevel.NEVER.counts(s));
        }
    }
}

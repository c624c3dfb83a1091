package dev.medlint.cli;

import dev.medlint.core.report.Reporters;
import java.util.Iterator;

/** The report formats, as picocli lists them in help ({@code ${COMPLETION-CANDIDATES}}). */
final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Reporters.builtIn().names().iterator();
    }
}

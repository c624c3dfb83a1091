package dev.medlint.core.report;

import java.io.IOException;
import java.util.List;

/**
 * Writes a report in one output format. One class per format implements it and {@link Reporters#builtIn()}
 * registers it; every front end ({@code --format}, the plugin's {@code outputFormat}) chooses from that registry.
 * Reporters only format: they never re-read or re-analyse articles. A format may also write rule lists
 * ({@code rules list}) and analyses ({@code analyze}).
 */
public interface Reporter {
    /** The name a user chooses the format by ("text"). */
    String name();

    /** The extension of a report file in this format, without the dot ("txt"). */
    String fileExtension();

    void write(Report report, ReportSettings settings, Appendable out) throws IOException;

    /** Whether {@link #writeRules} is supported. */
    default boolean writesRuleLists() {
        return false;
    }

    /** Writes the rules in use ({@code rules list}). */
    default void writeRules(RuleList rules, Appendable out) throws IOException {
        throw new UnsupportedOperationException("the " + name() + " format does not list rules");
    }

    /** Whether {@link #writeAnalysis} is supported. */
    default boolean writesAnalyses() {
        return false;
    }

    /** Writes how a text was analysed ({@code analyze}). */
    default void writeAnalysis(List<AnalyzedSentence> sentences, Appendable out) throws IOException {
        throw new UnsupportedOperationException("the " + name() + " format does not write analyses");
    }

    /** The report as a string (for a file written atomically, or a test). */
    default String render(Report report, ReportSettings settings) {
        StringBuilder b = new StringBuilder();
        try {
            write(report, settings, b);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringBuilder does not throw
        }
        return b.toString();
    }
}

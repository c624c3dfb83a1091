package dev.medlint.core.report;

/**
 * How a front end wants a report written: whether a terminal may be coloured, and whether to list only the
 * findings that fail the run ({@code --quiet}; summaries still count every finding). Formats ignore what they have
 * no use for.
 */
public record ReportSettings(boolean colour, boolean onlyFailing) {
    public static final ReportSettings PLAIN = new ReportSettings(false, false);
}

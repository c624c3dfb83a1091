package dev.medlint.spark;

/** The severity from which {@code --fail-on} makes the job exit with 1, counted from the run's summary. */
enum FailLevel {
    ERROR, WARNING, INFO, NONE;

    /** The level named {@code value} (any case), or a one-line error. */
    static FailLevel parse(String value) throws JobException {
        for (FailLevel l : values()) {
            if (l.name().equalsIgnoreCase(value)) {
                return l;
            }
        }
        throw new JobException("--fail-on: unknown level '" + value + "'; use error, warning, info or none");
    }

    /** The findings of the run at or above this level. */
    long count(JobSummary summary) {
        long n = 0;
        for (JobSummary.Category c : summary.categories()) {
            n += switch (this) {
                case ERROR -> c.errors();
                case WARNING -> c.errors() + c.warnings();
                case INFO -> c.errors() + c.warnings() + c.infos();
                case NONE -> 0;
            };
        }
        return n;
    }
}

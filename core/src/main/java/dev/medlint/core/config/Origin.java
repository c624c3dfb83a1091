package dev.medlint.core.config;

/**
 * Where a configuration value came from: a place in a file ({@code .medlint.yaml:4:3}), or a description such as
 * "default" or "command line (--fail-on)".
 */
public record Origin(String source, int line, int column) {
    public static final Origin DEFAULT = new Origin("default", 0, 0);

    public static Origin of(String description) {
        return new Origin(description, 0, 0);
    }

    public boolean isDefault() {
        return this.equals(DEFAULT);
    }

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }
}

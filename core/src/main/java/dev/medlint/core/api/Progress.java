package dev.medlint.core.api;

/**
 * Hears how far a check has come ({@link Engine#check(Selection, Progress)}), e.g. to draw a progress line. It is
 * called from the engine's worker threads, so an implementation must be thread-safe and quick.
 */
@FunctionalInterface
public interface Progress {
    /** {@code done} of {@code total} articles have been checked. */
    void checked(int done, int total);
}

package dev.medlint.core.api;

/**
 * Hears what the findings cache of a check did (see {@link EngineOptions#cache}): a one-line warning when the cache
 * file could not be used or written (the run goes on, checking every article afresh), and, after each check, how
 * many articles the cache answered.
 */
public interface CacheListener {
    /** A cache file that could not be read, was damaged or foreign, or could not be written; one line. */
    void warning(String message);

    /** What one check did with the cache. */
    default void used(CacheUse use) {
    }
}

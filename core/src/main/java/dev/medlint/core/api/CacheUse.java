package dev.medlint.core.api;

/**
 * What one check did with the findings cache: the cache file (as messages name it), the articles it answered
 * (unchanged since they were stored, with the same rules), the articles checked and stored, and the entries dropped
 * because their files no longer exist.
 */
public record CacheUse(String file, int unchanged, int checked, int dropped) {
}

package dev.medlint.core.report;

/**
 * A file a run's rules came from, with the SHA-256 of its text (hex), so a report says exactly what checked the
 * articles: {@code kind} is "configuration" (a {@code .medlint.yaml}) or "rules" (a bundled pack, named
 * {@code builtin:NAME}, or a rule file); {@code name} is the pack's name, or the file's for a configuration.
 */
public record RuleSource(String kind, String name, String file, String sha256) {
}

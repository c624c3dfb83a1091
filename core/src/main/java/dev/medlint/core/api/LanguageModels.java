package dev.medlint.core.api;

import dev.medlint.core.lang.Languages;

/**
 * The languages an engine checks, with their models, which load on first use: one holder per process (kept by the
 * CLI's main class, a build plugin's class, a server or a Spark executor) means models load once, however many
 * engines are made. Safe to share between threads.
 */
public final class LanguageModels {
    private final Languages languages;

    private LanguageModels(Languages languages) {
        this.languages = languages;
    }

    /** A new holder of the languages medlint ships; nothing is loaded yet. */
    public static LanguageModels builtIn() {
        return new LanguageModels(Languages.builtIn());
    }

    /** A holder of these languages (an embedder's own, or a test's). */
    public static LanguageModels of(Languages languages) {
        return new LanguageModels(languages);
    }

    Languages languages() {
        return languages;
    }

    /**
     * Starts loading, in the background, the models of the languages the first kilobytes of these articles show
     * (the Korean dictionary for a Korean article), so that they load while the front end is still starting.
     * Names that are not regular files of a format medlint reads are passed over; the check reads everything again.
     */
    public void warmUpFor(java.util.List<java.nio.file.Path> articles) {
        InputSample.ofPaths(articles).forEach(languages::warmUpFor);
    }

    /** Loads every language's models now; true when this call did the loading (false: they were loaded). */
    public boolean preload() {
        return languages.preload();
    }
}

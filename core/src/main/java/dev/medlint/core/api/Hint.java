package dev.medlint.core.api;

import dev.medlint.core.util.Suggest;
import java.util.Collection;
import java.util.Optional;

/** "Did you mean" for front ends' own options, with the same distance measure as the engine's messages. */
public final class Hint {
    private Hint() {
    }

    /** " (did you mean 'x'?)" for the nearest of {@code known}, or "" when none is near. */
    public static String didYouMean(String value, Collection<String> known) {
        return Suggest.hint(value, known);
    }

    /** The nearest of {@code known}, when one is near. */
    public static Optional<String> closest(String value, Collection<String> known) {
        return Suggest.closest(value, known);
    }
}

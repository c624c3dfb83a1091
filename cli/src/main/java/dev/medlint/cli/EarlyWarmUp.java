package dev.medlint.cli;

import dev.medlint.core.api.LanguageModels;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Before picocli reads the arguments of {@code check}, starts loading the models of the languages the named articles
 * are written in, so that a Korean article's dictionary loads on the second core while the command line is built.
 * Only plain article names count (not an option, nor the word after an option, which may be its value); anything
 * missed here is warmed up by the engine later, so this only moves work earlier and never changes a result.
 */
final class EarlyWarmUp {
    private EarlyWarmUp() {
    }

    static void start(LanguageModels models, String[] args) {
        List<Path> articles = new ArrayList<>();
        boolean afterOption = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("-")) {
                afterOption = !a.contains("=");
                continue;
            }
            if (!afterOption) {
                try {
                    articles.add(Path.of(a));
                } catch (InvalidPathException e) {
                    // not a path; the check reports it
                }
            }
            afterOption = false;
        }
        if (!articles.isEmpty()) {
            models.warmUpFor(articles);
        }
    }
}

package dev.medlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.lang.CaseFold;
import dev.medlint.core.pack.BuiltinPacks;
import dev.medlint.core.rule.Example;
import dev.medlint.core.rule.PhraseRule;
import dev.medlint.core.rule.RegexMatch;
import dev.medlint.core.rule.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The literal prefilter of the bundled phrase regexes never hides a match: every text of every example of both
 * packs, and every sample article, in which a regex finds a match holds the regex's required literals. Most of the
 * regexes do require some, or the prefilter would save nothing.
 */
class RegexLiteralsTest {
    @Test
    void everyBundledRegexMatchHoldsItsRequiredLiterals() throws Exception {
        List<RegexMatch> regexes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String name : BuiltinPacks.names()) {
            for (Rule r : BuiltinPack.load(name).rules()) {
                if (r.resolved() instanceof PhraseRule p) {
                    regexes.addAll(p.patterns());
                }
                Stream.concat(r.meta().flagExamples().stream(), r.meta().passExamples().stream())
                        .map(Example::text).forEach(texts::add);
            }
        }
        texts.addAll(samples());
        int filtering = 0;
        int found = 0;
        for (RegexMatch m : regexes) {
            filtering += m.literals().isEmpty() ? 0 : 1;
            for (String text : texts) {
                if (m.pattern().matcher(text).find()) {
                    found++;
                    assertTrue(m.mayMatch(CaseFold.fold(text)), m.pattern().pattern() + " matches in: " + text);
                }
            }
        }
        assertTrue(found > 100, "too few matches to prove anything: " + found);
        assertTrue(filtering * 10 > regexes.size() * 8, filtering + " of " + regexes.size() + " regexes filter");
    }

    /**
     * Trying a bundled regex only where one of its start words begins ({@link RegexMatch#starts}) finds exactly
     * what a search of the whole text finds, on every example and sample.
     */
    @Test
    void everyBundledRegexWithStartsFindsWhatAWholeSearchFinds() throws Exception {
        List<String> texts = new ArrayList<>(samples());
        int tried = 0;
        for (String name : BuiltinPacks.names()) {
            for (Rule r : BuiltinPack.load(name).rules()) {
                Stream.concat(r.meta().flagExamples().stream(), r.meta().passExamples().stream())
                        .map(Example::text).forEach(texts::add);
            }
        }
        for (String name : BuiltinPacks.names()) {
            for (Rule r : BuiltinPack.load(name).rules()) {
                if (!(r.resolved() instanceof PhraseRule p)) {
                    continue;
                }
                for (RegexMatch m : p.patterns()) {
                    if (m.starts().isEmpty()) {
                        continue;
                    }
                    tried++;
                    for (String text : texts) {
                        List<String> searched = m.spans(text, 0, null).stream().map(Arrays::toString).toList();
                        List<String> started = m.spans(text, 0, CaseFold.fold(text)).stream()
                                .map(Arrays::toString).toList();
                        assertEquals(searched, started, m.pattern().pattern() + " in: " + text);
                    }
                }
            }
        }
        assertTrue(tried > 50, "too few regexes with starts to prove anything: " + tried);
    }

    private static List<String> samples() throws IOException {
        Path dir = Path.of("..", "samples");
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertTrue(out.size() > 10, "the samples folder should be found");
        return out;
    }
}

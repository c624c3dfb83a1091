package dev.medlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.medlint.core.analysis.Linter;
import dev.medlint.core.pack.BuiltinPacks;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Report;
import dev.medlint.core.report.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The real clinic articles this project started from (in ../shared/seeds, beside the repository; not copied into
 * it), checked as plain text. Expected: all but 004 lack the Article 56 statement; 000-002 lack a side-effect notice;
 * 003 and 004 have one; 004 gets no error, only a warning for citing "Paragraphs 1 to 15". 002 also states "It is
 * effective for improving cheek sagging" without a qualifier, which the unhedged-claim warning rightly reports. 002
 * ("Mini facelift vs. facelift") and 003 ("Compared with a traditional facelift, ... a smaller incision and a shorter
 * recovery") set their method against another as the better one: a method-versus-method comparison, which
 * domain.md (Item 4) counts as comparative advertising even when no clinic is named.
 */
class SeedArticlesTest {
    private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");

    @Test
    void seedsGetExactlyTheFindingsACarefulReviewerWouldMake() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not beside the repository");
        Report report = Linter.ofPacks(List.of(BuiltinPack.load(BuiltinPacks.DEFAULT))).check(List.of(SEEDS));
        assertEquals(List.of(), report.problems());
        Map<String, Set<String>> byFile = new TreeMap<>();
        try (var files = Files.list(SEEDS)) {
            files.forEach(f -> byFile.put(f.getFileName().toString().substring(0, 3), new TreeSet<>()));
        }
        for (Finding f : report.findings()) {
            byFile.get(Path.of(f.path()).getFileName().toString().substring(0, 3)).add(f.ruleId());
        }
        assertEquals(Set.of("compliance-statement", "side-effect-notice"), byFile.get("000"));
        assertEquals(Set.of("compliance-statement", "side-effect-notice"), byFile.get("001"));
        assertEquals(Set.of("compliance-statement", "side-effect-notice", "unhedged-claim", "free-comparison"),
                byFile.get("002"));
        assertEquals(Set.of("compliance-statement", "free-comparison"), byFile.get("003"));
        assertEquals(Set.of("citation"), byFile.get("004"));
        assertEquals(0, report.findings().stream()
                .filter(f -> f.path().contains("004_") && f.severity() == Severity.ERROR).count());
    }
}

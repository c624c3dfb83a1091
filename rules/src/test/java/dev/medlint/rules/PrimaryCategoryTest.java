package dev.medlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.medlint.core.analysis.Linter;
import dev.medlint.core.pack.BuiltinPacks;
import dev.medlint.core.report.Finding;
import dev.medlint.core.source.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each finding names the primary problem (issue 8, item 5): a price promise is an inducement, not also a guarantee;
 * hype about results is an overclaim, not also a new technology; and the phrase-level categories of a sentence with
 * two separate problems both stay.
 */
class PrimaryCategoryTest {
    private static List<String> categories(String text) throws Exception {
        Linter linter = Linter.of(BuiltinPack.load(BuiltinPacks.DEFAULT).rules());
        return linter.checkText("p", Format.TEXT, text).stream().filter(f -> !f.isDocumentLevel())
                .filter(f -> !f.category().startsWith("missing-")).map(Finding::category).distinct().sorted()
                .toList();
    }

    @Test
    void aPricePromiseIsAnInducementOnly() throws Exception {
        assertEquals(List.of("inducement"), categories("Our price guarantee: find it cheaper and we beat it."));
        assertEquals(List.of("inducement"), categories("Price match guarantee on every veneer."));
        assertEquals(List.of("inducement"), categories("Best price guaranteed on lip filler."));
    }

    @Test
    void hypeAboutResultsIsAnOverclaimOnly() throws Exception {
        assertEquals(List.of("overclaim"), categories("Revolutionary results with our body contouring laser."));
        assertEquals(List.of("overclaim"), categories("Breakthrough results for melasma in three sessions."));
    }

    @Test
    void aNewTechniqueIsStillUnverifiedTechnology() throws Exception {
        assertEquals(List.of("unverified-technology"), categories("A revolutionary new technique for jowls."));
    }

    @Test
    void twoSeparateProblemsInOneSentenceAreBothReported() throws Exception {
        assertEquals(List.of("guarantee", "inducement"),
                categories("Results guaranteed, and 30% off your first session."));
    }
}

package dev.medlint.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Overlapping findings: one per category, and across categories the more specific reading of the same words. */
class OverlapFilterTest {
    private static final String TEXT = "Our price guarantee covers every veneer, and we promise the lowest fees in town.";

    private static Finding at(String rule, String category, Severity severity, String phrase) {
        int start = TEXT.indexOf(phrase);
        int end = start + phrase.length();
        return new Finding("a.txt", rule, category, severity, 1, start + 1, 1, end + 1, "m", "law", phrase, "s",
                start, end, "pack", severity == Severity.ERROR);
    }

    private static List<String> kept(Set<String> wholeDocument, Finding... findings) {
        DocumentContext doc = new DocumentContext("a.txt", TEXT, null, null, Set.of(), wholeDocument);
        return new OverlapFilter().apply(doc, List.of(findings)).stream().map(Finding::ruleId).toList();
    }

    @Test
    void aWordInsideALongerPhraseOfAnotherCategoryIsTheLessSpecificReading() {
        assertEquals(List.of("inducement"), kept(Set.of(),
                at("guarantee", "guarantee", Severity.ERROR, "guarantee"),
                at("inducement", "inducement", Severity.ERROR, "price guarantee")));
    }

    @Test
    void theSpecificReadingWinsWhicheverComesFirstAndWhateverItsSeverity() {
        assertEquals(List.of("free-overclaim"), kept(Set.of(),
                at("free-overclaim", "overclaim", Severity.WARNING, "price guarantee"),
                at("guarantee", "guarantee", Severity.ERROR, "guarantee")));
    }

    @Test
    void aSpanMoreThanThreeWordsLongerHidesNothing() {
        assertEquals(List.of("testimonial", "guarantee"), kept(Set.of(),
                at("testimonial", "testimonial", Severity.ERROR, "Our price guarantee covers every veneer"),
                at("guarantee", "guarantee", Severity.ERROR, "guarantee")));
    }

    @Test
    void aFindingOfSeveralWordsKeepsItsOwnReading() {
        assertEquals(List.of("inducement", "credential"), kept(Set.of(),
                at("inducement", "inducement", Severity.ERROR, "Our price guarantee covers"),
                at("credential", "credential", Severity.ERROR, "price guarantee")));
    }

    @Test
    void equalSpansAndMerelyOverlappingSpansOfOtherCategoriesAreBothKept() {
        assertEquals(List.of("a", "b"), kept(Set.of(),
                at("a", "x", Severity.ERROR, "price guarantee"),
                at("b", "y", Severity.ERROR, "price guarantee")));
        assertEquals(List.of("a", "b"), kept(Set.of(),
                at("a", "x", Severity.ERROR, "price guarantee"),
                at("b", "y", Severity.ERROR, "guarantee covers")));
    }

    @Test
    void findingsOfWholeDocumentRulesNeitherHideNorAreHidden() {
        assertEquals(List.of("no-risk", "notice"), kept(Set.of("notice"),
                at("notice", "missing-side-effect-notice", Severity.ERROR, "guarantee"),
                at("no-risk", "no-risk", Severity.ERROR, "price guarantee")));
        assertEquals(List.of("notice", "guarantee"), kept(Set.of("notice"),
                at("notice", "missing-side-effect-notice", Severity.ERROR, "price guarantee"),
                at("guarantee", "guarantee", Severity.ERROR, "guarantee")));
    }

    @Test
    void withinOneCategoryTheMoreSeriousFindingIsKept() {
        assertEquals(List.of("b"), kept(Set.of(),
                at("a", "x", Severity.WARNING, "price guarantee"),
                at("b", "x", Severity.ERROR, "guarantee")));
    }
}

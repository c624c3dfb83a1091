package dev.medlint.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.medlint.core.analysis.Linter;
import dev.medlint.core.report.Finding;
import dev.medlint.core.source.Format;
import dev.medlint.core.testing.TestRules;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A character reference covers exactly the markup the parser consumed, in every form (named with and without
 * {@code ;}, decimal and hexadecimal with and without {@code ;}, invalid ones that stay literal): findings after it
 * and findings that start or end with it point at the source text.
 */
class CharacterReferencePositionsTest {
    /** A regex rule, so a match can run over a reference ("free&nbsp;p..." is "free p..."). */
    private static final Linter LINTER = Linter.of(TestRules.load("""
            pack: test
            rules:
              - id: free-offer
                title: Free offers
                category: inducement
                severity: warning
                law: Art. 56(2)13
                type: phrase
                match:
                  - regex: '\\bfree\\s+\\w+'
                message: "'{match}' offers something free."
                suggestion: Drop the offer.
                examples:
                  flag: [A free facial., Get free botox., One free session.]
                  pass: [Free of nothing., Results vary., Ask us.]
            """));

    private static Finding only(Format format, String source) {
        List<Finding> f = LINTER.checkText("t", format, source);
        assertEquals(1, f.size(), () -> "findings: " + f);
        return f.get(0);
    }

    /** The finding's offsets are {@code [from, to)} and its line:col (one line) follow from them. */
    private static void spans(Finding f, int from, int to) {
        assertEquals(List.of(from, to, 1, from + 1, 1, to + 1),
                List.of(f.offset(), f.endOffset(), f.line(), f.column(), f.endLine(), f.endColumn()), f.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"&nbsp;", "&nbsp", "&amp;", "&amp", "&AMP", "&lt3", "&notit;", "&eacute;", "&#65;", "&#65",
        "&#x41;", "&#X41", "&#x1F600;", "&#99999999999;", "&#0;", "&NotNestedGreaterGreater;", "&foo;", "&#;", "&#x;",
        "&", "&nbs", "&Amp;"})
    void htmlFindingAfterAReferenceIsWhereItsTextIs(String reference) {
        String source = "<p>Ask" + reference + "us, a free facial today.</p>";
        Finding f = only(Format.HTML, source);
        int at = source.indexOf("free facial");
        spans(f, at, at + "free facial".length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "free&nbspp lift.|free&nbspp", // the fuzz finding: a legacy entity without ';' runs into a letter
        "free&nbsp;lift.|free&nbsp;lift",
        "free&#32;lift.|free&#32;lift",
        "free&#x20lift.|free&#x20lift",
        "free &#76;ift.|free &#76;ift",
        "free li&#102;t|free li&#102;t",
        "free li&#x66|free li&#x66",
        "free li&fnof;|free li"}) // U+0192 is no \\w: the match ends before it
    void htmlMatchOverAReferenceCoversItsMarkup(String text, String expected) {
        String source = "<p>" + text + "</p>";
        Finding f = only(Format.HTML, source);
        int at = source.indexOf("free");
        spans(f, at, at + expected.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"&nbspx", "&ampx", "&nbsp=", "&nbsp;", "&#65"})
    void altTextReadsReferencesAsAnAttributeDoes(String reference) {
        // in an attribute a name without ';' before a letter or '=' is literal text, not the entity
        String source = "<img alt=\"Ask" + reference + " us, a free facial today.\" src=\"a.png\">";
        Finding f = only(Format.HTML, source);
        int at = source.indexOf("free facial");
        spans(f, at, at + "free facial".length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"&nbsp;", "&nbsp", "&amp;", "&#65;", "&#x41;", "&#0;", "&#65", "&foo;", "&copy;"})
    void markdownFindingAfterAReferenceIsWhereItsTextIs(String reference) {
        String source = "Ask" + reference + "us, a free facial today.";
        Finding f = only(Format.MARKDOWN, source);
        int at = source.indexOf("free facial");
        spans(f, at, at + "free facial".length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "free&nbsp;lift.|free&nbsp;lift",
        "free li&#102;t|free li&#102;t",
        "free li&#x66;|free li&#x66;",
        "free&nbsplift.|free&nbsplift"}) // CommonMark needs the ';': "&nbsp" is literal, "free" + "nbsplift" no match
    void markdownMatchOverAReferenceCoversItsMarkup(String text, String expected) {
        if (expected.equals("free&nbsplift")) {
            assertEquals(List.of(), LINTER.checkText("t", Format.MARKDOWN, text));
            return;
        }
        Finding f = only(Format.MARKDOWN, text);
        spans(f, 0, expected.length());
    }
}

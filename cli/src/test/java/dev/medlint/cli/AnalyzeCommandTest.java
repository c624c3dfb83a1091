package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** medlint analyze: sentences, tokens, POS tags and lemmas. */
class AnalyzeCommandTest {
    @Test
    void printsSentencesTokensTagsAndLemmas() {
        Cli.Result r = Cli.run("analyze", "Botox removes wrinkles. It may help.");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals("Sentence 1 (line 1, column 1): Botox removes wrinkles.", lines.get(0));
        assertTrue(lines.get(1).matches("\\s+#\\s+TOKEN\\s+POS\\s+LEMMA"), lines.get(1));
        assertTrue(lines.get(3).matches("\\s+2\\s+removes\\s+VERB\\s+remove"), lines.get(3));
        assertTrue(r.out().contains("Sentence 2 (line 1, column 25): It may help."), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void wordsWithoutQuotesAreJoined() {
        Cli.Result r = Cli.run("analyze", "Botox", "removes", "wrinkles.");
        assertTrue(r.out().startsWith("Sentence 1 (line 1, column 1): Botox removes wrinkles."), r::toString);
    }

    @Test
    void jsonFromStandardInputAsMarkdown() {
        Cli.Result r = Cli.runWithStdin("# Title\n\nWe `code` guarantee it.\n", "analyze", "--input-format", "markdown",
                "--format", "json", "-");
        assertEquals(0, r.code(), r::toString);
        List<Object> sentences = Json.array(Json.object(Json.parse(r.out())).get("sentences"));
        assertEquals(2, sentences.size());
        Map<String, Object> second = Json.object(sentences.get(1));
        assertEquals(3L, second.get("line"));
        Map<String, Object> guarantee = Json.object(Json.array(second.get("tokens")).get(1));
        assertEquals("guarantee", guarantee.get("text"));
        assertEquals("VERB", guarantee.get("pos"));
        assertEquals("guarantee", guarantee.get("lemma"));
        assertEquals(11L, guarantee.get("column"));
    }

    @Test
    void koreanTextIsReadByTheKoreanAnalyzerWithoutBeingAsked() {
        Cli.Result r = Cli.run("analyze", "시술 후 멍이 생길 수 있습니다.");
        assertEquals(0, r.code(), r::toString);
        // Nori's morphemes and tags (멍/NNG, 생기/VV), not OpenNLP's English tags for unknown words
        assertTrue(r.out().contains("NNG"), r::toString);
        assertTrue(r.out().contains("생기"), r::toString);
        Cli.Result english = Cli.run("analyze", "--language", "en", "시술 후 멍이 생길 수 있습니다.");
        assertTrue(!english.out().contains("NNG"), english::toString);
        Cli.Result mixed = Cli.run("analyze", "Ulthera 리프팅 시술 후 붓기가 생길 수 있습니다.");
        assertTrue(mixed.out().contains("NNG"), mixed::toString);
        Cli.Result unknown = Cli.run("analyze", "--language", "jp", "text");
        assertTrue(unknown.oneErrorLine().contains("unknown language 'jp'"), unknown::toString);
    }

    @Test
    void theTagColumnLinesUpUnderHangulWhichTakesTwoTerminalColumns() {
        Cli.Result r = Cli.run("analyze", "--language", "ko", "부작용이 없는 lifting");
        List<String> rows = r.out().lines().skip(1).toList();
        int header = rows.get(0).indexOf("POS");
        Pattern row = Pattern.compile("(\\s+\\d+  \\S+\\s+)\\S+\\s+\\S+");
        assertTrue(rows.size() > 4, r::toString);
        for (String line : rows.subList(1, rows.size())) {
            Matcher m = row.matcher(line);
            assertTrue(m.matches(), line);
            int columns = m.group(1).codePoints().map(c -> c >= 0xAC00 && c <= 0xD7A3 ? 2 : 1).sum();
            assertEquals(header, columns, line);
        }
    }

    @Test
    void mistakes() {
        assertEquals(2, Cli.run("analyze").code());
        Cli.Result blank = Cli.run("analyze", "  ");
        assertTrue(blank.oneErrorLine().contains("no text to analyse"), blank::toString);
        Cli.Result format = Cli.run("analyze", "--input-format", "docx", "text");
        assertTrue(format.oneErrorLine().contains("expected text, markdown or html"), format::toString);
    }
}

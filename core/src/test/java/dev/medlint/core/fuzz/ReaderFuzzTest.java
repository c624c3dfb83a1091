package dev.medlint.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.medlint.core.api.EngineException;
import dev.medlint.core.report.Finding;
import dev.medlint.core.report.Report;
import dev.medlint.core.text.LineMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Fuzzes the Markdown, HTML and plain-text readers through the engine: whatever the text, checking it ends normally,
 * and every finding's offsets lie inside the source, its line:col is where its offset is, and its match is the
 * source text there, up to what the reader normalises: runs of white space (a wrapped line, {@code &nbsp;}), HTML
 * tags and entities and what the reader skips (scripts, styles, code), Markdown's inline markers, plain text's
 * directive lines, and URLs (blanked, since they are not prose). Without JAZZER_FUZZ these run the inputs under
 * ReaderFuzzTestInputs/ as regression tests.
 */
class ReaderFuzzTest {
    /**
     * The markup of HTML that is no text, one alternative per kind, found left to right as a parser finds it (so a
     * "<!--" inside a tag is part of the tag): a comment (to "-->", "--!>" or the end), an element the reader skips
     * with its content, a {@code <br>} (group 2: a word break), any other tag, end tag or bogus comment.
     */
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile(
            "(?is)<!--(?:>|->|.*?(?:--!?>|\\z))"
            + "|<(script|style|noscript|template|code|pre|svg|math|iframe|object|textarea|select)"
            + "(?=[\\t\\n\\f\\r />])[^>]*>.*?</\\1\\s*>"
            + "|(<br(?=[\\t\\n\\f\\r />])[^>]*>)"
            + "|<(?:/?[a-z]|[!?]|/[^a-z>])[^>]*>|</>");
    private static final java.util.regex.Pattern DIRECTIVE_LINE = java.util.regex.Pattern.compile(
            "\\s*(?:#\\s*(?i:medlint)\\b.*|<!--\\s*(?i:medlint)\\b.*-->)\\s*");
    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"\\x00-\\x1F\\x7F-\\x9F\\uFFFD]+");

    @FuzzTest
    void markdown(byte[] input) throws EngineException {
        check("fuzz.md", input);
    }

    @FuzzTest
    void html(byte[] input) throws EngineException {
        check("fuzz.html", input);
    }

    @FuzzTest
    void plainText(byte[] input) throws EngineException {
        check("fuzz.txt", input);
    }

    private static String normal(String name, String s) {
        // a match may span inline tags ("free <b>facial</b>"): the source's tags are not part of the text, nor are
        // comments or what the HTML reader skips, as a browser shows none of it ("free<style>p{}</style>facial");
        // a <br> is a word break ("free<br>facial" reads "free facial"), a tag named br.x is not
        String t = name.endsWith(".html") ? org.jsoup.parser.Parser.unescapeEntities(
                MARKUP.matcher(s).replaceAll(m -> m.group(2) != null ? " " : ""), false) : s;
        if (name.endsWith(".md")) {
            // nor are a link's brackets and destination, when a match runs across a link's end
            t = t.replaceAll("\\]\\([^)]*\\)", "").replaceAll("[*_`~\\\\\\[\\]]", "");
        }
        if (name.endsWith(".txt")) {
            // a directive line of plain text is no prose, so a match may run across one (the reader's rule)
            t = java.util.Arrays.stream(t.split("\\r\\n|\\r|\\n", -1))
                    .map(line -> DIRECTIVE_LINE.matcher(line).matches() ? " " : line)
                    .collect(java.util.stream.Collectors.joining("\n"));
        }
        // a URL is blanked in the text, so a match may run across one ("free www.x.kr today"); a URL ends at white
        // space, <>", a control character or U+FFFD (the reader's rule, stated here on its own)
        t = URL.matcher(t).replaceAll(" ");
        // the plain-text reader reads every Character.isWhitespace character (the ASCII separators too) as a space
        return t.replaceAll("[\\p{javaWhitespace}\\u00a0]+", " ").strip();
    }

    private static void check(String name, byte[] input) throws EngineException {
        String raw = new String(input, StandardCharsets.UTF_8);
        Report report = FuzzSupport.ENGINE.checkText(name, raw, Path.of("."));
        // The engine reads a text as a file's reader would: without its byte order mark, to which positions refer.
        String source = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        LineMap lines = new LineMap(source);
        for (Finding f : report.findings()) {
            if (f.offset() < 0) {
                assertEquals(-1, f.endOffset(), f.toString()); // a document-level finding has no span
                continue;
            }
            assertTrue(0 <= f.offset() && f.offset() < f.endOffset() && f.endOffset() <= source.length(),
                    "offsets outside the source: " + f);
            LineMap.Position start = lines.position(f.offset());
            assertEquals(start.line(), f.line(), "line of " + f);
            assertEquals(start.column(), f.column(), "column of " + f);
            LineMap.Position end = lines.position(f.endOffset());
            assertEquals(end.line(), f.endLine(), "end line of " + f);
            assertEquals(end.column(), f.endColumn(), "end column of " + f);
            String there = source.substring(f.offset(), f.endOffset());
            assertEquals(normal(name, f.match()), normal(name, there), "match of " + f + " against the source '"
                    + there + "'");
        }
    }
}

package dev.medlint.core.text;

import dev.medlint.core.source.Format;

/** Turns the source of one article into the prose medlint analyses. Implementations are stateless. */
public interface TextExtractor {
    TextView extract(String source);

    /** The extractor for a format. */
    static TextExtractor forFormat(Format format) {
        return switch (format) {
            case MARKDOWN -> new MarkdownExtractor();
            case HTML -> new HtmlExtractor();
            case TEXT -> new PlainTextExtractor();
        };
    }
}

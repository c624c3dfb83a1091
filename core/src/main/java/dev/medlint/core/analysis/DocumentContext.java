package dev.medlint.core.analysis;

import dev.medlint.core.text.LineMap;
import dev.medlint.core.text.TextView;
import java.util.Set;

/**
 * What a finding filter may know about the document whose findings it filters: its path and source text, the text
 * view the rules read (with the comments a Markdown or HTML reader kept), the line map, the ids of the rules
 * that ran, and the ids of those among them that judge the whole document (a missing notice), whose findings point
 * at a phrase but speak of the document.
 */
public record DocumentContext(String path, String source, TextView view, LineMap lines, Set<String> activeRules,
        Set<String> wholeDocumentRules) {
    public DocumentContext {
        wholeDocumentRules = wholeDocumentRules == null ? Set.of() : Set.copyOf(wholeDocumentRules);
    }

    /** A context in which no rule judges the whole document. */
    public DocumentContext(String path, String source, TextView view, LineMap lines, Set<String> activeRules) {
        this(path, source, view, lines, activeRules, Set.of());
    }
}

package dev.medlint.core.analysis;

import dev.medlint.core.text.LineMap;
import dev.medlint.core.text.TextView;
import java.util.Set;

/**
 * What a finding filter may know about the document whose findings it filters: its path and source text, the text
 * view the rules read (with the comments a Markdown or HTML reader kept), the line map, and the ids of the rules
 * that ran.
 */
public record DocumentContext(String path, String source, TextView view, LineMap lines, Set<String> activeRules) {
}

package dev.medlint.core.text;

import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * HTML character references as jsoup decodes them: named ({@code &amp;}, and the legacy ones also without {@code ;},
 * {@code &nbspx}), decimal and hexadecimal ({@code &#65;}, {@code &#x41}), in text or in an attribute value (where a
 * name without {@code ;} before a letter, a digit or {@code =} stays literal).
 *
 * <p>Rather than copy the HTML5 rules, it asks jsoup itself: the reference at {@code at} is the shortest stretch
 * {@code s} of the markup after it for which decoding {@code s} and then the rest gives what decoding the whole
 * stretch gives. That is what jsoup's tokeniser consumed, whatever form the reference has.
 *
 * <p>One instance serves one document (it is not thread-safe): it remembers the references it has worked out, since
 * a page repeats the same few ({@code &nbsp;} hundreds of times) and each costs a few decodings.
 */
final class HtmlCharacterReferences implements CharacterReferences {
    /** Longer than any entity name (the longest, CounterClockwiseContourIntegral, has 31 letters). */
    private static final int MAX_NAME = 40;

    /** How many worked-out references are remembered; a page of thousands of different ones starts afresh. */
    private static final int MEMORY = 4096;
    private static final Reference LITERAL = new Reference(0, "");

    private final boolean inAttribute;
    private final java.util.Map<String, Reference> known = new java.util.HashMap<>();

    /** @param inAttribute whether the text is an attribute value (alt text) rather than element text */
    HtmlCharacterReferences(boolean inAttribute) {
        this.inAttribute = inAttribute;
    }

    @Override
    public Reference at(String source, int at, int limit) {
        if (source.charAt(at) != '&' || at + 1 >= limit) {
            return null;
        }
        boolean numeric = source.charAt(at + 1) == '#';
        boolean hex = numeric && at + 2 < limit && (source.charAt(at + 2) == 'x' || source.charAt(at + 2) == 'X');
        int runStart = at + (hex ? 3 : numeric ? 2 : 1);
        // what the tokeniser reads: a number's digits to their end; a name's letters and digits (bounded)
        int runEnd = runStart;
        int maxEnd = numeric ? limit : Math.min(limit, runStart + MAX_NAME);
        while (runEnd < maxEnd && (hex ? isHexDigit(source.charAt(runEnd)) : numeric ? isDigit(source.charAt(runEnd))
                : isDigit(source.charAt(runEnd)) || isAsciiLetter(source.charAt(runEnd)))) {
            runEnd++;
        }
        if (runEnd == runStart) {
            return null;
        }
        // the one character after the run that decides how it is read: a closing ';', or '=' in an attribute
        int window = runEnd < limit && (source.charAt(runEnd) == ';' || source.charAt(runEnd) == '=') ? runEnd + 1
                : runEnd;
        String markup = source.substring(at, window);
        Reference known = this.known.get(markup);
        if (known == null) {
            if (this.known.size() >= MEMORY) {
                this.known.clear();
            }
            known = read(source, at, numeric, runStart, runEnd, window);
            this.known.put(markup, known == null ? LITERAL : known);
        }
        return known == LITERAL ? null : known;
    }

    /** The reference jsoup reads at the start of {@code source[at, window)}, or null. */
    private Reference read(String source, int at, boolean numeric, int runStart, int runEnd, int window) {
        String whole = decode(source, at, window);
        // a number ends with its digits (or its ';'); a name may end early, at a legacy entity (&notit; is "¬it;")
        for (int end = numeric ? runEnd : runStart + 1; end <= window; end++) {
            if (!numeric && !Entities.isNamedEntity(source.substring(runStart, Math.min(end, runEnd)))) {
                continue; // no entity is named so: decoding would keep it (a cheap test before the real one)
            }
            String head = decode(source, at, end);
            if (head.contentEquals(source.subSequence(at, end))) {
                continue; // nothing decoded (yet)
            }
            if (whole.equals(head + decode(source, end, window))) {
                return new Reference(end - at, head);
            }
        }
        return null;
    }

    private String decode(String source, int from, int to) {
        return from >= to ? "" : Parser.unescapeEntities(source.substring(from, to), inAttribute);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}

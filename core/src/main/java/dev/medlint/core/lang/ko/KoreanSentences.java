package dev.medlint.core.lang.ko;

import dev.medlint.core.lang.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Korean sentence ends: 다. 요. 까? ! ~ and runs of them, emoji at the end of a line, and lines of a headline stack or
 * a list that carry no punctuation. As in English, a single wrapped line break inside running prose does not end a
 * sentence: a line ends one only when it ends in a final ending (다, 요, 죠, 까 ...), punctuation or an emoji, is
 * short (a headline or list item), or the next line starts a list item.
 */
final class KoreanSentences {
    private static final String FINAL_PUNCT = ".!?~…。！？";
    private static final Pattern LIST_START = Pattern.compile("^\\s*(?:[-*•·▶▷✔✓☑※◆◇■□●○★☆♥♡]|\\d+[.)]|[①-⑳])");
    private static final Pattern FINAL_ENDING = Pattern.compile("(?:다|요|죠|까|니다|세요|네요|군요|음|함|됨|임|ㅎ+|ㅋ+)[\"'”’)]*$");
    private static final int SHORT_LINE = 30;

    private KoreanSentences() {
    }

    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (FINAL_PUNCT.indexOf(c) >= 0) {
                int j = i;
                while (j < n && (FINAL_PUNCT.indexOf(text.charAt(j)) >= 0 || isCloser(text.charAt(j)))) {
                    j++;
                }
                // "1.5", "A.I." and "제1.2항" are not ends: an end is followed by white space or the end.
                if (j >= n || Character.isWhitespace(text.charAt(j)) || isEmojiAt(text, j)) {
                    int k = j;
                    while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                        k++;
                    }
                    // An emoji after the end mark belongs to the sentence it closes ("오세요~ 😊").
                    j = isEmojiAt(text, k) ? skipEmoji(text, k) : skipEmoji(text, j);
                    add(out, text, start, j);
                    start = skipSpace(text, j);
                    i = start;
                    continue;
                }
                i = j;
                continue;
            }
            if (isEmojiAt(text, i)) {
                int j = skipEmoji(text, i);
                if (j >= n || Character.isWhitespace(text.charAt(j))) {
                    add(out, text, start, j);
                    start = skipSpace(text, j);
                    i = start;
                    continue;
                }
                i = j;
                continue;
            }
            if (c == '\n') {
                String line = text.substring(start, i).strip();
                int lineStart = text.lastIndexOf('\n', i - 1) + 1;
                String thisLine = text.substring(Math.max(lineStart, start), i).strip();
                int nextEnd = text.indexOf('\n', i + 1);
                String next = text.substring(i + 1, nextEnd < 0 ? n : nextEnd);
                if (line.isEmpty() || endsLine(thisLine) || LIST_START.matcher(next).find()) {
                    add(out, text, start, i);
                    start = skipSpace(text, i);
                    i = start;
                    continue;
                }
            }
            i++;
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean endsLine(String line) {
        if (line.isEmpty()) {
            return true;
        }
        int last = line.codePointBefore(line.length());
        return line.length() <= SHORT_LINE || FINAL_ENDING.matcher(line).find() || isEmoji(last)
                || FINAL_PUNCT.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    private static boolean isCloser(char c) {
        return "\"'”’)]」』".indexOf(c) >= 0;
    }

    static boolean isEmoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0xFE0F || cp == 0x200D;
    }

    private static boolean isEmojiAt(String text, int i) {
        return i < text.length() && isEmoji(text.codePointAt(i));
    }

    private static int skipEmoji(String text, int i) {
        while (i < text.length() && isEmoji(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(List<Span> out, String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > start) {
            out.add(new Span(start, e));
        }
    }
}

package dev.medlint.core.yaml;

import java.util.Optional;

/**
 * Finds, before RE2/J compiles a rule regex, the constructs of {@code java.util.regex} that RE2/J refuses (lookaround,
 * backreferences, atomic groups, possessive quantifiers) or would silently read differently ({@code (?U)}, classes
 * inside classes, {@code &&}, {@code \b} next to a Korean letter), so that the officer gets the position and what to
 * write instead rather than a parser message or a rule that quietly stops matching.
 */
final class Re2Syntax {
    /** A construct at a character index of the pattern, with the reason and the replacement. */
    record Problem(int index, String reason) {
    }

    private static final String WHY = " (rule regexes run on RE2/J, which matches in time linear in the text and "
            + "has no ";

    private Re2Syntax() {
    }

    /**
     * RE2/J folds case by walking each character's orbit of case variants until it comes back; for U+1C80..U+1C88
     * (Cyrillic letter variants) the JDK's case tables never lead back, and compiling a case-insensitive pattern
     * that contains them, or a class range over them, never ends. Found by fuzzing the rule-pack loader.
     */
    private static final int UNFOLDABLE_FIRST = 0x1C80;
    private static final int UNFOLDABLE_LAST = 0x1C88;

    static Optional<Problem> check(String p) {
        Optional<Problem> unfoldable = unfoldable(p);
        if (unfoldable.isPresent()) {
            return unfoldable;
        }
        return constructs(p);
    }

    /** A character, a {@code \x{...}} escape or a class range that covers U+1C80..U+1C88. */
    private static Optional<Problem> unfoldable(String p) {
        int previous = -1; // the code point just before, when it may start a range of a class
        boolean inClass = false;
        int classStart = -1;
        for (int i = 0; i < p.length(); ) {
            int c = p.codePointAt(i);
            if (!inClass && c == '[') {
                inClass = true;
                classStart = i;
                previous = -1;
                i++;
                continue;
            }
            if (inClass && c == '^' && i == classStart + 1) {
                i++;
                continue;
            }
            if (inClass && c == ']' && i > classStart + 1 && !(i == classStart + 2 && p.charAt(classStart + 1) == '^')) {
                inClass = false;
                previous = -1;
                i++;
                continue;
            }
            int value = c;
            int next = i + Character.charCount(c);
            if (c == '\\' && next < p.length()) {
                char n = p.charAt(next);
                if (n == 'x' && next + 1 < p.length() && p.charAt(next + 1) == '{') {
                    int close = p.indexOf('}', next + 2);
                    value = close < 0 ? -1 : hex(p.substring(next + 2, close));
                    next = close < 0 ? p.length() : close + 1;
                } else if (n == 'x' && next + 2 < p.length()) {
                    value = hex(p.substring(next + 1, next + 3));
                    next += 3;
                } else {
                    value = Character.isLetterOrDigit(n) ? -1 : n;
                    next++;
                }
            } else if (inClass && c == '-' && previous >= 0 && next < p.length() && p.charAt(next) != ']') {
                int hiAt = next;
                int hi = p.codePointAt(hiAt);
                if (hi == '\\' && hiAt + 2 < p.length() && p.charAt(hiAt + 1) == 'x' && p.charAt(hiAt + 2) == '{') {
                    int close = p.indexOf('}', hiAt + 3);
                    hi = close < 0 ? -1 : hex(p.substring(hiAt + 3, close));
                }
                if (hi >= 0 && previous <= UNFOLDABLE_LAST && hi >= UNFOLDABLE_FIRST) {
                    return unfoldableAt(i);
                }
            }
            if (value >= UNFOLDABLE_FIRST && value <= UNFOLDABLE_LAST) {
                return unfoldableAt(i);
            }
            previous = c == '-' ? -1 : value;
            i = next;
        }
        return Optional.empty();
    }

    private static int hex(String digits) {
        try {
            return Integer.parseInt(digits, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Optional<Problem> unfoldableAt(int index) {
        return problem(index, "U+1C80..U+1C88 (Cyrillic letter variants) cannot be matched case-insensitively by "
                + "RE2/J, whose case folding never finishes for them; leave them out, e.g. end a range at \\x{1C7F} "
                + "and start the next at \\x{1C89}");
    }

    private static Optional<Problem> constructs(String p) {
        boolean inClass = false;
        int classStart = -1;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                if (i + 1 >= p.length()) {
                    return Optional.empty(); // RE2/J reports the trailing backslash
                }
                char n = p.charAt(i + 1);
                if (n == 'Q') { // \Q...\E quotes everything up to \E
                    int e = p.indexOf("\\E", i + 2);
                    i = e < 0 ? p.length() : e + 1;
                    continue;
                }
                if (!inClass && n >= '1' && n <= '9') {
                    return problem(i, "backreference '\\" + n + "' is not supported" + WHY + "backreferences); "
                            + "write the repeated text out, or list the alternatives with '|'");
                }
                if (!inClass && n == 'k' && i + 2 < p.length() && p.charAt(i + 2) == '<') {
                    return problem(i, "named backreference '\\k<' is not supported" + WHY + "backreferences); "
                            + "write the repeated text out");
                }
                if (!inClass && (n == 'b' || n == 'B')) {
                    boolean before = i > 0 && nonAsciiLetter(p.charAt(i - 1)) && (i < 2 || p.charAt(i - 2) != '\\');
                    boolean after = i + 2 < p.length() && nonAsciiLetter(p.charAt(i + 2));
                    if (before || after) {
                        return problem(i, "'\\" + n + "' next to '" + p.charAt(before ? i - 1 : i + 2) + "' never "
                                + "works as meant: in RE2/J a word boundary sees only ASCII letters, digits and '_', "
                                + "and Korean words fuse with their particles anyway; drop the '\\" + n + "', or use "
                                + "'not-preceded-by:' / 'not-followed-by:' with '\\p{L}'");
                    }
                }
                if ((n == 'p' || n == 'P' || n == 'x') && i + 2 < p.length() && p.charAt(i + 2) == '{') {
                    int e = p.indexOf('}', i + 3);
                    i = e < 0 ? p.length() : e; // \p{L}, \x{AC00}: the braces are not a repetition
                    continue;
                }
                i++;
                continue;
            }
            if (inClass) {
                if (c == '[' && i + 1 < p.length() && p.charAt(i + 1) == ':') {
                    int e = p.indexOf(":]", i + 2);
                    i = e < 0 ? i : e + 1; // [:alpha:] is a POSIX class, which RE2/J has
                } else if (c == '[') {
                    return problem(i, "a character class inside a class ('[a[b]]') is Java-only: RE2/J reads the "
                            + "inner '[' as a plain character; write one class, e.g. '[ab]'");
                } else if (c == '&' && i + 1 < p.length() && p.charAt(i + 1) == '&') {
                    return problem(i, "class intersection '&&' is Java-only: RE2/J reads it as the character '&'; "
                            + "list the characters you mean");
                } else if (c == ']' && i > classStart + 1 && !(i == classStart + 2 && p.charAt(classStart + 1) == '^')) {
                    inClass = false;
                }
                continue;
            }
            if (c == '[') {
                inClass = true;
                classStart = i;
            } else if (c == '(' && i + 1 < p.length() && p.charAt(i + 1) == '?') {
                String rest = p.substring(i + 2, Math.min(p.length(), i + 4));
                if (rest.startsWith("=")) {
                    return problem(i, "lookahead '(?=' is not supported" + WHY + "lookaround); put the text in the "
                            + "match itself, or use 'not-followed-by:' with what must not come next");
                } else if (rest.startsWith("!")) {
                    return problem(i, "negative lookahead '(?!' is not supported" + WHY + "lookaround); use "
                            + "'not-followed-by:' on the match item");
                } else if (rest.startsWith("<=")) {
                    return problem(i, "lookbehind '(?<=' is not supported" + WHY + "lookaround); put the text in the "
                            + "match itself, or use 'not-preceded-by:' with what must not come before");
                } else if (rest.startsWith("<!")) {
                    return problem(i, "negative lookbehind '(?<!' is not supported" + WHY + "lookaround); use "
                            + "'not-preceded-by:' on the match item");
                } else if (rest.startsWith(">")) {
                    return problem(i, "atomic group '(?>' is not supported" + WHY + "backtracking to prevent); use a "
                            + "plain group '(?:'");
                }
                int end = i + 2;
                while (end < p.length() && Character.isLetter(p.charAt(end)) || end < p.length() && p.charAt(end) == '-') {
                    if (p.charAt(end) == 'U') {
                        return problem(i, "the flag 'U' means ungreedy in RE2/J, not Unicode classes as in Java; "
                                + "remove it ('\\p{L}' matches any letter, and 'regex' is already case-insensitive "
                                + "for every script)");
                    }
                    end++;
                }
            } else if ((c == '*' || c == '+' || c == '?' || c == '}') && i + 1 < p.length() && p.charAt(i + 1) == '+'
                    && !(c == '?' && i > 0 && p.charAt(i - 1) == '(')) {
                return problem(i + 1, "possessive quantifier '" + c + "+' is not supported" + WHY
                        + "backtracking to prevent); write '" + c + "' alone");
            }
        }
        return Optional.empty();
    }

    private static boolean nonAsciiLetter(char c) {
        return c > 127 && Character.isLetter(c);
    }

    private static Optional<Problem> problem(int index, String reason) {
        return Optional.of(new Problem(index, reason));
    }
}

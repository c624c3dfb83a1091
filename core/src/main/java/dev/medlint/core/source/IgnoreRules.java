package dev.medlint.core.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns of one {@code .medlintignore} file, in gitignore syntax (gitignore(5)), relative to the folder the
 * file is in:
 * <ul>
 * <li>blank lines and lines starting with {@code #} are skipped; {@code \#} and {@code \!} start a pattern with
 * that character; trailing spaces are dropped unless escaped ({@code \ });</li>
 * <li>{@code !} re-includes what an earlier pattern left out; the last pattern that matches a path decides. A file
 * in a folder that is left out cannot be re-included (git never looks inside that folder);</li>
 * <li>a trailing {@code /} matches folders only; a pattern with a {@code /} at the start or in the middle is
 * anchored to the file's folder ({@code /drafts} is only the top-level drafts), one without matches a name at any
 * depth ({@code *.draft.md});</li>
 * <li>{@code *} and {@code ?} never match {@code /}; {@code [a-z]} and {@code [!a-z]} are character classes;
 * {@code **}{@code /x} is x at any depth, {@code x/**} everything inside x, {@code a/**}{@code /b} zero or more
 * folders between a and b.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class IgnoreRules {
    /** One line of the file. */
    private record Rule(Pattern regex, boolean negated, boolean folderOnly, boolean anchored) {
        boolean matches(String relativePath, String name, boolean isFolder) {
            if (folderOnly && !isFolder) {
                return false;
            }
            return regex.matcher(anchored ? relativePath : name).matches();
        }
    }

    /** What a set of rules says about a path: nothing, leave it out, or keep it (a negated pattern matched). */
    public enum Verdict { NONE, IGNORED, KEPT }

    private final List<Rule> rules;

    private IgnoreRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of a file's text; no line is an error (git reads a pattern it cannot use as never matching). */
    public static IgnoreRules parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\r?\n", -1)) {
            Rule r = rule(raw);
            if (r != null) {
                rules.add(r);
            }
        }
        return new IgnoreRules(rules);
    }

    /** Whether there are no patterns. */
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * The verdict of the last pattern matching a path relative to the file's folder ({@code /} between folders);
     * the folders above the path are not looked at here (see {@link IgnoreFiles}).
     */
    public Verdict verdict(String relativePath, boolean isFolder) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        for (int i = rules.size() - 1; i >= 0; i--) {
            Rule r = rules.get(i);
            if (r.matches(relativePath, name, isFolder)) {
                return r.negated ? Verdict.KEPT : Verdict.IGNORED;
            }
        }
        return Verdict.NONE;
    }

    /** Whether a path is left out, its folders first: a file inside a left-out folder stays out. */
    public boolean ignores(String relativePath, boolean isFolder) {
        int slash = relativePath.indexOf('/');
        while (slash > 0) {
            if (verdict(relativePath.substring(0, slash), true) == Verdict.IGNORED) {
                return true;
            }
            slash = relativePath.indexOf('/', slash + 1);
        }
        return verdict(relativePath, isFolder) == Verdict.IGNORED;
    }

    private static Rule rule(String line) {
        String p = stripTrailingSpaces(line);
        if (p.isEmpty() || p.startsWith("#")) {
            return null;
        }
        boolean negated = p.startsWith("!");
        if (negated) {
            p = p.substring(1);
        }
        boolean folderOnly = p.endsWith("/") && !p.endsWith("\\/");
        if (folderOnly) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty() || p.equals("/")) {
            return null;
        }
        boolean anchored = p.indexOf('/') >= 0;
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        return new Rule(Pattern.compile(anchored ? pathRegex(p) : segmentRegex(p)), negated, folderOnly, anchored);
    }

    /** Trailing spaces go, unless the last one is escaped with a backslash. */
    private static String stripTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ' && !(end > 1 && line.charAt(end - 2) == '\\')) {
            end--;
        }
        return line.substring(0, end);
    }

    /** An anchored pattern: its segments, with the three uses of {@code **} gitignore gives a meaning. */
    private static String pathRegex(String pattern) {
        String[] segments = pattern.split("/", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean first = i == 0;
            boolean last = i == segments.length - 1;
            if (s.equals("**")) {
                if (first && last) {
                    b.append(".*");
                } else if (first) {
                    b.append("(?:.*/)?");
                } else if (last) {
                    b.append("/.*");
                } else {
                    b.append("(?:/.*)?");
                }
                continue;
            }
            boolean afterLeadingStars = i == 1 && segments[0].equals("**");
            if (!first && !afterLeadingStars) {
                b.append('/');
            }
            b.append(segmentRegex(s));
        }
        return b.toString();
    }

    /** One name: {@code *}, {@code ?}, classes and escapes, none of them matching {@code /}. */
    private static String segmentRegex(String glob) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 < glob.length()) {
                        b.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                    }
                }
                case '*' -> b.append("[^/]*");
                case '?' -> b.append("[^/]");
                case '[' -> {
                    int close = classEnd(glob, i);
                    if (close < 0) {
                        b.append("\\[");
                    } else {
                        b.append(characterClass(glob.substring(i + 1, close)));
                        i = close;
                    }
                }
                default -> b.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return b.toString();
    }

    /** The index of the ']' closing the class opened at {@code open} ({@code ]} first in the class is literal). */
    private static int classEnd(String glob, int open) {
        int i = open + 1;
        if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
            i++;
        }
        if (i < glob.length() && glob.charAt(i) == ']') {
            i++;
        }
        while (i < glob.length() && glob.charAt(i) != ']') {
            i++;
        }
        return i < glob.length() ? i : -1;
    }

    /** A class body ({@code a-z}, {@code !a-z}) as a regex matching one character other than {@code /}. */
    private static String characterClass(String body) {
        boolean negated = !body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^');
        StringBuilder members = new StringBuilder();
        for (int i = negated ? 1 : 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean range = c == '-' && members.length() > 0 && i + 1 < body.length();
            if (range) {
                members.append(c);
                continue;
            }
            if (c == '\\' && i + 1 < body.length()) {
                c = body.charAt(++i);
            }
            // letters and digits as they are (a backslash before one would make \d or \w), the rest escaped
            members.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
        }
        return negated ? "(?:(?![" + members + "])[^/])" : "(?:(?!/)[" + members + "])";
    }
}

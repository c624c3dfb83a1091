package dev.medlint.core.config;

import java.util.regex.Pattern;

/**
 * A file pattern of {@code include} or {@code exclude}, matched against a path relative to the configuration
 * file's folder, with {@code /} between folders:
 * <ul>
 * <li>{@code *} any characters except {@code /}; {@code ?} one such character; {@code [abc]} one of them;
 * {@code {md,html}} one of the alternatives;</li>
 * <li>{@code **} any number of folders ({@code **}{@code /*.md} also matches {@code a.md} at the top);</li>
 * <li>a pattern without {@code /} matches a file or folder name at any depth ({@code *.draft.md},
 * {@code drafts});</li>
 * <li>a pattern that matches a folder matches everything in it ({@code drafts} and {@code drafts/} are
 * {@code drafts/**}).</li>
 * </ul>
 */
public final class Glob {
    private final String source;
    private final Pattern regex;
    private final boolean anyDepth;
    private final boolean folderOnly;

    private Glob(String source, Pattern regex, boolean anyDepth, boolean folderOnly) {
        this.source = source;
        this.regex = regex;
        this.anyDepth = anyDepth;
        this.folderOnly = folderOnly;
    }

    /**
     * @throws IllegalArgumentException with the 0-based index of the problem in {@link BadGlob#index()}
     */
    public static Glob compile(String pattern) {
        String p = pattern.strip();
        if (p.isEmpty()) {
            throw new BadGlob("the pattern is empty", 0);
        }
        boolean folderOnly = p.endsWith("/");
        String body = folderOnly ? p.substring(0, p.length() - 1) : p;
        if (body.startsWith("./")) {
            body = body.substring(2);
        }
        if (body.startsWith("/")) {
            body = body.substring(1);
        }
        boolean anyDepth = !body.contains("/");
        return new Glob(pattern, Pattern.compile(toRegex(body, pattern.indexOf(body.isEmpty() ? p : body))),
                anyDepth, folderOnly);
    }

    /** The pattern as written. */
    public String source() {
        return source;
    }

    /** Whether the pattern matches a path ({@code /} between folders) or one of the folders it lies in. */
    public boolean matches(String relativePath) {
        String[] parts = relativePath.split("/");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            boolean isFile = i == parts.length - 1;
            if (i > 0) {
                prefix.append('/');
            }
            prefix.append(parts[i]);
            if (folderOnly && isFile) {
                break;
            }
            String candidate = anyDepth ? parts[i] : prefix.toString();
            if (regex.matcher(candidate).matches()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return source;
    }

    /** A pattern that cannot be compiled; {@link #index()} is where in the pattern the problem is. */
    public static final class BadGlob extends IllegalArgumentException {
        private final int index;

        BadGlob(String message, int index) {
            super(message);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }

    private static String toRegex(String glob, int offset) {
        StringBuilder r = new StringBuilder();
        int braceStart = -1;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                        r.append(slashAfter ? "(?:.*/)?" : ".*");
                        i += slashAfter ? 2 : 1;
                    } else {
                        r.append("[^/]*");
                    }
                }
                case '?' -> r.append("[^/]");
                case '[' -> {
                    int close = glob.indexOf(']', i + 2);
                    if (close < 0) {
                        throw new BadGlob("'[' has no closing ']'", offset + i);
                    }
                    String set = glob.substring(i + 1, close);
                    if (set.startsWith("!")) {
                        set = "^" + set.substring(1);
                    }
                    r.append('[').append(set.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                    i = close;
                }
                case '{' -> {
                    if (braceStart >= 0) {
                        throw new BadGlob("'{' cannot be nested", offset + i);
                    }
                    braceStart = i;
                    r.append("(?:");
                }
                case '}' -> {
                    if (braceStart < 0) {
                        throw new BadGlob("'}' has no opening '{'", offset + i);
                    }
                    braceStart = -1;
                    r.append(')');
                }
                case ',' -> r.append(braceStart >= 0 ? "|" : ",");
                case '\\' -> {
                    if (i + 1 < glob.length()) {
                        r.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                    }
                }
                default -> r.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braceStart >= 0) {
            throw new BadGlob("'{' has no closing '}'", offset + braceStart);
        }
        return r.toString();
    }
}

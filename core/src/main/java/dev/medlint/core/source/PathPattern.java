package dev.medlint.core.source;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * A file pattern (configuration {@code include}/{@code exclude}, the plugin's includes and excludes), matched by the
 * JDK's glob {@link PathMatcher} against a path relative to a base folder, with {@code /} between folders:
 * <ul>
 * <li>{@code *} any characters except {@code /}; {@code ?} one such character; {@code [abc]} one of them
 * ({@code [!abc]} none of them); {@code {md,html}} one of the alternatives;</li>
 * <li>{@code **} any number of folders, none included ({@code **}{@code /*.md} also matches {@code a.md} at the
 * top, {@code posts/**}{@code /a.md} also {@code posts/a.md});</li>
 * <li>a pattern without {@code /} matches a file or folder name at any depth ({@code *.draft.md},
 * {@code drafts}); one that starts with {@code /} or {@code ./} matches from the base folder only
 * ({@code /drafts} is the top folder {@code drafts}, not {@code posts/drafts});</li>
 * <li>a pattern that matches a folder matches everything in it ({@code drafts} and {@code drafts/} are
 * {@code drafts/**}); a pattern ending in {@code /} matches folders only.</li>
 * </ul>
 */
public final class PathPattern {
    private final String source;
    private final List<PathMatcher> matchers;
    private final boolean anyDepth;
    private final boolean folderOnly;

    private PathPattern(String source, List<PathMatcher> matchers, boolean anyDepth, boolean folderOnly) {
        this.source = source;
        this.matchers = matchers;
        this.anyDepth = anyDepth;
        this.folderOnly = folderOnly;
    }

    /** @throws BadPattern with the 0-based index of the problem in the pattern as written */
    public static PathPattern compile(String pattern) {
        return compile(pattern, false);
    }

    /**
     * A pattern matched against the whole relative path even without a {@code /} ({@code *.md} is the articles at
     * the top only), as a shell reads a glob argument.
     *
     * @throws BadPattern with the 0-based index of the problem in the pattern as written
     */
    public static PathPattern anchored(String pattern) {
        return compile(pattern, true);
    }

    private static PathPattern compile(String pattern, boolean anchored) {
        String p = pattern.strip();
        if (p.isEmpty()) {
            throw new BadPattern("the pattern is empty", 0);
        }
        boolean folderOnly = p.endsWith("/");
        String body = folderOnly ? p.substring(0, p.length() - 1) : p;
        // As in .gitignore, a leading "/" (or "./") ties the pattern to the base folder.
        boolean rooted = body.startsWith("./") || body.startsWith("/");
        if (body.startsWith("./")) {
            body = body.substring(2);
        }
        if (body.startsWith("/")) {
            body = body.substring(1);
        }
        int offset = pattern.indexOf(body.isEmpty() ? p : body);
        checkBraces(body, offset);
        List<PathMatcher> matchers = new ArrayList<>();
        for (String variant : variants(body)) {
            try {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
            } catch (PatternSyntaxException e) {
                throw new BadPattern(e.getDescription(), offset + Math.max(0, Math.min(e.getIndex(), body.length())));
            }
        }
        return new PathPattern(pattern, List.copyOf(matchers), !anchored && !rooted && !body.contains("/"),
                folderOnly);
    }

    /** The pattern as written. */
    public String source() {
        return source;
    }

    /** Whether the pattern matches a relative path ({@code /} between folders) or one of the folders it lies in. */
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
            if (candidate.isEmpty()) {
                continue;
            }
            Path path = Path.of(candidate);
            for (PathMatcher m : matchers) {
                if (m.matches(path)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return source;
    }

    /**
     * The JDK's {@code **}{@code /} needs at least one folder; ours matches none too, so each {@code **}{@code /} is
     * also tried left out.
     */
    private static List<String> variants(String glob) {
        List<String> out = new ArrayList<>();
        expand(glob, 0, out);
        return out.stream().distinct().toList();
    }

    private static void expand(String glob, int from, List<String> out) {
        int i = glob.indexOf("**/", from);
        while (i > 0 && glob.charAt(i - 1) != '/') {
            i = glob.indexOf("**/", i + 1);
        }
        if (i < 0 || out.size() >= 16) {
            out.add(glob);
            return;
        }
        expand(glob, i + 3, out);
        expand(glob.substring(0, i) + glob.substring(i + 3), i, out);
    }

    /** Bracket and brace errors the JDK reports at the end of the pattern (or, for a stray '}', not at all). */
    private static void checkBraces(String glob, int offset) {
        int open = -1;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 2);
                if (close < 0) {
                    throw new BadPattern("'[' has no closing ']'", offset + i);
                }
                i = close;
            } else if (c == '{') {
                if (open >= 0) {
                    throw new BadPattern("'{' cannot be nested", offset + i);
                }
                open = i;
            } else if (c == '}') {
                if (open < 0) {
                    throw new BadPattern("'}' has no opening '{'", offset + i);
                }
                open = -1;
            }
        }
        if (open >= 0) {
            throw new BadPattern("'{' has no closing '}'", offset + open);
        }
    }

    /** A pattern that cannot be compiled; {@link #index()} is where in the pattern the problem is. */
    public static final class BadPattern extends IllegalArgumentException {
        private final int index;

        BadPattern(String message, int index) {
            super(message);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }
}

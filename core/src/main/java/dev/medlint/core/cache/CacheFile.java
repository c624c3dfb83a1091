package dev.medlint.core.cache;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.medlint.core.report.Finding;
import java.util.List;
import java.util.Map;

/**
 * The layout of the cache file, one JSON object: {@code medlintCache} (the layout version), {@code tool} (the
 * {@link ToolKey} of the medlint that wrote it) and {@code entries}, one per article. Reading checks every field an
 * entry needs, so a truncated, hand-edited or foreign file is refused as a whole with a one-line reason instead of
 * feeding half an entry to a report.
 */
final class CacheFile {
    /** The version of the layout; a file of another version is ignored with a warning. */
    static final int LAYOUT = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .addMixIn(Finding.class, FindingFields.class)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CacheFile() {
    }

    /** {@link Finding#isDocumentLevel()} is derived, not stored. */
    private abstract static class FindingFields {
        @JsonIgnore
        abstract boolean isDocumentLevel();
    }

    /** The file as a whole. */
    record Content(int medlintCache, String tool, List<Stored> entries) {
    }

    /**
     * One article's entry: its absolute path ({@code file}, which pruning looks for), the path reports name it by,
     * the SHA-256 of its text, the key of the rules and settings that checked it, the findings as the configuration's
     * filters left them (before a baseline and the fail level), and the source lines reports may quote.
     */
    record Stored(String file, String path, String sha256, String rules, List<Finding> findings,
            Map<Integer, String> lines) {
    }

    /** A file that is not a cache this medlint can use, with the reason in a few words. */
    static final class Unusable extends Exception {
        Unusable(String reason) {
            super(reason);
        }
    }

    /** The content of a cache file; {@code null} when it was written by another medlint (no warning needed). */
    static Content parse(byte[] bytes, String tool) throws Unusable {
        Content c;
        try {
            c = MAPPER.readValue(bytes, Content.class);
        } catch (JsonProcessingException e) {
            throw new Unusable("not a medlint cache (" + e.getOriginalMessage().lines().findFirst().orElse("invalid JSON")
                    + ")");
        } catch (java.io.IOException e) {
            throw new Unusable("unreadable (" + e.getMessage() + ")");
        }
        if (c == null || c.medlintCache() == 0) {
            throw new Unusable("not a medlint cache (no 'medlintCache' layout version)");
        }
        if (c.medlintCache() != LAYOUT) {
            throw new Unusable("written in layout " + c.medlintCache() + ", this medlint reads layout " + LAYOUT);
        }
        if (c.tool() != null && !tool.equals(c.tool())) {
            return null; // another medlint version, models or code: every entry is stale, which is no error
        }
        if (c.tool() == null || c.entries() == null) {
            throw new Unusable("not a medlint cache (no 'tool' or 'entries')");
        }
        for (Stored s : c.entries()) {
            check(s);
        }
        return c;
    }

    private static void check(Stored s) throws Unusable {
        if (s == null || s.file() == null || s.path() == null || s.sha256() == null || s.rules() == null
                || s.findings() == null || s.lines() == null) {
            throw new Unusable("damaged (an entry lacks a field)");
        }
        for (Finding f : s.findings()) {
            if (f == null || f.path() == null || f.ruleId() == null || f.category() == null || f.severity() == null
                    || f.message() == null || f.law() == null || f.match() == null || f.suggestion() == null
                    || f.pack() == null || f.fingerprint() == null || f.line() < 1 || f.column() < 1) {
                throw new Unusable("damaged (a finding of " + s.path() + " lacks a field)");
            }
        }
        for (String line : s.lines().values()) {
            if (line == null) {
                throw new Unusable("damaged (a quoted line of " + s.path() + " is null)");
            }
        }
    }

    static byte[] render(Content c) {
        try {
            return MAPPER.writeValueAsBytes(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the cache: " + e.getOriginalMessage(), e);
        }
    }
}

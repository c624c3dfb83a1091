package dev.medlint.core.analysis;

import dev.medlint.core.report.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Stamps each finding with its content fingerprint: SHA-256 over the rule id, the path and the normalised sentence
 * around the match (the matched text with its neighbourhood up to the sentence ends), never a line number or offset.
 * So moving or editing another paragraph keeps a finding's fingerprint, and editing the offending sentence changes
 * it. A finding about the whole article is fingerprinted by rule and path alone. The baseline and SARIF's
 * {@code partialFingerprints} read it.
 */
public final class FingerprintFilter implements FindingFilter {
    /** How far a sentence is followed in each direction before it is cut (long run-ons, lists without stops). */
    private static final int REACH = 300;

    @Override
    public List<Finding> apply(DocumentContext document, List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(f.withFingerprint(of(f, document.source())));
        }
        return out;
    }

    /** The fingerprint of a finding in an article's source text. */
    public static String of(Finding f, String source) {
        String context = f.isDocumentLevel() || f.offset() < 0 ? "(document)" : sentence(source, f.offset(),
                f.endOffset()) + "\u0000" + normalise(f.match());
        return sha256(f.ruleId() + "\u0000" + f.path() + "\u0000" + context);
    }

    /** The normalised text from the sentence start before {@code from} to the sentence end after {@code to}. */
    static String sentence(String s, int from, int to) {
        int a = Math.max(0, Math.min(from, s.length()));
        int limit = Math.max(0, a - REACH);
        while (a > limit && !endsSentence(s, a - 1)) {
            a--;
        }
        int z = Math.max(a, Math.min(to, s.length()));
        int stop = Math.min(s.length(), z + REACH);
        while (z < stop && !endsSentence(s, z)) {
            z++;
        }
        return normalise(s.substring(a, Math.min(s.length(), z + 1)));
    }

    /** A full stop, question or exclamation mark followed by a space, or a blank line. */
    private static boolean endsSentence(String s, int i) {
        char c = s.charAt(i);
        boolean nextBlank = i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1));
        if ((c == '.' || c == '!' || c == '?' || c == '\u3002') && nextBlank) {
            return true;
        }
        return c == '\n' && i + 1 < s.length() && (s.charAt(i + 1) == '\n' || s.charAt(i + 1) == '\r');
    }

    /** NFC, blanks collapsed, lower case: re-wrapping a paragraph or changing its indentation changes nothing. */
    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}

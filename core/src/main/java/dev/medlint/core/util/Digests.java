package dev.medlint.core.util;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests of texts, as reports record articles, rule files and configurations. */
public final class Digests {
    /** Texts up to this many characters are encoded at once; longer ones through a small buffer. */
    private static final int WHOLE_BELOW = 1 << 16;

    private Digests() {
    }

    /**
     * The SHA-256 of the text's UTF-8 bytes (an unpaired surrogate as '?', as {@link String#getBytes} writes it),
     * in lower-case hex. A long text is encoded piecewise: a 50 MB article's bytes would otherwise be allocated
     * again, up to three times its length, just to be hashed.
     */
    public static String sha256(String text) {
        if (text.length() < WHOLE_BELOW) {
            return sha256(text.getBytes(StandardCharsets.UTF_8));
        }
        MessageDigest d = sha256();
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(new byte[] {'?'});
        CharBuffer in = CharBuffer.wrap(text);
        ByteBuffer out = ByteBuffer.allocate(WHOLE_BELOW);
        CoderResult r;
        do {
            r = encoder.encode(in, out, true);
            drain(out, d);
        } while (r.isOverflow());
        while (encoder.flush(out).isOverflow()) {
            drain(out, d);
        }
        drain(out, d);
        return HexFormat.of().formatHex(d.digest());
    }

    /** The SHA-256 of some bytes, in lower-case hex. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static void drain(ByteBuffer out, MessageDigest d) {
        out.flip();
        d.update(out);
        out.clear();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}

package dev.medlint.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import dev.medlint.core.util.RegularFiles;

/**
 * Reads articles as strict UTF-8. Refuses binary files, invalid UTF-8 (naming the line and column of the first bad
 * byte), empty files and files over the size limit, each with a one-line reason.
 */
public final class SourceReader {
    /**
     * Default largest article read (256 MB): above any real article or archive export, below what a default heap
     * can hold once the text is analysed.
     */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    private final long maxBytes;

    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public SourceReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The largest article read, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** A byte count for people: "12 MB", "300 KB", "17 bytes" (binary units, rounded down). */
    public static String size(long bytes) {
        if (bytes >= 1024L * 1024 * 1024 && bytes % (1024L * 1024 * 1024) == 0) {
            return bytes / (1024L * 1024 * 1024) + " GB";
        }
        if (bytes >= 1024L * 1024) {
            return bytes / (1024L * 1024) + " MB";
        }
        if (bytes >= 1024) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    private String tooLarge(long size) {
        return "file is too large (" + size + " bytes; the limit is " + maxBytes + " bytes = " + size(maxBytes)
                + ", set by max-file-size)";
    }

    /** Reads a file; {@code displayPath} is the name used in findings and errors. */
    public SourceDocument read(Path file, String displayPath, Format format) throws InputException {
        byte[] bytes;
        try {
            // The size first, so the message names the limit and how to raise it; then a bounded read that also
            // refuses FIFOs, devices and files that grow while being read.
            long size = Files.isRegularFile(file) ? Files.size(file) : 0;
            if (size > maxBytes) {
                throw new InputException(displayPath, tooLarge(size));
            }
            bytes = RegularFiles.read(file, maxBytes, "file");
        } catch (NoSuchFileException e) {
            throw new InputException(displayPath, "no such file");
        } catch (RegularFiles.Unreadable e) {
            throw new InputException(displayPath, e.getMessage());
        } catch (IOException e) {
            throw new InputException(displayPath, "cannot read file: " + RegularFiles.reason(e));
        }
        return decode(bytes, displayPath, format);
    }

    /** Reads a whole stream (stdin) with the same checks. */
    public SourceDocument read(InputStream in, String displayPath, Format format) throws InputException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new InputException(displayPath, "cannot read input: " + e.getMessage());
        }
        if (bytes.length > maxBytes) {
            throw new InputException(displayPath, "input is too large (the limit is " + maxBytes + " bytes)");
        }
        return decode(bytes, displayPath, format);
    }

    /** Decodes bytes already in memory with the same checks. */
    public SourceDocument decode(byte[] bytes, String displayPath, Format format) throws InputException {
        if (bytes.length > maxBytes) {
            throw new InputException(displayPath, "input is too large (the limit is " + maxBytes + " bytes)");
        }
        String utf16 = utf16(bytes);
        if (utf16 != null) {
            throw new InputException(displayPath, "UTF-16 text (" + utf16 + "), not UTF-8; convert it, e.g. "
                    + "'iconv -f UTF-16 -t UTF-8 FILE > FILE.new' or save it as UTF-8 in the editor");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int[] lc = lineColumnOfByte(bytes, i);
                throw new InputException(displayPath, lc[0], lc[1], "binary file (NUL byte); not an article");
            }
        }
        String text = strictUtf8(bytes, displayPath);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputException(displayPath, "empty file: there is no text to check");
        }
        return new SourceDocument(displayPath, format, text);
    }

    /**
     * "little-endian" or "big-endian" when the bytes look like UTF-16 (a byte order mark, or a NUL in every other
     * byte of the start, as ASCII and Latin text saved as UTF-16 has), else null; such files would otherwise be
     * called binary.
     */
    private static String utf16(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return "little-endian";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return "big-endian";
        }
        int n = Math.min(b.length, 512) & ~1;
        if (n < 8) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += b[i] == 0 ? 1 : 0;
            oddNul += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddNul * 10 >= pairs * 9 && evenNul == 0) {
            return "little-endian";
        }
        if (evenNul * 10 >= pairs * 9 && oddNul == 0) {
            return "big-endian";
        }
        return null;
    }

    /**
     * Validates in small chunks and then builds the string once, so a large file costs its bytes and its string,
     * not a second full-size character buffer as well.
     */
    private static String strictUtf8(byte[] bytes, String displayPath) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int[] lc = lineColumnOfByte(bytes, in.position());
                throw new InputException(displayPath, lc[0], lc[1],
                        String.format("invalid UTF-8 (byte 0x%02X); save the file as UTF-8",
                                bytes[in.position()] & 0xFF));
            }
            out.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        try {
            CoderResult result = decoder.flush(out);
            if (result.isError()) {
                result.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new InputException(displayPath, "invalid UTF-8 at end of file; save the file as UTF-8");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Line and column (code points, 1-based) of a byte offset, counting only valid UTF-8 before it. */
    private static int[] lineColumnOfByte(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\n') {
                line++;
                column = 1;
            } else if (b == '\r') {
                if (i + 1 < offset && bytes[i + 1] == '\n') {
                    continue;
                }
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
        }
        if (offset >= 3 && line == 1 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            column--;
        }
        return new int[] {line, column};
    }
}

package dev.medlint.core.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads files the way every input of medlint must be read: only regular files (a named pipe would block the run, a
 * device such as /dev/zero would never end), never more than a limit (checked before reading and again while
 * reading, as a file may grow), with a reason a user can act on when it fails.
 */
public final class RegularFiles {
    private RegularFiles() {
    }

    /** A file that cannot be read; the message is a reason fit to follow "path: " on one line. */
    public static final class Unreadable extends IOException {
        public Unreadable(String reason) {
            super(reason);
        }
    }

    /**
     * The bytes of a regular file of at most {@code limit} bytes.
     *
     * @param what how the file is called in the too-large message ("rule file", "configuration file")
     * @throws NoSuchFileException when it does not exist
     * @throws Unreadable          when it is not a regular file, is too large, or cannot be read (with the reason)
     */
    public static byte[] read(Path file, long limit, String what) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(file)) {
                throw new Unreadable("dangling symbolic link (it points to " + Files.readSymbolicLink(file) + ")");
            }
            throw e;
        } catch (IOException e) {
            throw new Unreadable("cannot read: " + reason(e));
        }
        if (attrs.isDirectory()) {
            throw new Unreadable("is a folder, not a file");
        }
        if (!attrs.isRegularFile()) {
            throw new Unreadable("is " + kind(file) + ", not a regular file; medlint reads only regular files");
        }
        if (attrs.size() > limit) {
            throw new Unreadable(tooLarge(what, attrs.size() + " bytes", limit));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new Unreadable(tooLarge(what, "more than " + limit + " bytes", limit));
            }
            return bytes;
        } catch (Unreadable e) {
            throw e;
        } catch (IOException e) {
            throw new Unreadable("cannot read: " + reason(e));
        }
    }

    /** As {@link #read}, decoded as strict UTF-8 (a {@link java.nio.charset.MalformedInputException} otherwise). */
    public static String readUtf8(Path file, long limit, String what) throws IOException {
        byte[] bytes = read(file, limit, what);
        return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    private static String tooLarge(String what, String size, long limit) {
        return what + " is too large (" + size + "; the limit is " + limit + " bytes)";
    }

    /**
     * What kind of file system entry a path is, as a message says it ("a named pipe (FIFO)", "a character
     * device", ...), following links.
     */
    public static String kind(Path file) {
        if (Files.isDirectory(file)) {
            return "a folder";
        }
        if (Files.isRegularFile(file)) {
            return "a regular file";
        }
        try {
            // The "unix" view is there on Linux and macOS; elsewhere the generic answer below is given.
            Object mode = Files.getAttribute(file, "unix:mode");
            if (mode instanceof Integer m) {
                switch (m & 0170000) {
                    case 0010000: return "a named pipe (FIFO)";
                    case 0020000: return "a character device";
                    case 0060000: return "a block device";
                    case 0140000: return "a socket";
                    default: break;
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // fall through
        }
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            return "a dangling symbolic link";
        }
        return "a special file";
    }

    /** Whether a path (links followed) is a named pipe, which blocks whoever opens it until the other end does. */
    public static boolean isFifo(Path file) {
        return kind(file).startsWith("a named pipe");
    }

    /** NIO exceptions often carry only the path as their message; say what went wrong instead. */
    public static String reason(IOException e) {
        if (e instanceof Unreadable) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

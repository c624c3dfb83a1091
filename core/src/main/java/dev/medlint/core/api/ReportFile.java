package dev.medlint.core.api;

import dev.medlint.core.source.Format;
import dev.medlint.core.util.RegularFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A file a report (or baseline) is written to, checked before the run so that writing it can never destroy an
 * article or a special file: an existing article that is not a medlint report, a named pipe, a socket or a block
 * device is refused; a symbolic link is followed (the file it points to is replaced, the link stays); a character
 * device or a standard stream ({@code /dev/stdout}, {@code /dev/null}) is written through, never replaced. Regular
 * files are replaced atomically: a temporary file in the same folder, then a rename, the temporary file removed
 * whatever happens (also when the JVM is stopped by SIGTERM).
 */
public final class ReportFile {
    /** The last line of a text report, as {@code TextReporter.summary} writes it. */
    private static final Pattern TEXT_SUMMARY = Pattern.compile(
            "(?:No problems found in \\d+ articles?|\\d+ (?:errors?|warnings?|infos?)\\b.* articles?)\\.\\s*\\z");
    /** How much of the start of an existing file is read to recognise a medlint report. */
    private static final int HEAD = 8192;

    private final Path requested;
    private final String display;
    private final Path target;
    private final boolean through;

    private ReportFile(Path requested, String display, Path target, boolean through) {
        this.requested = requested;
        this.display = display;
        this.target = target;
        this.through = through;
    }

    /** Why a file operation failed, in words fit to follow "path: " (NIO messages often name only the path). */
    public static String reason(IOException e) {
        return RegularFiles.reason(e);
    }

    /**
     * Checks where a report may go.
     *
     * @param display how the path is named in messages
     * @throws EngineException with a one-line {@code display: reason} when writing there would replace an article,
     *                         a folder or a special file
     */
    public static ReportFile at(Path file, String display) throws EngineException {
        Path abs = file.toAbsolutePath().normalize();
        String s = abs.toString().replace('\\', '/');
        if (s.startsWith("/dev/") || s.startsWith("/proc/")) {
            // /dev/stdout is a link to a pipe, a terminal or a file already open; /dev/null and /dev/full devices.
            if (!Files.exists(abs)) {
                throw new EngineException(display + ": no such device");
            }
            if (Files.isDirectory(abs)) {
                throw new EngineException(display + ": is a folder, not a file");
            }
            return new ReportFile(file, display, abs, true);
        }
        Path target = abs;
        if (Files.isSymbolicLink(abs)) {
            try {
                target = abs.toRealPath();
            } catch (NoSuchFileException e) {
                throw new EngineException(display + ": is a dangling symbolic link; medlint does not replace links: "
                        + "name the report file itself");
            } catch (IOException e) {
                throw new EngineException(display + ": cannot follow the symbolic link: " + RegularFiles.reason(e));
            }
        }
        if (!Files.exists(target)) {
            return new ReportFile(file, display, target, false);
        }
        if (Files.isDirectory(target)) {
            throw new EngineException(display + ": is a folder, not a file");
        }
        if (!Files.isRegularFile(target)) {
            String kind = RegularFiles.kind(target);
            if (kind.equals("a character device")) {
                return new ReportFile(file, display, target, true);
            }
            throw new EngineException(display + ": is " + kind + "; medlint writes reports only to regular files "
                    + "(leave out the option to write to standard output)");
        }
        if (Format.forFileName(target.getFileName().toString()).isPresent() && !isEmpty(target)
                && !isReport(target)) {
            throw new EngineException(display + ": is an article, not a medlint report; medlint never replaces an "
                    + "article with a report: choose another report file");
        }
        return new ReportFile(file, display, target, false);
    }

    /** The path as requested (what a run over its folder leaves out, so medlint never checks its own report). */
    public Path path() {
        return requested;
    }

    public String display() {
        return display;
    }

    /** Whether the report is written through to a device or stream rather than replacing a file. */
    public boolean writesThrough() {
        return through;
    }

    /** Whether this is the same file as {@code other} (links followed); false when either does not exist. */
    public boolean isSameFile(Path other) {
        try {
            return Files.exists(target) && Files.exists(other) && Files.isSameFile(target, other);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Removes the report of an earlier run, so a run that fails before writing leaves no stale report behind (a
     * device or stream is left alone).
     */
    public void discardOld() throws IOException {
        if (!through) {
            Files.deleteIfExists(target);
        }
    }

    /** Writes the content as UTF-8; the message of the exception is a reason fit to follow "path: ". */
    public void write(String content) throws IOException {
        if (through) {
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                out.write(content.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IOException(RegularFiles.reason(e), e);
            }
            return;
        }
        Path dir = target.getParent();
        if (dir == null) {
            throw new IOException("the folder of " + target + " does not exist");
        }
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new IOException("cannot create the folder " + dir + ": " + RegularFiles.reason(e), e);
            }
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new IOException("cannot create a file in " + dir + ": " + RegularFiles.reason(e), e);
        }
        TempFiles.register(tmp);
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            copyPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException(RegularFiles.reason(e), e);
        } finally {
            Files.deleteIfExists(tmp);
            TempFiles.unregister(tmp);
        }
    }

    /** The temporary file is private (0600); give the report the target's permissions, or the usual rw-r--r--. */
    private static void copyPermissions(Path target, Path tmp) {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            Set<PosixFilePermission> perms = Files.exists(target)
                    ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            view.setPermissions(perms);
        } catch (IOException | UnsupportedOperationException e) {
            // keep the temporary file's permissions
        }
    }

    /** An empty file holds no article to lose (medlint would refuse it as one). */
    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether an existing file is a report medlint wrote: the machine formats name the tool near their start, the
     * text and GitHub formats end with the summary line.
     */
    static boolean isReport(Path file) {
        try {
            String head;
            try (InputStream in = Files.newInputStream(file)) {
                head = new String(in.readNBytes(HEAD), StandardCharsets.UTF_8);
            }
            if (head.contains("\"medlint\"") || head.contains("<title>medlint report</title>")
                    || head.contains("<checkstyle") || head.contains("title=medlint")) {
                return true;
            }
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                long len = raf.length();
                byte[] tail = new byte[(int) Math.min(len, 512)];
                raf.seek(len - tail.length);
                raf.readFully(tail);
                return TEXT_SUMMARY.matcher(new String(tail, StandardCharsets.UTF_8)).find();
            }
        } catch (IOException e) {
            return false;
        }
    }
}

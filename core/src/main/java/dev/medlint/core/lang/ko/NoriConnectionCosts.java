package dev.medlint.core.lang.ko;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.lucene.analysis.ko.dict.ConnectionCosts;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.ByteArrayDataInput;

/**
 * Nori's connection-cost table, read from the file Nori ships (the same bytes, the same values) in a fraction of the
 * time {@link ConnectionCosts#getInstance()} takes. Lucene decodes its ten million variable-length numbers one
 * byte at a time through a synchronized {@code BufferedInputStream.read()}, which made this load the longest part of
 * a small Korean check's start (about 0.37 s of 1 s); decoding from one array takes a fifth of that. Lucene has no
 * way to hand it a decoded table, so the table is set into an empty instance by reflection. Should that ever fail
 * (another Lucene version, a module system that closes the package, a file of another format), Nori's own loader
 * is used, so the answer never depends on this shortcut.
 */
final class NoriConnectionCosts {
    private NoriConnectionCosts() {
    }

    /** The table, loaded once per process (holder idiom: the first caller loads, the others wait). */
    static ConnectionCosts get() {
        return Holder.COSTS;
    }

    private static final class Holder {
        static final ConnectionCosts COSTS = load();
    }

    private static ConnectionCosts load() {
        try {
            return decode();
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            return ConnectionCosts.getInstance();
        }
    }

    /** Decodes the table as Lucene's constructor does: a header, the two sizes, then zig-zag deltas in order. */
    static ConnectionCosts decode() throws IOException, ReflectiveOperationException {
        byte[] file = resource("ConnectionCosts.dat");
        ByteArrayDataInput header = new ByteArrayDataInput(file);
        CodecUtil.checkHeader(header, ConnectionCosts.HEADER, ConnectionCosts.VERSION, ConnectionCosts.VERSION);
        int headerLength = header.getPosition();
        int forwardSize = header.readVInt();
        int backwardSize = header.readVInt();
        int size = Math.multiplyExact(forwardSize, backwardSize);
        // Written into an array, not with ByteBuffer.putShort: a check runs on C1 only, which calls putShort for
        // each of the ten million values instead of inlining it (0.2 s against 0.1 s).
        byte[] table = new byte[Math.multiplyExact(size, 2)];
        int p = header.getPosition();
        int accumulated = 0;
        for (int i = 0, o = 0; i < size; i++, o += 2) {
            int b = file[p++];
            int v = b & 0x7f;
            for (int shift = 7; b < 0; shift += 7) {
                b = file[p++];
                v |= (b & 0x7f) << shift;
            }
            accumulated += (v >>> 1) ^ -(v & 1);
            table[o] = (byte) (accumulated >> 8); // big-endian, the order of Lucene's buffer
            table[o + 1] = (byte) accumulated;
        }
        if (p != file.length) {
            throw new IOException("ConnectionCosts.dat has " + (file.length - p) + " bytes after the table");
        }
        ConnectionCosts costs = empty(Arrays.copyOf(file, headerLength));
        set(costs, "buffer", ByteBuffer.wrap(table).asReadOnlyBuffer());
        set(costs, "forwardSize", forwardSize);
        return costs;
    }

    /**
     * The bytes of one of Nori's resources, read into an array of the entry's size: reading to the end into a
     * growing buffer copies the eleven megabytes of the costs several times and took twice as long.
     */
    private static byte[] resource(String name) throws IOException {
        URL url = ConnectionCosts.class.getResource(name);
        if (url == null) {
            throw new IOException(name + " is missing");
        }
        URLConnection connection = url.openConnection();
        long length = connection.getContentLengthLong();
        try (InputStream in = connection.getInputStream()) {
            if (length < 0 || length > Integer.MAX_VALUE - 8) {
                return in.readAllBytes();
            }
            byte[] bytes = new byte[(int) length];
            if (in.readNBytes(bytes, 0, bytes.length) != bytes.length || in.read() != -1) {
                throw new IOException(name + " is not " + length + " bytes long");
            }
            return bytes;
        }
    }

    /** An instance built by Lucene's own constructor from a table of no entries: the file's header, sizes 0 and 0. */
    private static ConnectionCosts empty(byte[] header) throws IOException {
        byte[] bytes = Arrays.copyOf(header, header.length + 2); // two VInts of 0
        URL url = new URL(null, "medlint-nori:connection-costs", new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL u) {
                return new URLConnection(u) {
                    @Override
                    public void connect() {
                    }

                    @Override
                    public InputStream getInputStream() {
                        return new ByteArrayInputStream(bytes);
                    }
                };
            }
        });
        return new ConnectionCosts(url);
    }

    private static void set(ConnectionCosts costs, String name, Object value) throws ReflectiveOperationException {
        Field f = ConnectionCosts.class.getDeclaredField(name);
        f.setAccessible(true);
        f.set(costs, value);
    }
}

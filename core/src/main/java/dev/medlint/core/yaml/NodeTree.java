package dev.medlint.core.yaml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A composed YAML document in a compact binary form, which the build writes beside each bundled rule pack and the
 * loader reads instead of parsing the YAML: SnakeYAML's scanner, still interpreted at start-up, took about a fifth
 * of a small check, while this is read in a few milliseconds. It keeps what the loaders look at: each node's kind,
 * tag, scalar value and style, flow style, and where it starts and ends. It holds the length and CRC-32 of the YAML
 * text it was composed from, so a reader given other text (a pack edited since the build) is told to parse instead,
 * and that text's SHA-256, which a pack's digest (the cache key) is made of: hashing the packs cold had cost a small
 * check about 50 ms.
 */
public final class NodeTree {
    private static final int MAGIC = 0x4d4c4e54; // "MLNT"
    private static final int VERSION = 2;
    private static final int SCALAR = 0;
    private static final int SEQUENCE = 1;
    private static final int MAPPING = 2;
    /** The name SnakeYAML's reader gives marks of a text read from a string. */
    private static final String MARK_NAME = "'reader'";
    private static final int[] NO_BUFFER = new int[0];

    private NodeTree() {
    }

    /** A document read back, and the SHA-256 (hex) of the YAML text it was composed from. */
    public record Document(Node root, String yamlDigest) {
    }

    /** The binary form of a document composed from a YAML text, given as UTF-8. */
    public static byte[] write(Node root, byte[] yaml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(yaml.length);
            out.writeLong(crc(yaml));
            out.writeUTF(dev.medlint.core.util.Digests.sha256(yaml));
            new Writer(out).node(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * The document in {@code data}, when it is this format and was composed from the YAML text {@code yaml} (UTF-8:
     * same length and CRC-32); else empty (the caller parses the YAML).
     */
    public static Optional<Document> read(byte[] data, byte[] yaml) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readInt() != yaml.length
                    || in.readLong() != crc(yaml)) {
                return Optional.empty();
            }
            String digest = in.readUTF();
            Node root = new Reader(in).node(0);
            return in.read() == -1 ? Optional.of(new Document(root, digest)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // truncated or foreign: parsing the YAML gives the same document
        }
    }

    private static long crc(byte[] bytes) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> tags = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void node(Node n) throws IOException {
            if (n instanceof ScalarNode s) {
                out.writeByte(SCALAR);
                header(n);
                byte[] value = s.getValue().getBytes(StandardCharsets.UTF_8);
                out.writeInt(value.length);
                out.write(value);
                out.writeChar(s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN ? 0 : s.getScalarStyle().getChar());
            } else if (n instanceof SequenceNode q) {
                out.writeByte(SEQUENCE);
                header(n);
                out.writeByte(q.getFlowStyle().ordinal());
                out.writeInt(q.getValue().size());
                for (Node item : q.getValue()) {
                    node(item);
                }
            } else if (n instanceof MappingNode m) {
                out.writeByte(MAPPING);
                header(n);
                out.writeByte(m.getFlowStyle().ordinal());
                out.writeInt(m.getValue().size());
                for (NodeTuple t : m.getValue()) {
                    node(t.getKeyNode());
                    node(t.getValueNode());
                }
            } else {
                throw new IllegalArgumentException("a " + n.getNodeId() + " node has no binary form");
            }
        }

        /** The tag (by number after its first use) and the start and end marks. */
        private void header(Node n) throws IOException {
            String tag = n.getTag().getValue();
            Integer known = tags.get(tag);
            if (known != null) {
                out.writeInt(known);
            } else {
                out.writeInt(-1);
                out.writeUTF(tag);
                tags.put(tag, tags.size());
            }
            mark(n.getStartMark());
            mark(n.getEndMark());
        }

        private void mark(Mark m) throws IOException {
            out.writeInt(m.getIndex());
            out.writeInt(m.getLine());
            out.writeInt(m.getColumn());
        }
    }

    private static final class Reader {
        /** Deeper than any document the loaders accept (their limit is 30), so a corrupt file cannot overflow. */
        private static final int MAX_DEPTH = 64;
        private final DataInputStream in;
        private final List<Tag> tags = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        Node node(int depth) throws IOException {
            if (depth > MAX_DEPTH) {
                throw new IOException("nested too deeply");
            }
            int kind = in.readByte();
            Tag tag = tag();
            Mark start = mark();
            Mark end = mark();
            switch (kind) {
                case SCALAR -> {
                    byte[] value = new byte[in.readInt()];
                    in.readFully(value);
                    char style = in.readChar();
                    return new ScalarNode(tag, new String(value, StandardCharsets.UTF_8), start, end,
                            style == 0 ? DumperOptions.ScalarStyle.PLAIN : DumperOptions.ScalarStyle.createStyle(style));
                }
                case SEQUENCE -> {
                    DumperOptions.FlowStyle flow = DumperOptions.FlowStyle.values()[in.readByte()];
                    int size = in.readInt();
                    List<Node> items = new ArrayList<>(Math.min(size, 1024));
                    for (int i = 0; i < size; i++) {
                        items.add(node(depth + 1));
                    }
                    return new SequenceNode(tag, true, items, start, end, flow);
                }
                case MAPPING -> {
                    DumperOptions.FlowStyle flow = DumperOptions.FlowStyle.values()[in.readByte()];
                    int size = in.readInt();
                    List<NodeTuple> entries = new ArrayList<>(Math.min(size, 1024));
                    for (int i = 0; i < size; i++) {
                        Node key = node(depth + 1);
                        entries.add(new NodeTuple(key, node(depth + 1)));
                    }
                    return new MappingNode(tag, true, entries, start, end, flow);
                }
                default -> throw new IOException("unknown node kind " + kind);
            }
        }

        private Tag tag() throws IOException {
            int known = in.readInt();
            if (known >= 0) {
                return tags.get(known);
            }
            Tag t = new Tag(in.readUTF());
            tags.add(t);
            return t;
        }

        private Mark mark() throws IOException {
            int index = in.readInt();
            int line = in.readInt();
            int column = in.readInt();
            return new Mark(MARK_NAME, index, line, column, NO_BUFFER, 0);
        }
    }
}

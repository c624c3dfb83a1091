package dev.medlint.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.Row;

/**
 * One line of a JSON Lines input ({@code {"id": ..., "text": ..., "format": ..., "url": ...}}) as a {@link Post}.
 * The line comes as raw bytes, so a line that is not valid UTF-8 is caught here (the engine would only ever see
 * replacement characters); the text is handed on as UTF-8 bytes, so the engine's own checks (NUL, size, empty)
 * apply to it as to a file.
 */
final class JsonLinePost {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLinePost() {
    }

    /** The post of a line of {@code file}. */
    static Row parse(byte[] line, String file) {
        boolean validUtf8 = isUtf8(line);
        JsonNode node;
        try {
            // Decoded leniently, so a record with one bad byte can still name its id in the problem.
            node = MAPPER.readTree(new String(line, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Post.bad(null, file, null, "a line is not a JSON object (" + firstLine(e.getMessage()) + "): "
                    + preview(line));
        }
        if (node == null || !node.isObject()) {
            return Post.bad(null, file, null, "a line is not a JSON object: " + preview(line));
        }
        String id = scalar(node, "id");
        String url = scalar(node, "url");
        if (!validUtf8) {
            return Post.bad(id, id == null ? file : id, url, "invalid UTF-8 in the record; save the file as UTF-8");
        }
        JsonNode text = node.get("text");
        if (text != null && !text.isNull() && !text.isTextual()) {
            return Post.bad(id, id == null ? file : id, url, "'text' is not a string");
        }
        byte[] content = text == null || text.isNull() ? null : text.asText().getBytes(StandardCharsets.UTF_8);
        return Post.ofRecord(id, scalar(node, "format"), url, content, file);
    }

    private static String scalar(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message;
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** The start of a line, for a message: at most 60 characters. */
    private static String preview(byte[] line) {
        String s = new String(line, StandardCharsets.UTF_8).strip();
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}

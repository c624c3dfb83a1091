package dev.medlint.spark;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
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

    /**
     * The post of line {@code lineNumber} of {@code file} (0 when unknown): a problem that cannot name the post's id
     * names the file and that line instead.
     */
    static Row parse(byte[] line, String file, int lineNumber) {
        boolean validUtf8 = isUtf8(line);
        int startColumn = lineNumber == 0 ? 0 : 1;
        JsonNode node;
        try {
            // Decoded leniently, so a record with one bad byte can still name its id in the problem.
            node = MAPPER.readTree(new String(line, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int column = lineNumber == 0 || at == null || at.getLineNr() != 1 || at.getColumnNr() < 1 ? startColumn
                    : at.getColumnNr();
            return Post.bad(null, file, null, "a line is not a JSON object (" + e.getOriginalMessage() + "): "
                    + preview(line), lineNumber, column);
        } catch (IOException e) {
            return Post.bad(null, file, null, "a line is not a JSON object (" + firstLine(e.getMessage()) + "): "
                    + preview(line), lineNumber, startColumn);
        }
        if (node == null || !node.isObject()) {
            return Post.bad(null, file, null, "a line is not a JSON object: " + preview(line), lineNumber,
                    startColumn);
        }
        String id = scalar(node, "id");
        String url = scalar(node, "url");
        if (!validUtf8) {
            return badRecord(id, file, url, "invalid UTF-8 in the record; save the file as UTF-8", lineNumber);
        }
        JsonNode text = node.get("text");
        if (text != null && !text.isNull() && !text.isTextual()) {
            return badRecord(id, file, url, "'text' is not a string", lineNumber);
        }
        byte[] content = text == null || text.isNull() ? null : text.asText().getBytes(StandardCharsets.UTF_8);
        return Post.ofRecord(id, scalar(node, "format"), url, content, file, lineNumber);
    }

    /** A record's problem: under its id when it has one, else under the file and line. */
    private static Row badRecord(String id, String file, String url, String reason, int lineNumber) {
        return id == null ? Post.bad(null, file, url, reason, lineNumber, lineNumber == 0 ? 0 : 1)
                : Post.bad(id, id, url, reason);
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

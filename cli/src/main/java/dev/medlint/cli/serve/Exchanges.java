package dev.medlint.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Reading bounded request bodies and writing answers with the headers every answer of the server carries. */
final class Exchanges {
    /** The page and its assets come only from this server; nothing inline, nothing from elsewhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private Exchanges() {
    }

    /** The body, at most {@code limit} bytes; a longer one is a 413 (told by Content-Length or found reading). */
    static byte[] body(HttpExchange exchange, int limit) throws IOException, HttpError {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > limit) {
                    drain(exchange.getRequestBody(), limit);
                    throw tooLarge(limit);
                }
            } catch (NumberFormatException e) {
                throw new HttpError(400, "Content-Length is not a number");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        try (InputStream in = exchange.getRequestBody()) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (out.size() + n > limit) {
                    drain(in, limit);
                    throw tooLarge(limit);
                }
                out.write(buf, 0, n);
            }
        }
        return out.toByteArray();
    }

    /**
     * Reads and drops the rest of a refused body (up to a few times the limit): a client still sending when the
     * server answers and closes gets a connection reset instead of the 413.
     */
    private static void drain(InputStream in, int limit) throws IOException {
        byte[] buf = new byte[16384];
        long left = 4L * limit;
        int n;
        while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) >= 0) {
            left -= n;
        }
    }

    private static HttpError tooLarge(int limit) {
        return new HttpError(413, "request body too large: the limit is " + (limit / (1024 * 1024)) + " MB");
    }

    static void json(HttpExchange exchange, int status, JsonNode body, ObjectMapper mapper) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", mapper.writeValueAsBytes(body));
    }

    static void error(HttpExchange exchange, int status, String message, ObjectMapper mapper) throws IOException {
        json(exchange, status, mapper.createObjectNode().put("error", message), mapper);
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        var h = exchange.getResponseHeaders();
        h.set("Content-Type", contentType);
        h.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
        h.set("Cross-Origin-Resource-Policy", "same-origin");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

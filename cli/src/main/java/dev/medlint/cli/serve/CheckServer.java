package dev.medlint.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineException;
import dev.medlint.core.report.Report;
import dev.medlint.core.report.RuleList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The web server of {@code medlint serve}: the page (HTML, CSS, JavaScript from the jar) and the JSON API
 * ({@code POST /api/check}, {@code GET /api/rules}), on the loopback address only. Drafts are checked in memory with
 * the configuration that applies to the folder the server was started for; the API never touches a file. Requests
 * are answered by a small pool of threads sharing one engine (which is thread-safe).
 */
public final class CheckServer {
    /** The largest request body accepted. */
    public static final int MAX_BODY = 2 * 1024 * 1024;

    private static final Map<String, String> ASSETS = Map.of(
            "/", "index.html", "/index.html", "index.html", "/app.js", "app.js", "/app.css", "app.css");

    private final Engine engine;
    private final Path location;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final ReportJson json = new ReportJson(mapper);
    private final HttpServer server;
    private final ExecutorService pool;
    private final Set<String> hosts;
    private final Map<String, byte[]> assets = new java.util.HashMap<>();

    private CheckServer(Engine engine, Path location, HttpServer server, ExecutorService pool) {
        this.engine = engine;
        this.location = location;
        this.server = server;
        this.pool = pool;
        int port = server.getAddress().getPort();
        // Names this server answers to; any other Host (a DNS-rebinding page) is refused.
        this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port);
        // Read once: the page cannot change while the server runs, and a missing asset shows at start.
        ASSETS.values().forEach(name -> assets.computeIfAbsent(name, CheckServer::resource));
    }

    /**
     * Starts a server on 127.0.0.1 at {@code port} (0: a free one) that checks drafts with {@code engine} and the
     * configuration at {@code location}.
     */
    public static CheckServer start(Engine engine, Path location, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                r -> {
                    Thread t = new Thread(r, "medlint-serve-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        http.setExecutor(pool);
        CheckServer s = new CheckServer(engine, location, http, pool);
        http.createContext("/", s::handle);
        http.start();
        return s;
    }

    /** The address to open in a browser, e.g. http://127.0.0.1:8080/. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try {
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
                throw new HttpError(403, "unexpected Host header; open " + address());
            }
            if (path.startsWith("/api/")) {
                api(exchange, path);
            } else {
                asset(exchange, path);
            }
        } catch (HttpError e) {
            Exchanges.error(exchange, e.status(), e.getMessage(), mapper);
        } catch (IOException e) {
            exchange.close(); // the client went away
        } catch (RuntimeException e) {
            // Never a stack trace to the client; the one line says what kind of failure it was.
            Exchanges.error(exchange, 500, "internal error: " + e.getClass().getSimpleName(), mapper);
        }
    }

    private void api(HttpExchange exchange, String path) throws IOException, HttpError {
        switch (path) {
            case "/api/check" -> {
                method(exchange, "POST");
                Exchanges.json(exchange, 200, check(exchange), mapper);
            }
            case "/api/rules" -> {
                method(exchange, "GET");
                try {
                    RuleList list = engine.rules(location);
                    Exchanges.json(exchange, 200, json.rules(list.rules(), list.configuration()), mapper);
                } catch (EngineException e) {
                    throw new HttpError(500, "configuration error: " + oneLine(e.getMessage()));
                }
            }
            default -> throw new HttpError(404, "no such API: " + path + " (there are POST /api/check and "
                    + "GET /api/rules)");
        }
    }

    private JsonNode check(HttpExchange exchange) throws IOException, HttpError {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        // Only JSON: a cross-site form cannot send it without the browser asking this server first.
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new HttpError(415, "send the draft as JSON (Content-Type: application/json)");
        }
        byte[] body = Exchanges.body(exchange, MAX_BODY);
        JsonNode request;
        try {
            request = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new HttpError(400, "malformed JSON: " + oneLine(e.getOriginalMessage()));
        }
        if (request == null || !request.isObject()) {
            throw new HttpError(400, "expected a JSON object {\"text\": ..., \"format\": ..., \"filename\": ...}");
        }
        String text = string(request, "text", true);
        String formatName = string(request, "format", false);
        String filename = string(request, "filename", false);
        DraftFormat format;
        if (formatName != null) {
            format = DraftFormat.parse(formatName).orElseThrow(() -> new HttpError(400, "unknown format '"
                    + formatName + "'; use markdown, html or text"));
        } else {
            format = filename == null ? DraftFormat.MARKDOWN
                    : DraftFormat.ofFileName(filename).orElse(DraftFormat.MARKDOWN);
        }
        try {
            Report report = engine.checkText(format.nameFor(filename), text, location);
            return json.check(report);
        } catch (EngineException e) {
            throw new HttpError(500, "configuration error: " + oneLine(e.getMessage()));
        }
    }

    private static String string(JsonNode request, String field, boolean required) throws HttpError {
        JsonNode v = request.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new HttpError(400, "missing field '" + field + "' (a string)");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new HttpError(400, "field '" + field + "' must be a string");
        }
        return v.asText();
    }

    private static void method(HttpExchange exchange, String allowed) throws HttpError {
        if (!exchange.getRequestMethod().equals(allowed)) {
            exchange.getResponseHeaders().set("Allow", allowed);
            throw new HttpError(405, exchange.getRequestMethod() + " is not allowed here; use " + allowed);
        }
    }

    private void asset(HttpExchange exchange, String path) throws IOException, HttpError {
        String name = ASSETS.get(path);
        if (name == null) {
            throw new HttpError(404, "not found: " + path);
        }
        String m = exchange.getRequestMethod();
        if (!m.equals("GET") && !m.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            throw new HttpError(405, m + " is not allowed here; use GET");
        }
        Exchanges.send(exchange, 200, contentType(name), assets.get(name));
    }

    private static String contentType(String name) {
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        return "text/html; charset=utf-8";
    }

    private static byte[] resource(String name) {
        try (InputStream in = CheckServer.class.getResourceAsStream("page/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the page asset " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}

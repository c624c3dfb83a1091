package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.medlint.cli.serve.CheckServer;
import dev.medlint.core.api.Engine;
import dev.medlint.core.api.EngineOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API of {@code medlint serve}, through the JDK's HTTP client against a real server on a free port. */
class ServeApiTest {
    static final String DRAFT = """
            # Mini-lifting at our clinic

            Our mini-lifting guarantees a perfect jawline in one session.

            Recovery is quick and there are no side effects at all.
            """;

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path folder;
    static CheckServer server;

    @BeforeAll
    static void start() throws Exception {
        Engine engine = Engine.create(new EngineOptions().models(Main.MODELS).threads(1));
        server = CheckServer.start(engine, folder, 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.address().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode check(String text, String format, String filename) throws Exception {
        ObjectNode req = MAPPER.createObjectNode().put("text", text);
        if (format != null) {
            req.put("format", format);
        }
        if (filename != null) {
            req.put("filename", filename);
        }
        HttpResponse<String> r = post("/api/check", "application/json", MAPPER.writeValueAsString(req));
        assertEquals(200, r.statusCode(), r::body);
        return MAPPER.readTree(r.body());
    }

    static JsonNode error(HttpResponse<String> r, int status) throws IOException {
        assertEquals(status, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = MAPPER.readTree(r.body());
        assertTrue(body.get("error").isTextual(), r::body);
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r::body);
        return body;
    }

    @Test
    void findingsAreThoseOfCheckFormatJsonWithTheirOffsets() throws Exception {
        Path file = folder.resolve("post.md");
        Files.writeString(file, DRAFT);
        Cli.Result cli = Cli.run("check", "--no-config", "--format", "json", file.toString());
        JsonNode expected = MAPPER.readTree(cli.out());

        JsonNode answer = check(DRAFT, "markdown", "post.md");
        assertEquals(expected.get("summary"), answer.get("summary"));
        assertEquals(expected.get("findings").size(), answer.get("findings").size());
        assertTrue(answer.get("findings").size() >= 3, answer::toPrettyString);
        for (int i = 0; i < expected.get("findings").size(); i++) {
            JsonNode want = expected.get("findings").get(i);
            JsonNode got = answer.get("findings").get(i);
            List<String> fields = new ArrayList<>();
            want.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                // the fingerprint hashes the path, which the draft does not share with the checked file
                if (!field.equals("path") && !field.equals("fingerprint")) {
                    assertEquals(want.get(field), got.get(field), field + " of finding " + i);
                }
            }
            assertEquals("post.md", got.get("path").asText());
            int offset = got.get("offset").asInt();
            if (offset >= 0) {
                // The offsets point at the match in the text sent (UTF-16 units, as in JavaScript).
                assertEquals(got.get("match").asText(), DRAFT.substring(offset, got.get("endOffset").asInt()));
            }
        }
        long failing = 0;
        for (JsonNode f : answer.get("findings")) {
            failing += f.get("failing").asBoolean() ? 1 : 0;
        }
        assertEquals(cli.code() == Main.EXIT_FINDINGS, answer.get("verdict").get("fails").asBoolean());
        assertEquals("would fail the build: " + failing + " errors", answer.get("verdict").get("text").asText());
        assertTrue(answer.get("rules").has("guarantee"), "the rules that found something are described");
        assertTrue(answer.get("categories").get("guarantee").asInt() >= 1);
    }

    @Test
    void offsetsCountUtf16UnitsAfterCharactersOutsideTheBasicPlane() throws Exception {
        String text = "Smile 😀 again: our clinic guarantees results.\n";
        JsonNode f = finding(check(text, "text", null), "guarantee");
        assertEquals(text.indexOf("guarantees"), f.get("offset").asInt());
        assertEquals("draft.txt", f.get("path").asText());
    }

    static JsonNode finding(JsonNode answer, String ruleId) {
        for (JsonNode f : answer.get("findings")) {
            if (f.get("ruleId").asText().equals(ruleId)) {
                return f;
            }
        }
        throw new AssertionError("no " + ruleId + " finding in " + answer.toPrettyString());
    }

    @Test
    void theFormatDecidesHowTheTextIsRead() throws Exception {
        String html = "<p>We <b>guarantee</b> it.</p><!-- the best clinic -->";
        JsonNode asHtml = check(html, "html", "page.md");
        assertEquals("page.html", asHtml.get("findings").get(0).get("path").asText());
        assertFalse(asHtml.toString().contains("\"superlative\""), "HTML comments are not text");
        JsonNode asText = check(html, "text", null);
        assertTrue(asText.toString().contains("\"superlative\""), "in plain text the comment is text");
    }

    @Test
    void aFilenameIsANameNeverAFileRead() throws Exception {
        Path secret = folder.resolve("secret.md");
        Files.writeString(secret, "We guarantee perfect results.\n");
        JsonNode answer = check("A calm, factual post.\n", "markdown", secret.toString());
        assertEquals(0, answer.get("summary").get("error").asInt(), answer::toPrettyString);
        for (JsonNode f : answer.get("findings")) {
            assertEquals("secret.md", f.get("path").asText(), "only the base name is used");
        }
        JsonNode dotted = check("We guarantee it.", "markdown", "../../etc/passwd");
        assertEquals("passwd.md", finding(dotted, "guarantee").get("path").asText());
    }

    @Test
    void aLargeBodyIsRefusedWith413() throws Exception {
        char[] big = new char[CheckServer.MAX_BODY + 1];
        Arrays.fill(big, 'a');
        JsonNode body = error(post("/api/check", "application/json", new String(big)), 413);
        assertTrue(body.get("error").asText().contains("2 MB"), body::toString);
        // Just under the limit is checked.
        String text = "x".repeat(CheckServer.MAX_BODY - 100);
        assertEquals(200, post("/api/check", "application/json",
                MAPPER.writeValueAsString(MAPPER.createObjectNode().put("text", text))).statusCode());
    }

    @Test
    void malformedRequestsGetJsonErrors() throws Exception {
        assertTrue(error(post("/api/check", "application/json", "{\"text\": "), 400).get("error").asText()
                .startsWith("malformed JSON"));
        assertTrue(error(post("/api/check", "application/json", "[1, 2]"), 400).get("error").asText()
                .contains("expected a JSON object"));
        assertTrue(error(post("/api/check", "application/json", "{}"), 400).get("error").asText()
                .contains("missing field 'text'"));
        assertTrue(error(post("/api/check", "application/json", "{\"text\": 5}"), 400).get("error").asText()
                .contains("'text' must be a string"));
        assertTrue(error(post("/api/check", "application/json", "{\"text\": \"a\", \"format\": \"docx\"}"), 400)
                .get("error").asText().contains("unknown format 'docx'"));
        assertTrue(error(post("/api/check", "application/json", "{\"text\": \"a\"} {}"), 400).get("error")
                .asText().startsWith("malformed JSON"));
        assertTrue(error(post("/api/check", "text/plain", "{\"text\": \"a\"}"), 415).get("error").asText()
                .contains("application/json"));
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(server.address().resolve("/api/check")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        error(get, 405);
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
        error(post("/api/nothing", "application/json", "{}"), 404);
        assertEquals(404, HTTP.send(HttpRequest.newBuilder(server.address().resolve("/etc/passwd")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void anotherHostNameIsRefused() throws Exception {
        // A page on another site that rebinds its name to 127.0.0.1 sends its own name as Host.
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /api/rules HTTP/1.1\r\nHost: evil.example:" + server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
            assertTrue(answer.contains("\"error\""), answer);
        }
    }

    @Test
    void thePageHasAStrictPolicyAndOnlyItsOwnAssets() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(server.address()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.startsWith("default-src 'none'"), csp);
        assertFalse(csp.contains("unsafe"), csp);
        assertTrue(csp.contains("script-src 'self'") && csp.contains("connect-src 'self'"), csp);
        assertFalse(page.body().contains("http://") || page.body().contains("https://"), "no external assets");
        assertFalse(page.body().contains("<script>") || page.body().contains("style="), "nothing inline");
        for (String asset : List.of("/app.js", "/app.css")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.address().resolve(asset)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), asset);
            assertFalse(r.body().contains("http://") || r.body().contains("https://"), asset + " loads nothing");
        }
    }

    @Test
    void rulesAreListed() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.address().resolve("/api/rules")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        JsonNode rules = MAPPER.readTree(r.body()).get("rules");
        JsonNode guarantee = null;
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals("guarantee")) {
                guarantee = rule;
            }
        }
        assertTrue(guarantee != null, r::body);
        assertFalse(guarantee.get("title").asText().isEmpty());
        assertFalse(guarantee.get("law").asText().isEmpty());
        assertTrue(guarantee.get("flagExamples").size() > 0);
    }

    @Test
    void theConfigurationOfTheFolderApplies(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve(".medlint.yaml"), "rules:\n  guarantee: off\n  zero-risk: warning\n");
        Engine engine = Engine.create(new EngineOptions().models(Main.MODELS));
        CheckServer configured = CheckServer.start(engine, project, 0);
        try {
            ObjectNode req = MAPPER.createObjectNode().put("text", DRAFT).put("format", "markdown");
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(configured.address().resolve("/api/check"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(req))).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = r.body();
            assertFalse(body.contains("\"ruleId\":\"guarantee\""), body);
            JsonNode zero = finding(MAPPER.readTree(body), "zero-risk");
            assertEquals("warning", zero.get("severity").asText());
            assertTrue(check(DRAFT, "markdown", null).toString().contains("\"ruleId\":\"guarantee\""),
                    "the other server, started elsewhere, still has the rule");
        } finally {
            configured.stop();
        }
    }

    @Test
    void concurrentRequestsGetTheirOwnAnswers() throws Exception {
        List<String> drafts = List.of(DRAFT, "We guarantee it.", "The best clinic in town.",
                "A calm post about recovery.", "<p>No side effects, ever.</p>");
        List<String> formats = List.of("markdown", "text", "text", "text", "html");
        List<JsonNode> alone = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            alone.add(check(drafts.get(i), formats.get(i), null).get("findings"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int n = 0; n < 40; n++) {
                int i = n % drafts.size();
                Callable<Boolean> task = () -> check(drafts.get(i), formats.get(i), null).get("findings")
                        .equals(alone.get(i));
                results.add(pool.submit(task));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A 5 KB draft, answered after warm-up; the figure is printed for the README and the report. */
    @Test
    void aFiveKilobyteDraftIsAnsweredAndTheTimesArePrinted() throws Exception {
        StringBuilder b = new StringBuilder("# Mini-lifting: what to expect\n\n");
        String[] paragraphs = {
            "Mini-lifting tightens the lower face through a short incision near the ear. ",
            "Our doctors guarantee a natural look, and recovery usually takes about a week. ",
            "Swelling and bruising may occur and usually settle within two weeks. ",
            "Results depend on the individual, on skin quality and on age. ",
        };
        int i = 0;
        while (b.length() < 5 * 1024) {
            b.append(paragraphs[i % paragraphs.length]);
            if (++i % 4 == 0) {
                b.append("\n\n");
            }
        }
        String draft = b.substring(0, 5 * 1024);
        String body = MAPPER.writeValueAsString(MAPPER.createObjectNode().put("text", draft)
                .put("format", "markdown"));
        for (int w = 0; w < 30; w++) {
            assertEquals(200, post("/api/check", "application/json", body).statusCode());
        }
        long[] millis = new long[30];
        for (int r = 0; r < millis.length; r++) {
            long t0 = System.nanoTime();
            HttpResponse<String> resp = post("/api/check", "application/json", body);
            millis[r] = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(200, resp.statusCode());
        }
        Arrays.sort(millis);
        long median = millis[millis.length / 2];
        long p90 = millis[(int) (millis.length * 0.9)];
        System.out.println("medlint serve: 5 KB draft, " + millis.length + " requests after warm-up: median "
                + median + " ms, p90 " + p90 + " ms, max " + millis[millis.length - 1] + " ms");
        // The figures are printed, not asserted: a shared CI machine makes any bound either flaky or meaningless.
    }
}

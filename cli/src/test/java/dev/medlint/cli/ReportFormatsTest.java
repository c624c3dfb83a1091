package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Each format over the samples (nine articles, six with findings), read back the way its consumer reads it: SARIF
 * against the official 2.1.0 schema, JSON against the repository's report schema, checkstyle and JUnit XML with a
 * DOM parser and the attributes their readers use, rdjsonl line by line.
 */
class ReportFormatsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SAMPLES = Path.of("..", "samples");
    private static JsonNode json;

    @TempDir
    Path dir;

    @BeforeAll
    static void jsonReport() throws IOException {
        Cli.Result r = Cli.run("check", SAMPLES.toString(), "--format", "json");
        assertEquals(1, r.code(), r::toString);
        json = MAPPER.readTree(r.out());
    }

    private static Set<ValidationMessage> validate(JsonNode schema, SpecVersion.VersionFlag version, JsonNode doc) {
        JsonSchema s = JsonSchemaFactory.getInstance(version).getSchema(schema);
        return s.validate(doc);
    }

    @Test
    void sarifIsValidAgainstTheOfficialSchemaAndCarriesEveryFinding() throws IOException {
        Cli.Result r = Cli.run("check", SAMPLES.toString(), "--format", "sarif");
        assertEquals(1, r.code(), r::toString);
        JsonNode sarif = MAPPER.readTree(r.out());
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = MAPPER.readTree(in);
        }
        Set<ValidationMessage> errors = validate(schema, SpecVersion.VersionFlag.V7, sarif);
        assertTrue(errors.isEmpty(), () -> "SARIF schema errors: " + errors);
        JsonNode run = sarif.get("runs").get(0);
        assertEquals("unicodeCodePoints", run.get("columnKind").asText());
        assertEquals(json.get("findings").size(), run.get("results").size());
        Set<String> ruleIds = new HashSet<>();
        run.get("tool").get("driver").get("rules").forEach(rule -> {
            ruleIds.add(rule.get("id").asText());
            assertTrue(rule.get("help").get("markdown").asText().length() > 20, rule::toString);
            assertTrue(rule.get("properties").has("law"), rule::toString);
        });
        for (JsonNode result : run.get("results")) {
            assertTrue(ruleIds.contains(result.get("ruleId").asText()), result::toString);
            assertEquals(32, result.get("partialFingerprints").get("medlint/v1").asText().length());
            JsonNode loc = result.get("locations").get(0).get("physicalLocation");
            assertEquals("%SRCROOT%", loc.get("artifactLocation").get("uriBaseId").asText());
            assertTrue(loc.get("artifactLocation").get("uri").asText().startsWith("../samples/"));
        }
        assertTrue(run.get("invocations").get(0).get("executionSuccessful").asBoolean());
        assertEquals(1, run.get("invocations").get(0).get("exitCode").asInt());
    }

    @Test
    void sarifReportsInputsThatCouldNotBeCheckedAsNotifications() throws IOException {
        Path bad = Files.write(dir.resolve("bad.md"), new byte[] {(byte) 0xff, (byte) 0xfe, 'a'});
        Cli.Result r = Cli.run("check", bad.toString(), "--format", "sarif");
        assertEquals(2, r.code(), r::toString);
        JsonNode inv = MAPPER.readTree(r.out()).get("runs").get(0).get("invocations").get(0);
        assertEquals(false, inv.get("executionSuccessful").asBoolean());
        assertEquals(1, inv.get("toolExecutionNotifications").size());
    }

    @Test
    void jsonIsValidAgainstTheRepositorySchemaAndAuditable() throws IOException {
        JsonNode schema = MAPPER.readTree(Path.of("..", "docs", "schema", "medlint-report.schema.json").toFile());
        Set<ValidationMessage> errors = validate(schema, SpecVersion.VersionFlag.V202012, json);
        assertTrue(errors.isEmpty(), () -> "report schema errors: " + errors);
        assertEquals(2, json.get("schemaVersion").asInt());
        assertEquals("medlint", json.get("tool").get("name").asText());
        assertEquals(SampleCount.articles(), json.get("files").asInt());
        assertEquals(SampleCount.articles(), json.get("articles").size());
        String bytes = Files.readString(SAMPLES.resolve("compliant-filler-guide.txt"), StandardCharsets.UTF_8);
        JsonNode guide = null;
        for (JsonNode a : json.get("articles")) {
            if (a.get("path").asText().endsWith("compliant-filler-guide.txt")) {
                guide = a;
            }
        }
        assertEquals(sha256(bytes), guide.get("sha256").asText());
        assertTrue(json.get("sources").toString().contains("builtin:"), json.get("sources")::toString);
    }

    @Test
    void checkstyleListsEveryCheckedFileAndEveryFinding() throws Exception {
        Cli.Result r = Cli.run("check", SAMPLES.toString(), "--format", "checkstyle");
        Document d = xml(r.out());
        assertEquals("checkstyle", d.getDocumentElement().getTagName());
        NodeList files = d.getElementsByTagName("file");
        assertEquals(SampleCount.articles(), files.getLength());
        NodeList errors = d.getElementsByTagName("error");
        assertEquals(json.get("findings").size(), errors.getLength());
        Element first = (Element) errors.item(0);
        for (String attribute : List.of("line", "severity", "message", "source")) {
            assertTrue(first.hasAttribute(attribute), attribute);
        }
        assertTrue(first.getAttribute("source").startsWith("medlint."));
    }

    @Test
    void checkstyleDropsCharactersXmlCannotHold() throws Exception {
        Path post = Files.writeString(dir.resolve("post.md"), "Results are guaranteed\u0001 for everyone.\n");
        Cli.Result r = Cli.run("check", post.toString(), "--format", "checkstyle");
        assertTrue(xml(r.out()).getElementsByTagName("error").getLength() >= 1, r::toString);
        assertTrue(!r.out().contains("\u0001"));
    }

    @Test
    void junitHasOneSuitePerArticleAndOneCasePerRule() throws Exception {
        Cli.Result r = Cli.run("check", SAMPLES.toString(), "--format", "junit");
        Document d = xml(r.out());
        NodeList suites = d.getElementsByTagName("testsuite");
        assertEquals(SampleCount.articles(), suites.getLength());
        int failedSuites = 0;
        int failures = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element s = (Element) suites.item(i);
            int cases = s.getElementsByTagName("testcase").getLength();
            assertEquals(Integer.parseInt(s.getAttribute("tests")), cases);
            failedSuites += Integer.parseInt(s.getAttribute("failures")) > 0 ? 1 : 0;
            failures += s.getElementsByTagName("failure").getLength();
        }
        long failing = 0;
        Set<String> failingPaths = new HashSet<>();
        for (JsonNode f : json.get("findings")) {
            if (f.get("failing").asBoolean()) {
                failing++;
                failingPaths.add(f.get("path").asText());
            }
        }
        assertEquals(failing, failures);
        assertEquals(failingPaths.size(), failedSuites);
    }

    @Test
    void rdjsonlIsOneDiagnosticALine() throws IOException {
        Cli.Result r = Cli.run("check", SAMPLES.toString(), "--format", "rdjsonl");
        List<String> lines = r.out().lines().toList();
        assertEquals(json.get("findings").size(), lines.size());
        for (String line : lines) {
            JsonNode d = MAPPER.readTree(line);
            assertTrue(d.get("location").get("range").get("start").get("line").asInt() >= 1, line);
            assertEquals("medlint", d.get("source").get("name").asText());
        }
    }

    @Test
    void severalReportsInOneRunWithTheFormatsExtensions() throws IOException {
        Path out = dir.resolve("reports");
        Cli.Result r = Cli.run("check", SAMPLES.toString(), "--report", "sarif=" + out.resolve("a/medlint.sarif"),
                "--report", "junit=" + out.resolve("junit.xml"), "-o", out.resolve("b/c/report.json").toString(),
                "--format", "json");
        assertEquals(1, r.code(), r::toString);
        assertTrue(Files.size(out.resolve("a/medlint.sarif")) > 1000);
        assertTrue(Files.readString(out.resolve("junit.xml")).contains("<testsuites"));
        assertEquals(json.get("findings").size(),
                MAPPER.readTree(out.resolve("b/c/report.json").toFile()).get("findings").size());
        Cli.Result bad = Cli.run("check", SAMPLES.toString(), "--report", "pdf=x.pdf");
        assertEquals(2, bad.code());
        assertTrue(bad.oneErrorLine().contains("unknown format 'pdf'"), bad::toString);
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

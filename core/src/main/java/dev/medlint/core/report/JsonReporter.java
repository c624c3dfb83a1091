package dev.medlint.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/**
 * The JSON report documented in the README and in {@code docs/schema/medlint-report.schema.json}: a versioned
 * envelope ({@code schemaVersion}, {@code tool}) around {@code files}, {@code summary}, {@code findings} and
 * {@code errors}, with {@code articles} (each checked file's SHA-256 and configuration) and {@code sources} (the
 * configurations and rule files with their SHA-256), so a report is reproducible and auditable; also the JSON of {@code rules list} and {@code analyze}. Values are encoded by Jackson; the layout
 * puts each finding (each rule, each sentence) on a line of its own, so reports read well in a diff and with grep.
 */
public final class JsonReporter implements Reporter {
    /** The version of the report's layout; it changes when a field changes meaning or goes away. */
    public static final int SCHEMA_VERSION = 2;

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void write(Report report, ReportSettings settings, Appendable out) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.putObject("tool").put("name", Tool.NAME).put("version", Tool.version());
        root.put("files", report.filesChecked());
        ObjectNode summary = root.putObject("summary");
        for (Severity s : Severity.values()) {
            summary.put(s.label(), report.count(s));
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            findings.add(finding(f));
        }
        ArrayNode articles = root.putArray("articles");
        for (CheckedFile c : report.files()) {
            articles.addObject().put("path", c.path()).put("format", c.format()).put("sha256", c.sha256())
                    .put("configuration", c.configuration()).put("failOn", c.failOn().label());
        }
        ArrayNode sources = root.putArray("sources");
        for (RuleSource s : report.sources()) {
            sources.addObject().put("kind", s.kind()).put("name", s.name()).put("file", s.file())
                    .put("sha256", s.sha256());
        }
        ArrayNode errors = root.putArray("errors");
        for (Problem p : report.problems()) {
            ObjectNode o = errors.addObject();
            o.put("path", p.path());
            o.put("line", p.line());
            o.put("column", p.column());
            o.put("message", p.reason());
        }
        out.append("{\n");
        out.append("  \"schemaVersion\": ").append(line(root.get("schemaVersion"))).append(",\n");
        out.append("  \"tool\": ").append(line(root.get("tool"))).append(",\n");
        out.append("  \"files\": ").append(line(root.get("files"))).append(",\n");
        out.append("  \"summary\": ").append(line(root.get("summary"))).append(",\n");
        out.append("  \"findings\": ");
        items(root.get("findings"), "  ", out);
        out.append(",\n  \"errors\": ");
        items(root.get("errors"), "  ", out);
        out.append(",\n  \"articles\": ");
        items(root.get("articles"), "  ", out);
        out.append(",\n  \"sources\": ");
        items(root.get("sources"), "  ", out);
        out.append("\n}\n");
    }

    /** One finding as the JSON report writes it (front ends that speak JSON, such as a server, reuse it). */
    public static ObjectNode finding(Finding f) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("path", f.path());
        o.put("ruleId", f.ruleId());
        o.put("category", f.category());
        o.put("severity", f.severity().label());
        o.put("line", f.line());
        o.put("column", f.column());
        o.put("endLine", f.endLine());
        o.put("endColumn", f.endColumn());
        o.put("message", f.message());
        o.put("law", f.law());
        o.put("match", f.match());
        o.put("suggestion", f.suggestion());
        o.put("failing", f.failing());
        o.put("fingerprint", f.fingerprint());
        return o;
    }

    @Override
    public boolean writesRuleLists() {
        return true;
    }

    @Override
    public void writeRules(RuleList list, Appendable out) throws IOException {
        ArrayNode rules = Json.MAPPER.createArrayNode();
        for (RuleDescriptor r : list.rules()) {
            ObjectNode o = rules.addObject();
            o.put("id", r.id());
            o.put("title", r.title());
            o.put("category", r.category());
            o.put("severity", r.severity());
            o.put("type", r.type());
            o.put("law", r.law());
            o.put("pack", r.pack());
            o.put("file", r.file());
            ArrayNode changes = o.putArray("changes");
            for (RuleDescriptor.Change c : r.changes()) {
                changes.addObject().put("change", c.what()).put("where", c.where());
            }
        }
        items(rules, "", out);
        out.append('\n');
    }

    @Override
    public boolean writesAnalyses() {
        return true;
    }

    @Override
    public void writeAnalysis(List<AnalyzedSentence> sentences, Appendable out) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("sentences");
        for (AnalyzedSentence s : sentences) {
            ObjectNode o = list.addObject();
            o.put("text", s.text());
            o.put("line", s.line());
            o.put("column", s.column());
            ArrayNode tokens = o.putArray("tokens");
            for (AnalyzedSentence.Token t : s.tokens()) {
                tokens.addObject().put("text", t.text()).put("pos", t.tag()).put("lemma", t.lemma())
                        .put("line", t.line()).put("column", t.column());
            }
        }
        out.append("{\"sentences\": ");
        items(list, "", out);
        out.append("}\n");
    }

    /** An array with one item a line, indented one step more than {@code indent}; "[]" when empty. */
    private static void items(JsonNode array, String indent, Appendable out) throws IOException {
        if (array.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[");
        for (int i = 0; i < array.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append(indent).append("  ").append(line(array.get(i)));
        }
        out.append("\n").append(indent).append("]");
    }

    private static String line(JsonNode node) throws IOException {
        return Json.ONE_LINE.writeValueAsString(node);
    }

    /** Jackson's minimal printer with a space after each colon and comma. */
    private static final class OneLine extends MinimalPrettyPrinter {
        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }

    /** Jackson is set up on first write, not when the registry of formats is built (start-up of a text run). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
        /** One value on one line, with a space after each colon and comma: {@code {"a": 1, "b": [2, 3]}}. */
        static final ObjectWriter ONE_LINE = MAPPER.writer(new OneLine());
    }
}

package dev.medlint.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: the tool with every rule that ran (help from its rationale,
 * suggestion and examples), one result per finding located relative to {@code %SRCROOT%} with columns in Unicode
 * code points, the finding's fingerprint as {@code partialFingerprints}, and one invocation whose notifications are
 * the inputs that could not be checked.
 */
public final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public String fileExtension() {
        return "sarif";
    }

    @Override
    public void write(Report report, ReportSettings settings, Appendable out) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", Tool.NAME);
        driver.put("version", Tool.version());
        driver.put("semanticVersion", Tool.version());
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (RuleDescriptor r : report.rules()) {
            index.put(r.id(), rules.size());
            rules.add(rule(r));
        }
        run.putObject("originalUriBaseIds").putObject(SRCROOT).putObject("description")
                .put("text", "The folder medlint was run in; paths are relative to it.");
        run.put("columnKind", "unicodeCodePoints");
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", report.problems().isEmpty());
        invocation.put("exitCode", !report.problems().isEmpty() ? 2 : report.fails() ? 1 : 0);
        if (!report.problems().isEmpty()) {
            ArrayNode notes = invocation.putArray("toolExecutionNotifications");
            for (Problem p : report.problems()) {
                ObjectNode n = notes.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", p.reason());
                ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
                artifact(physical, p.path());
                if (p.line() > 0) {
                    physical.putObject("region").put("startLine", p.line()).put("startColumn", Math.max(1,
                            p.column()));
                }
            }
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            if (settings.onlyFailing() && !f.failing()) {
                continue;
            }
            ObjectNode r = results.addObject();
            r.put("ruleId", f.ruleId());
            Integer i = index.get(f.ruleId());
            if (i != null) {
                r.put("ruleIndex", i);
            }
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", f.message());
            ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
            artifact(physical, f.path());
            ObjectNode region = physical.putObject("region");
            region.put("startLine", f.line());
            if (!f.isDocumentLevel()) {
                region.put("startColumn", f.column());
                region.put("endLine", f.endLine());
                region.put("endColumn", f.endColumn());
                region.putObject("snippet").put("text", f.match());
            }
            if (!f.fingerprint().isEmpty()) {
                r.putObject("partialFingerprints").put("medlint/v1", f.fingerprint());
            }
            ObjectNode props = r.putObject("properties");
            props.put("category", f.category());
            props.put("law", f.law());
            props.put("failing", f.failing());
            if (!f.suggestion().isEmpty()) {
                props.put("suggestion", f.suggestion());
            }
        }
        out.append(Json.MAPPER.writeValueAsString(root)).append('\n');
    }

    private static ObjectNode rule(RuleDescriptor r) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", r.id());
        o.put("name", camel(r.id()));
        o.putObject("shortDescription").put("text", r.title().isEmpty() ? r.id() : r.title());
        o.putObject("fullDescription").put("text", r.rationale().isEmpty() ? r.title() : r.rationale());
        ObjectNode help = o.putObject("help");
        help.put("text", r.rationale().isEmpty() ? r.title() : r.rationale());
        help.put("markdown", helpMarkdown(r));
        o.putObject("defaultConfiguration").put("level", level(r.severity()));
        ObjectNode props = o.putObject("properties");
        props.put("category", r.category());
        props.put("law", r.law());
        props.put("pack", r.pack());
        props.putArray("tags").add(r.category()).add("compliance");
        return o;
    }

    /** The rationale, the suggestion and the examples, as a rule's help page on code scanning shows them. */
    static String helpMarkdown(RuleDescriptor r) {
        StringBuilder b = new StringBuilder();
        b.append("**").append(r.title().isEmpty() ? r.id() : r.title()).append("**");
        if (!r.law().isEmpty()) {
            b.append(" (").append(r.law()).append(")");
        }
        b.append("\n\n");
        if (!r.rationale().isEmpty()) {
            b.append(r.rationale().strip()).append("\n\n");
        }
        if (!r.suggestion().isEmpty()) {
            b.append("**Instead:** ").append(r.suggestion().strip()).append("\n\n");
        }
        if (!r.flagExamples().isEmpty()) {
            b.append("Flagged:\n\n");
            r.flagExamples().forEach(e -> b.append("- ").append(e.text().strip()).append('\n'));
            b.append('\n');
        }
        if (!r.passExamples().isEmpty()) {
            b.append("Not flagged:\n\n");
            r.passExamples().forEach(e -> b.append("- ").append(e.text().strip()).append('\n'));
        }
        return b.toString().strip();
    }

    /** SARIF's levels: error, warning, note (medlint's info); a rule that is off would be "none". */
    static String level(String severity) {
        return Severity.parse(severity).map(SarifReporter::level).orElse("none");
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static void artifact(ObjectNode physical, String path) {
        physical.putObject("artifactLocation").put("uri", uri(path)).put("uriBaseId", SRCROOT);
    }

    /** A relative URI reference for a path ("posts/my post.md" is "posts/my%20post.md"), non-ASCII escaped. */
    static String uri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }

    /** "unhedged-claim" is "UnhedgedClaim": SARIF's name is an identifier-like form of the id. */
    private static String camel(String id) {
        StringBuilder b = new StringBuilder();
        boolean up = true;
        for (char c : id.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            } else {
                up = true;
            }
        }
        return b.toString();
    }

    /** Jackson is set up on first write, not when the registry of formats is built (start-up of a text run). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}

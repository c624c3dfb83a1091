package dev.medlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** {@code medlint schema rules|config} prints the schemas in the jar; {@code init} points its files at them. */
class SchemaCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MODELINE = Pattern.compile("\\A# yaml-language-server: \\$schema=(\\S+)\n");

    @TempDir
    Path dir;

    @Test
    void printsEachSchemaAsItIsInTheRepository() throws IOException {
        Cli.Result rules = Cli.run("schema", "rules");
        assertEquals(0, rules.code(), rules::toString);
        assertEquals(Files.readString(Path.of("..", "rules", "schema", "rule-pack.schema.json")), rules.out());
        Cli.Result config = Cli.run("schema", "config");
        assertEquals(0, config.code(), config::toString);
        assertEquals(Files.readString(Path.of("..", "docs", "schema", "medlint-config.schema.json")), config.out());
        assertEquals("medlint configuration (.medlint.yaml)", JSON.readTree(config.out()).get("title").asText());
    }

    @Test
    void anUnknownSchemaIsAOneLineUsageError() {
        Cli.Result r = Cli.run("schema", "report");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.oneErrorLine().contains("expected rules or config, not 'report'"), r::toString);
        assertEquals(2, Cli.run("schema").code());
    }

    @Test
    void initFilesNameASchemaThatInitWroteBesideThemAndValidateAgainstIt() throws Exception {
        assertEquals(0, Cli.run("init", dir.toString()).code());
        for (String file : new String[] {".medlint.yaml", "medlint/clinic-rules.yaml"}) {
            Path yamlFile = dir.resolve(file);
            String text = Files.readString(yamlFile, StandardCharsets.UTF_8);
            Matcher m = MODELINE.matcher(text);
            assertTrue(m.find(), file + " starts with the modeline:\n" + text);
            // relative to the file, as the YAML language server resolves it, and without '..' (which it mishandles)
            assertFalse(m.group(1).contains(".."), m.group(1));
            Path schemaFile = yamlFile.getParent().resolve(m.group(1));
            assertTrue(Files.isRegularFile(schemaFile), schemaFile::toString);
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(JSON.readTree(Files.readString(schemaFile)));
            Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            JsonNode node = JSON.valueToTree(yaml);
            assertEquals(java.util.Set.of(), schema.validate(node), file);
            // and the schema checks something: a misspelt key is refused
            ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("fail-onn", "error");
            assertFalse(schema.validate(node).isEmpty(), file);
        }
        assertEquals(Cli.run("schema", "config").out(),
                Files.readString(dir.resolve("medlint/schema/medlint-config.schema.json")));
    }
}

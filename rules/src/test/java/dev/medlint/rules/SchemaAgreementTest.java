package dev.medlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.medlint.core.config.ConfigLoader;
import dev.medlint.core.pack.BuiltinPacks;
import dev.medlint.core.pack.PackLoader;
import dev.medlint.core.pack.RuleOverride;
import dev.medlint.core.rule.Category;
import dev.medlint.core.rule.RuleBinding;
import dev.medlint.core.rule.RuleType;
import dev.medlint.core.rule.RuleTypes;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The JSON Schemas shipped for editors (rules/schema, docs/schema) say what the loaders accept: every shipped pack
 * validates, and the keys the schemas list are exactly the keys the loaders and the registered rule types read.
 */
class SchemaAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path RULE_SCHEMA = Path.of("schema", "rule-pack.schema.json");
    private static final Path CONFIG_SCHEMA = Path.of("..", "docs", "schema", "medlint-config.schema.json");

    private static JsonNode read(Path p) throws Exception {
        return JSON.readTree(Files.readString(p, StandardCharsets.UTF_8));
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> out = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void everyShippedPackValidatesAgainstTheRuleSchema() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(read(RULE_SCHEMA));
        for (String name : BuiltinPacks.names()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("medlint/packs/" + name + ".yaml")) {
                Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                Set<ValidationMessage> errors = schema.validate(JSON.valueToTree(yaml));
                assertEquals(Set.of(), errors, name);
            }
        }
        // and the schema is no rubber stamp: an unknown key and an unknown type are refused
        JsonNode bad = JSON.readTree("{\"pack\": \"x\", \"rules\": [{\"id\": \"a\", \"title\": \"t\", "
                + "\"category\": \"overclaim\", \"severity\": \"error\", \"law\": \"l\", \"type\": \"phrase\", "
                + "\"match\": [\"x\"], \"message\": \"m\", \"suggestion\": \"s\", \"colour\": \"red\", "
                + "\"examples\": {\"flag\": [\"a\", \"b\", \"c\"], \"pass\": [\"d\", \"e\", \"f\"]}}]}");
        assertFalse(schema.validate(bad).isEmpty());
    }

    @Test
    void theRuleSchemaListsTheKeysTheLoaderAndTheRuleTypesRead() throws Exception {
        JsonNode schema = read(RULE_SCHEMA);
        assertEquals(new TreeSet<>(PackLoader.PACK_KEYS), keys(schema.get("properties")));
        JsonNode rule = schema.get("$defs").get("rule");
        RuleTypes types = RuleTypes.builtIn();
        Set<String> allKeys = new TreeSet<>(RuleBinding.COMMON_KEYS);
        types.all().forEach(t -> allKeys.addAll(t.keys()));
        assertEquals(allKeys, keys(rule.get("properties")));
        assertEquals(new TreeSet<>(types.names()), strings(rule.get("properties").get("type").get("enum")));
        assertEquals(new TreeSet<>(Arrays.stream(Category.values()).map(Category::id).toList()),
                strings(rule.get("properties").get("category").get("enum")));
        Set<String> typed = new HashSet<>();
        for (JsonNode branch : rule.get("allOf")) {
            String name = branch.get("if").get("properties").get("type").get("const").asText();
            RuleType type = types.find(name).orElseThrow();
            Set<String> expected = new TreeSet<>(RuleBinding.COMMON_KEYS);
            expected.addAll(type.keys());
            assertEquals(expected, strings(branch.get("then").get("propertyNames").get("enum")), name);
            typed.add(name);
        }
        assertEquals(new HashSet<>(types.names()), typed, "every rule type has its branch in the schema");
        Set<String> extendKeys = new TreeSet<>(RuleOverride.KEYS);
        extendKeys.add("id");
        assertEquals(extendKeys, keys(schema.get("properties").get("extend").get("items").get("properties")));
    }

    @Test
    void theConfigurationSchemaListsTheKeysTheConfigurationLoaderReads() throws Exception {
        JsonNode schema = read(CONFIG_SCHEMA);
        assertEquals(new TreeSet<>(ConfigLoader.KEYS), keys(schema.get("properties")));
        assertTrue(schema.get("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean());
    }
}

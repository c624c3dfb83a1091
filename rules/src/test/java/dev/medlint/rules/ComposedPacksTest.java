package dev.medlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.pack.BuiltinPacks;
import dev.medlint.core.util.Digests;
import dev.medlint.core.yaml.NodeTree;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The build wrote every bundled pack's composed document, from the YAML that ships beside it. */
class ComposedPacksTest {
    private static byte[] resource(String path) throws Exception {
        try (InputStream in = ComposedPacksTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path + " is not on the class path");
            return in.readAllBytes();
        }
    }

    @Test
    void everyBundledPackHasAFreshComposedDocument() throws Exception {
        assertTrue(BuiltinPacks.names().size() >= 2);
        for (String name : BuiltinPacks.names()) {
            byte[] yaml = resource("medlint/packs/" + name + ".yaml");
            byte[] nodes = resource("medlint/packs/" + name + ".nodes");
            NodeTree.Document d = NodeTree.read(nodes, yaml).orElse(null);
            assertNotNull(d, name + ".nodes is stale or broken");
            assertEquals(Digests.sha256(new String(yaml, StandardCharsets.UTF_8)), d.yamlDigest(),
                    "the pack's digest, which the cache key holds, is the YAML's");
        }
    }
}

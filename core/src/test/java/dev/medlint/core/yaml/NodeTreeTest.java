package dev.medlint.core.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.medlint.core.util.Digests;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A document read back from its binary form is the one SnakeYAML composed, in everything the loaders look at. */
class NodeTreeTest {
    private static final String YAML = """
            pack: demo
            # a comment
            rules:
              - id: no-risk
                severity: error
                enabled: 'no'
                match: [부작용 없는, "pain-free", ~]
                message: |
                  Two lines
                  of text
                examples: {flag: [a], pass: []}
              - id: empty
                when:
            """;

    /** One line per node: kind, tag, value, style, flow style, start and end (index, line, column), in order. */
    private static List<String> describe(Node n) {
        List<String> out = new ArrayList<>();
        describe(n, out);
        return out;
    }

    private static void describe(Node n, List<String> out) {
        String where = n.getStartMark().getIndex() + ":" + n.getStartMark().getLine() + ":"
                + n.getStartMark().getColumn() + "-" + n.getEndMark().getIndex() + ":" + n.getEndMark().getLine() + ":"
                + n.getEndMark().getColumn();
        if (n instanceof ScalarNode s) {
            out.add("scalar " + s.getTag() + " [" + s.getValue() + "] " + s.getScalarStyle() + " " + where);
        } else if (n instanceof SequenceNode q) {
            out.add("sequence " + q.getTag() + " " + q.getFlowStyle() + " " + q.getValue().size() + " " + where);
            q.getValue().forEach(c -> describe(c, out));
        } else {
            MappingNode m = (MappingNode) n;
            out.add("mapping " + m.getTag() + " " + m.getFlowStyle() + " " + m.getValue().size() + " " + where);
            for (NodeTuple t : m.getValue()) {
                describe(t.getKeyNode(), out);
                describe(t.getValueNode(), out);
            }
        }
    }

    @Test
    void aDocumentReadBackIsTheComposedOne() throws Exception {
        Node composed = new YamlNodes("demo").parse(YAML);
        byte[] tree = NodeTree.write(composed, utf8(YAML));
        NodeTree.Document document = NodeTree.read(tree, utf8(YAML)).orElseThrow();
        assertEquals(Digests.sha256(YAML), document.yamlDigest());
        Node read = document.root();
        assertEquals(describe(composed), describe(read));
        assertTrue(describe(read).size() > 20, "the document has nodes of every kind");
        assertTrue(YamlNodes.isEmpty(((MappingNode) ((SequenceNode) ((MappingNode) read).getValue().get(1)
                .getValueNode()).getValue().get(1)).getValue().get(1).getValueNode()), "a null stays null");
    }

    @Test
    void aTreeOfOtherTextOrABrokenOneIsRefused() throws Exception {
        Node composed = new YamlNodes("demo").parseOptional(YAML);
        byte[] tree = NodeTree.write(composed, utf8(YAML));
        assertTrue(NodeTree.read(tree, utf8(YAML + "# edited\n")).isEmpty(), "the YAML grew since");
        assertTrue(NodeTree.read(tree, utf8(YAML.replace("error", "issue"))).isEmpty(), "same length, other text");
        assertTrue(NodeTree.read(Arrays.copyOf(tree, tree.length / 2), utf8(YAML)).isEmpty(), "truncated");
        byte[] longer = Arrays.copyOf(tree, tree.length + 1);
        assertTrue(NodeTree.read(longer, utf8(YAML)).isEmpty(), "trailing bytes");
        byte[] foreign = tree.clone();
        foreign[0] = 'x';
        assertTrue(NodeTree.read(foreign, utf8(YAML)).isEmpty(), "not this format");
        assertTrue(NodeTree.read(new byte[0], utf8(YAML)).isEmpty());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}

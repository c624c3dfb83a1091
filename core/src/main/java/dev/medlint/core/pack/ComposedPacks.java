package dev.medlint.core.pack;

import dev.medlint.core.yaml.NodeTree;
import dev.medlint.core.yaml.RuleFileException;
import dev.medlint.core.yaml.YamlNodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Build step of the rules module: writes beside each bundled pack ({@code <name>.yaml}, listed in {@code packs.txt})
 * its document composed in advance ({@code <name>.nodes}, see {@link NodeTree}), which {@link BuiltinPacks} reads
 * instead of parsing the YAML when a check starts.
 */
public final class ComposedPacks {
    private ComposedPacks() {
    }

    /**
     * {@code args[0]}: the folder holding {@code packs.txt} and the packs. Silent on success; exits 1 with one line
     * on an error.
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ComposedPacks PACK_FOLDER");
            System.exit(2);
        }
        try {
            write(Path.of(args[0]));
        } catch (IOException | RuleFileException e) {
            System.err.println("medlint: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Writes the composed document of every pack the folder lists; returns their names. */
    public static List<String> write(Path folder) throws IOException, RuleFileException {
        List<String> names = Files.readAllLines(folder.resolve("packs.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        for (String name : names) {
            byte[] yaml = Files.readAllBytes(folder.resolve(name + ".yaml"));
            String content = new String(yaml, StandardCharsets.UTF_8);
            byte[] tree = NodeTree.write(new YamlNodes("builtin:" + name).parse(content), yaml);
            Path target = folder.resolve(name + ".nodes");
            Path temp = folder.resolve(name + ".nodes.tmp");
            Files.write(temp, tree);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return names;
    }
}

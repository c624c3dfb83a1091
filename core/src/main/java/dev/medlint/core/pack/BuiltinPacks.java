package dev.medlint.core.pack;

import dev.medlint.core.util.Suggest;
import dev.medlint.core.yaml.RuleFileException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The rule packs bundled on the class path (the {@code medlint-rules} jar) under {@code medlint/packs/}. */
public final class BuiltinPacks {
    /** The pack used when nothing else is configured. */
    public static final String DEFAULT = "kr-medical-ad";
    /** The packs used when nothing else is configured: one per language (English, Korean). */
    public static final List<String> DEFAULTS = List.of(DEFAULT, "kr-medical-ad-ko");
    private static final String LIST = "medlint/packs/packs.txt";

    private BuiltinPacks() {
    }

    /** Names of the bundled packs. */
    public static List<String> names() {
        String list = resource(LIST);
        if (list == null) {
            return List.of();
        }
        return list.lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
    }

    /** Loads a bundled pack by name. */
    public static RulePack load(String name, PackLoader loader) throws RuleFileException {
        byte[] yaml = bytes("medlint/packs/" + name + ".yaml");
        if (yaml == null) {
            throw new RuleFileException(name, 1, 1, "no bundled rule pack named '" + name + "'"
                    + Suggest.hint(name, names()) + "; bundled packs: " + String.join(", ", names()));
        }
        byte[] composed = bytes(composedPath(name));
        return loader.loadTested("builtin:" + name, new String(yaml, StandardCharsets.UTF_8),
                composed == null ? null : dev.medlint.core.yaml.NodeTree.read(composed, yaml).orElse(null));
    }

    /**
     * Where the build puts a bundled pack's document composed in advance ({@link dev.medlint.core.yaml.NodeTree},
     * written by {@link ComposedPacks}).
     */
    static String composedPath(String name) {
        return "medlint/packs/" + name + ".nodes";
    }

    private static String resource(String path) {
        byte[] b = bytes(path);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String path) {
        try (InputStream in = BuiltinPacks.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}

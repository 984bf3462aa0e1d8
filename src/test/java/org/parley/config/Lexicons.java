package org.parley.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Lexicons for tests: the repository's own, the one a run from some folder reads, or the repository's with more words. */
public final class Lexicons {

    private Lexicons() {}

    /** The repository's config/lexicon.yaml, read as the product reads it. */
    public static Lexicon repository() {
        return at(Path.of("").toAbsolutePath());
    }

    /** What Parley run from {@code home} reads: its config/lexicon.yaml, else the default bundled in the jar. */
    public static Lexicon at(Path home) {
        ConfigLoader loader = new ConfigLoader(home, name -> null);
        return Lexicon.load(loader, loader.load());
    }

    /**
     * The repository's lexicon with {@code entries} added to the list at {@code pointer} ("/question/speech"),
     * written to {@code home}/config/lexicon.yaml and read back from there.
     */
    public static Lexicon withAdded(Path home, String pointer, String... entries) throws IOException {
        return edited(home, tree -> {
            if (!(tree.at(pointer) instanceof ArrayNode list))
                throw new IllegalArgumentException("No list at " + pointer);
            for (String entry : entries) list.add(entry);
        });
    }

    /** The repository's lexicon as {@code edit} leaves it, written to {@code home}/config/lexicon.yaml and read back. */
    public static Lexicon edited(Path home, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode tree = (ObjectNode)
                ConfigLoader.YAML.readTree(Path.of("config/lexicon.yaml").toFile());
        edit.accept(tree);
        Files.createDirectories(home.resolve("config"));
        ConfigLoader.YAML.writeValue(home.resolve("config/lexicon.yaml").toFile(), tree);
        return at(home);
    }
}

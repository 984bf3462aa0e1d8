package org.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The layers the README's code map promises, read from the imports of the sources: the engine returns data and
 * knows nothing of Discord, wording or the store; the wording knows nothing of the store; the front ends never touch
 * Lucene.
 */
class LayeringTest {

    private static final Path SOURCES = Path.of("src/main/java/org/parley");

    @ParameterizedTest(name = "{0} never imports {1}")
    @CsvSource({
        "answer, net.dv8tion org.parley.ui org.parley.discord org.parley.cli org.parley.store",
        "corpus, net.dv8tion org.parley.ui org.parley.discord org.parley.cli org.parley.store",
        "index, net.dv8tion org.parley.ui org.parley.discord org.parley.cli org.parley.store",
        "facts, net.dv8tion org.parley.ui org.parley.discord org.parley.cli org.parley.store",
        "quiz, net.dv8tion org.parley.ui org.parley.discord org.parley.cli org.parley.store",
        "learn, net.dv8tion org.parley.ui org.parley.discord org.parley.cli org.parley.store",
        "config, net.dv8tion org.parley.ui org.parley.discord org.parley.cli org.parley.store",
        "ui, net.dv8tion org.parley.store org.parley.discord org.parley.cli org.apache.lucene",
        "store, net.dv8tion org.parley.discord org.parley.cli org.apache.lucene",
        "discord, org.apache.lucene org.parley.cli",
        "cli, org.apache.lucene",
    })
    void packageStaysInItsLayer(String pkg, String forbidden) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES.resolve(pkg))) {
            files = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertTrue(files.size() > 1, "no sources found for " + pkg);
        List<String> breaches = new ArrayList<>();
        for (Path f : files) {
            for (String line : lines(f)) {
                if (!line.startsWith("import ")) continue;
                for (String prefix : forbidden.split(" ")) {
                    if (line.startsWith("import " + prefix + ".") || line.startsWith("import static " + prefix + "."))
                        breaches.add(SOURCES.relativize(f) + ": " + line);
                }
            }
        }
        assertEquals(List.of(), breaches);
    }

    private static List<String> lines(Path f) {
        try {
            return Files.readAllLines(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

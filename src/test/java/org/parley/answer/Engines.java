package org.parley.answer;

import java.nio.file.Path;
import java.util.Optional;
import org.parley.config.ConfigLoader;
import org.parley.config.Lexicon;

/** Engines over the test fixtures, with the repository's real settings and lexicon. */
public final class Engines {
    private Engines() {}

    public static EngineSettings settings(String fixture, boolean semantic) {
        ConfigLoader loader = new ConfigLoader(Path.of("").toAbsolutePath(), name -> null);
        var config = loader.load();
        return new EngineSettings(
                Path.of("src/test/resources/corpus", fixture),
                Optional.empty(),
                Lexicon.load(loader, config),
                semantic,
                config.engine().maxCitations(),
                config.engine().maxQuestionChars());
    }

    /** Copies the articles of the named fixture folders into {@code folder}: a corpus of several stories. */
    public static void copyFixtures(Path folder, String... fixtures) throws java.io.IOException {
        for (String fixture : fixtures) {
            try (var files = java.nio.file.Files.list(Path.of("src/test/resources/corpus", fixture))) {
                for (Path f : files.toList()) java.nio.file.Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
    }

    /**
     * The news-like fixture articles written for Parley's tests, by folder name: every corpus under
     * src/test/resources/corpus but {@code hostile} (an article of tricks, not news). A test that leaves one out says why.
     */
    public static java.util.stream.Stream<String> newsFixtures() {
        try (var folders = java.nio.file.Files.list(Path.of("src/test/resources/corpus"))) {
            return folders
                    .filter(java.nio.file.Files::isDirectory)
                    .map(f -> f.getFileName().toString())
                    .filter(name -> !name.equals("hostile"))
                    .sorted()
                    .toList()
                    .stream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static AnswerEngine open(String fixture) {
        return AnswerEngine.open(settings(fixture, true));
    }
}

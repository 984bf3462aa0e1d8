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

    public static AnswerEngine open(String fixture) {
        return AnswerEngine.open(settings(fixture, true));
    }
}

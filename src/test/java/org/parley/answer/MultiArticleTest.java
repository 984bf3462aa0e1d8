package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ui.AnswerText;

/** Several articles in one corpus: answers keep each article's people and places apart. */
class MultiArticleTest {

    @TempDir
    Path corpus;

    @Test
    void aVenueInTheQuestionPicksItsArticleAndLeadsNameOnlyCitedPeople() throws IOException {
        Engines.copyFixtures(corpus, "riyadh", "jeddah", "istanbul");
        EngineSettings base = Engines.settings("riyadh", false);
        EngineSettings settings = new EngineSettings(
                corpus, Optional.empty(), base.lexicon(), false, base.maxCitations(), base.maxQuestionChars());
        try (AnswerEngine engine = AnswerEngine.open(settings)) {
            Answer riyadh = engine.ask("Who met in Riyadh?");
            assertTrue(
                    riyadh.citations().stream().allMatch(c -> c.document().equals("us-russia-riyadh-talks")),
                    riyadh.citations().toString());
            assertFalse(AnswerText.lead(riyadh).contains("Medinsky"), AnswerText.lead(riyadh));
            Answer istanbul = engine.ask("Who met in Istanbul?");
            assertTrue(
                    AnswerText.lead(istanbul).contains("Medinsky")
                            && !AnswerText.lead(istanbul).contains("Lavrov"),
                    AnswerText.lead(istanbul));
        }
    }
}

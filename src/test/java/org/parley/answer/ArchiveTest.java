package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.corpus.Corpus;
import org.parley.corpus.CorpusLoader;
import org.parley.ui.AnswerText;

/**
 * A place named in a question confines the answer to the articles set there while the corpus covers a few talks,
 * and no longer in an archive of thousands of articles, where many share each venue.
 */
class ArchiveTest {

    private static final String OSLO =
            "The talks took place in Oslo. In Geneva, envoy Mara Quill signed the water protocol.";
    private static final String GENEVA = "The talks were held in Geneva. Delegates praised the hosts.";
    private static final String QUESTION = "What did Mara Quill sign in Geneva?";

    @Test
    void aVenueConfinesTheAnswerAmongAFewArticlesOnly() throws IOException {
        try (AnswerEngine few = engine(corpus(0))) {
            assertTrue(few.corpus().sentenceCount() < 100);
            assertFalse(cites(few.ask(QUESTION), "Mara Quill"), "only the article set in Geneva is searched");
        }
        try (AnswerEngine archive = engine(corpus(520))) {
            assertTrue(archive.corpus().sentenceCount() > 20_000);
            // Ranked with no threshold: this is about which articles are searched, not about the confidence.
            Answer a = archive.decide(archive.prepare(QUESTION), AnswerModel.load(null), 0);
            assertTrue(cites(a, "Mara Quill"), AnswerText.markdown(a));
        }
    }

    /** The Oslo and Geneva articles and {@code filler} articles of 40 sentences, each set somewhere else. */
    private static Corpus corpus(int filler) {
        List<String> ids = new ArrayList<>(List.of("oslo", "geneva")), texts = new ArrayList<>(List.of(OSLO, GENEVA));
        for (int a = 0; a < filler; a++) {
            StringBuilder text = new StringBuilder("The meeting was held in Vienna.");
            for (int s = 1; s < 40; s++)
                text.append(" Delegates reviewed clause ")
                        .append(a)
                        .append('-')
                        .append(s)
                        .append(" of the draft.");
            ids.add("filler-" + a);
            texts.add(text.toString());
        }
        return new CorpusLoader(org.parley.config.Lexicons.repository()).fromTexts(ids, texts);
    }

    private static AnswerEngine engine(Corpus corpus) {
        EngineSettings base = Engines.settings("riyadh", false);
        return AnswerEngine.open(
                new EngineSettings(
                        base.corpus(),
                        Optional.empty(),
                        base.lexicon(),
                        false,
                        base.maxCitations(),
                        base.maxQuestionChars()),
                corpus);
    }

    private static boolean cites(Answer a, String text) {
        return a.citations().stream().anyMatch(c -> c.quote().contains(text));
    }
}

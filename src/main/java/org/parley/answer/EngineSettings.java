package org.parley.answer;

import java.nio.file.Path;
import java.util.Optional;
import org.parley.config.Lexicon;

/**
 * What the engine needs to start.
 *
 * @param index           where to keep the built index; empty keeps it in memory
 * @param model           the fitted ranker and answerer
 * @param answerThreshold the confidence below which Parley says the articles do not answer
 */
public record EngineSettings(
        Path corpus,
        Optional<Path> index,
        Lexicon lexicon,
        boolean semantic,
        int maxCitations,
        int maxQuestionChars,
        AnswerModel model,
        double answerThreshold) {

    /** With the bundled model and the threshold its training chose. */
    public EngineSettings(
            Path corpus,
            Optional<Path> index,
            Lexicon lexicon,
            boolean semantic,
            int maxCitations,
            int maxQuestionChars) {
        this(corpus, index, lexicon, semantic, maxCitations, maxQuestionChars, AnswerModel.load(null));
    }

    private EngineSettings(
            Path corpus,
            Optional<Path> index,
            Lexicon lexicon,
            boolean semantic,
            int maxCitations,
            int maxQuestionChars,
            AnswerModel model) {
        this(corpus, index, lexicon, semantic, maxCitations, maxQuestionChars, model, model.suggestedThreshold());
    }
}

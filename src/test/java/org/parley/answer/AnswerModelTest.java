package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.ConfigLoader;
import org.parley.index.EmbeddingModel;

/** The shipped model file: it loads, matches this build's features, and the config uses the threshold it chose. */
class AnswerModelTest {

    @Test
    void theBundledModelMatchesTheFeaturesThisBuildMeasures() {
        AnswerModel m = AnswerModel.load(null);
        assertEquals(AnswerModel.rankerFeatures(), m.ranker().features());
        assertEquals(AnswerModel.answererFeatures(), m.answerer().features());
        assertTrue(m.figures().containsKey("leaveOneArticleOut"), "the model records its cross-validated figures");
    }

    @Test
    void theConfiguredThresholdIsTheOneTrainingChose() {
        double configured = new ConfigLoader(Path.of("").toAbsolutePath(), name -> null)
                .load()
                .engine()
                .answerThreshold();
        assertEquals(
                AnswerModel.load(null).suggestedThreshold(),
                configured,
                1e-9,
                "config/parley.yaml engine.answerThreshold must be the threshold 'parley train' wrote into the model");
    }

    @Test
    void aModelFitOnOtherFeaturesIsRefusedWithAClearMessage(@TempDir Path dir) throws IOException {
        AnswerModel m = AnswerModel.untrained(EmbeddingModel.MINILM);
        Path file = dir.resolve("m.json");
        m.write(file);
        String stale = Files.readString(file).replace("\"COVERAGE\"", "\"SOMETHING_ELSE\"");
        Files.writeString(file, stale);
        Exception e = assertThrows(RuntimeException.class, () -> AnswerModel.load(file));
        assertTrue(
                String.valueOf(e.getMessage()).contains("retrain")
                        || String.valueOf(e.getCause()).contains("retrain"),
                e.toString());
    }

    @Test
    void confidenceIsAProbabilityAndRankingPrefersTheBetterCandidate() {
        AnswerModel m = AnswerModel.load(null);
        double[] weak = new double[Feature.COUNT], strong = new double[Feature.COUNT];
        strong[Feature.COVERAGE.ordinal()] = 1;
        strong[Feature.SENTENCE_COVERAGE.ordinal()] = 1;
        strong[Feature.COSINE.ordinal()] = 0.8;
        strong[Feature.BM25_SHARE.ordinal()] = 1;
        // As the extractor measures a sentence holding every question word: all shares full, first on both searches.
        strong[Feature.TERM_SHARE.ordinal()] = 1;
        strong[Feature.PREDICATE_COVERAGE.ordinal()] = 1;
        strong[Feature.NAME_COVERAGE.ordinal()] = 1;
        strong[Feature.BM25_RECIPROCAL_RANK.ordinal()] = 1;
        strong[Feature.COSINE_RECIPROCAL_RANK.ordinal()] = 1;
        weak[Feature.PREDICATE_MISSES.ordinal()] = Math.log1p(3);
        assertTrue(m.rank(strong) > m.rank(weak));
        double c = m.confidence(AnswerModel.answererInput(strong, 3, 0.9));
        assertTrue(c > 0 && c < 1, "confidence " + c);
        assertTrue(c > m.confidence(AnswerModel.answererInput(weak, 0, 0.1)));
        assertEquals(Map.of(), AnswerModel.untrained(EmbeddingModel.MINILM).figures());
        assertEquals(List.of("MARGIN", "PROBABILITY"), AnswerModel.SCORE_FEATURES);
    }
}

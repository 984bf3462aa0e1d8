package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The coincidence rule on feature vectors: what it refuses and what it leaves to the answerer. */
class CoincidenceTest {

    private static double[] best(double cosine, double coverage, double facetFit) {
        double[] x = new double[Feature.values().length];
        x[Feature.COSINE.ordinal()] = cosine;
        x[Feature.COVERAGE.ordinal()] = coverage;
        x[Feature.FACET_FIT.ordinal()] = facetFit;
        return x;
    }

    @Test
    void aSentenceOfAnotherMeaningIsRefusedWhateverWordsItShares() {
        assertTrue(Coincidence.refuses(best(0.15, 1.0, 0)));
    }

    @Test
    void aSentenceSharingNoWordIsRefusedUnlessItsMeaningIsClose() {
        assertTrue(Coincidence.refuses(best(0.25, 0, 0)));
        assertFalse(Coincidence.refuses(best(0.45, 0, 0)), "a paraphrase shares meaning, not words");
    }

    @Test
    void oneSharedWordLeavesTheMiddleCosinesToTheAnswerer() {
        assertFalse(Coincidence.refuses(best(0.25, 0.2, 0)));
    }

    @Test
    void aSentenceOfTheFacetAskedForIsNeverACoincidence() {
        assertFalse(Coincidence.refuses(best(0.1, 0, 1)));
    }

    @Test
    void withoutEmbeddingsThereIsNoCosineToJudgeBy() {
        assertFalse(Coincidence.refuses(best(0, 0, 0)));
    }
}

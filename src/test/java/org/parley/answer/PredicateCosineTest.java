package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Feature#PREDICATE_COSINE}: what a question asks of its names, measured without them. A sentence that only
 * shares the names ("What is the capital of Seluvia?" against a sentence about Seluvia) is near the question but far
 * from what it asks.
 */
class PredicateCosineTest {

    private static AnswerEngine engine;

    @BeforeAll
    static void open() {
        engine = Engines.open("coral");
    }

    @AfterAll
    static void close() throws Exception {
        engine.close();
    }

    @Test
    void theQuestionLosesItsNamesAndNumbersOnly() {
        Question q = engine.prepare("What is the capital of Seluvia?").question();
        assertEquals("What is the capital of ?", AnswerEngine.withoutNames(q));
        Question two = engine.prepare("Did Ruen Halvik agree to 55 per cent?").question();
        assertEquals("Did agree to per cent?", AnswerEngine.withoutNames(two));
        Question none = engine.prepare("how wide is the strait?").question();
        assertEquals("how wide is the strait?", AnswerEngine.withoutNames(none));
    }

    @Test
    void aSentenceSharingOnlyTheNameIsFartherFromWhatIsAsked() {
        List<double[]> candidates =
                engine.prepare("What is the capital of Seluvia?").features();
        assertFalse(candidates.isEmpty());
        double[] nearest = candidates.stream()
                .max((a, b) -> Double.compare(a[Feature.COSINE.ordinal()], b[Feature.COSINE.ordinal()]))
                .orElseThrow();
        assertTrue(
                nearest[Feature.PREDICATE_COSINE.ordinal()] < nearest[Feature.COSINE.ordinal()] - 0.1,
                "cosine " + nearest[Feature.COSINE.ordinal()] + ", without the name "
                        + nearest[Feature.PREDICATE_COSINE.ordinal()]);
    }

    @Test
    void aQuestionNamingNothingMeasuresTheSameCosineTwice() {
        List<double[]> candidates =
                engine.prepare("how wide is the strait at its narrowest point?").features();
        assertFalse(candidates.isEmpty());
        for (double[] x : candidates) {
            assertEquals(x[Feature.COSINE.ordinal()], x[Feature.PREDICATE_COSINE.ordinal()], 1e-6);
        }
    }
}

package org.parley.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.answer.LinearModel;

/** The fits on data whose answer is known: they must find the signal, and ignore noise and constants. */
class LogisticFitTest {

    private static final List<String> NAMES = List.of("signal", "noise", "constant");

    @Test
    void theRankerLearnsWhichFeatureMarksTheRightCandidate() {
        Random random = new Random(7);
        List<LogisticFit.RankingList> lists = new ArrayList<>();
        for (int q = 0; q < 200; q++) {
            double[][] rows = new double[10][];
            boolean[] right = new boolean[10];
            int answer = random.nextInt(10);
            for (int j = 0; j < 10; j++) {
                rows[j] = new double[] {random.nextGaussian() + (j == answer ? 2.5 : 0), random.nextGaussian(), 1};
                right[j] = j == answer;
            }
            lists.add(new LogisticFit.RankingList(rows, right, 1));
        }
        LinearModel m = LogisticFit.ranker(NAMES, lists);
        assertTrue(m.weights()[0] > 1, "signal weight " + m.weights()[0]);
        assertTrue(Math.abs(m.weights()[1]) < 0.3, "noise weight " + m.weights()[1]);
        assertEquals(0, m.weights()[2], 1e-9, "a constant feature carries nothing");
        int top1 = 0;
        for (LogisticFit.RankingList l : lists) {
            int best = 0;
            for (int j = 1; j < l.rows().length; j++) if (m.score(l.rows()[j]) > m.score(l.rows()[best])) best = j;
            if (l.right()[best]) top1++;
        }
        assertTrue(top1 > 140, "in-sample top-1 " + top1 + "/200");
    }

    @Test
    void theBinaryModelIsCalibratedOnDataDrawnFromALogisticModel() {
        Random random = new Random(11);
        List<LogisticFit.Example> examples = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            double x = random.nextGaussian();
            double p = 1 / (1 + Math.exp(-(2 * x - 0.5)));
            examples.add(new LogisticFit.Example(
                    new double[] {x, random.nextGaussian(), 3}, random.nextDouble() < p, 1, true));
        }
        LinearModel m = LogisticFit.binary(NAMES, examples);
        // The true model is 2x - 0.5; standardised x has a scale of about 1, so the fit should come close.
        assertEquals(2.0, m.weights()[0] / m.scale()[0], 0.25);
        double at0 = 1 / (1 + Math.exp(-m.score(new double[] {0, 0, 3})));
        assertEquals(1 / (1 + Math.exp(0.5)), at0, 0.04);
    }
}

package org.parley.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/** Fisher–Yates over any {@link RandomGenerator} (Collections.shuffle takes only a java.util.Random). */
final class Shuffle {

    private Shuffle() {}

    static <T> List<T> of(List<T> items, RandomGenerator random) {
        List<T> out = new ArrayList<>(items);
        for (int i = out.size() - 1; i > 0; i--) Collections.swap(out, i, random.nextInt(i + 1));
        return out;
    }
}

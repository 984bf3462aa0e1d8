package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.quicktheories.QuickTheory;

/**
 * How a fuzz property runs QuickTheories: one seed for the property, a number of examples, and shrinking bounded
 * by that number (QuickTheories' own default, 100,000 shrink cycles, would take hours over the real engine).
 *
 * <p>Reproducing a failure: a falsified property's message ends "Seed was N", and a failed {@link Coverage} check
 * names its seed too. Run that one test again with the seed fixed, e.g.
 * {@code mvn -B -q -ntp test -Dtest='MarkdownFuzzTest#plainUndoesEscape' -Dparley.fuzz.seed=N}: it generates the
 * same examples in the same order. Without {@value #SEED_PROPERTY} each property draws a fresh seed every run.
 *
 * @param seed the seed every example of the property is drawn from
 */
public record Fuzz(long seed) {

    /** The system property that fixes the seed, for reproducing a failure. */
    public static final String SEED_PROPERTY = "parley.fuzz.seed";

    /** The boundary examples QuickTheories tries before its random ones. */
    private static final int BOUNDARIES = 3;

    /** A property's run: seeded from {@value #SEED_PROPERTY} when it is set, afresh otherwise. */
    public static Fuzz seeded() {
        String fixed = System.getProperty(SEED_PROPERTY, "").strip();
        return new Fuzz(fixed.isEmpty() ? System.nanoTime() : Long.parseLong(fixed));
    }

    /**
     * QuickTheories with this seed, {@code examples} random examples and at most ten shrink cycles an example.
     * QuickTheories spends its first three examples on boundaries (every choice at its shrink target, its minimum,
     * its maximum) and skips a repeated one: those come on top, so a property with few examples still gets its
     * random ones.
     */
    public QuickTheory qt(int examples) {
        return QuickTheory.qt()
                .withFixedSeed(seed)
                .withExamples(examples + BOUNDARIES)
                .withShrinkCycles(examples * 10);
    }

    /** A counter of the examples that meet a condition, to assert after the run (a property may not pass vacuously). */
    public Coverage coverage(String label) {
        return new Coverage(label, seed);
    }

    /** How many of a property's examples met a condition, collected inside the property and checked after it ran. */
    public static final class Coverage {

        private final String label;
        private final long seed;
        private int examples;
        private int hits;

        private Coverage(String label, long seed) {
            this.label = label;
            this.seed = seed;
        }

        /** One example, and whether it met the condition; call it after the example's assertions passed. */
        public void collect(boolean hit) {
            examples++;
            if (hit) hits++;
        }

        /** At least {@code percent} of the examples met the condition. */
        public void assertAtLeast(double percent) {
            assertShare(percent, hits * 100.0 >= percent * examples, "at least");
        }

        /** More than {@code percent} of the examples met the condition. */
        public void assertMoreThan(double percent) {
            assertShare(percent, hits * 100.0 > percent * examples, "more than");
        }

        private void assertShare(double percent, boolean met, String wanted) {
            assertTrue(examples > 0, () -> label + ": no example ran (seed " + seed + ")");
            assertTrue(
                    met,
                    () -> "%s: %d of %d examples (%.1f%%), wanted %s %.1f%%; rerun with -D%s=%d"
                            .formatted(
                                    label,
                                    hits,
                                    examples,
                                    hits * 100.0 / examples,
                                    wanted,
                                    percent,
                                    SEED_PROPERTY,
                                    seed));
        }
    }
}

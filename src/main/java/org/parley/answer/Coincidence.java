package org.parley.answer;

/**
 * The one refusal on top of the answerer: a best sentence that shares the question's words but not its meaning
 * ("unresolved" matched "open two corridors"; "x" matched whatever held an x), or shares none of its words and little
 * of its meaning ("whats a good recipe for kimchi jjigae" against a sentence about Korea's trade). The answerer has
 * learned what people ask, not chatter no article is about, and gives those a third of a chance; the sentence vector
 * tells them apart. It stays because leave-one-article-out figures show it costs the labelled sets nothing (README,
 * "Rules that earn their place").
 */
public final class Coincidence {

    /** Cosine under which shared words are a coincidence: the hand-set bar of the engine before the learned model. */
    static final double UNRELATED_COSINE = 0.2;

    private Coincidence() {}

    /**
     * Cosine under which a sentence that holds none of the question's words (nor does its paragraph) is unrelated:
     * chosen on our 70 fixture sets and the dev set, where it refused 5 more of 797 unanswerable questions for 1 of 1,235 fair ones
     * answered right (0.35 refused 10 for 3); on the 11 news sets kept out of that choice it refused 2 more of 167
     * and no fair one; no SQuAD question has a best sentence without a shared word (README, "Chatter").
     */
    static final double UNSHARED_COSINE = 0.3;

    /** Whether the best candidate, by its features (indexed by {@link Feature#ordinal()}), is only a coincidence. */
    public static boolean refuses(double[] best) {
        double cosine = best[Feature.COSINE.ordinal()];
        boolean semantic = cosine != 0; // lexical-only mode has no cosine to judge by
        boolean sharesNoWord = best[Feature.COVERAGE.ordinal()] == 0;
        return semantic
                && best[Feature.FACET_FIT.ordinal()] == 0
                && (cosine < UNRELATED_COSINE || (sharesNoWord && cosine < UNSHARED_COSINE));
    }
}

package org.parley.answer;

/**
 * The one refusal on top of the answerer: a best sentence that shares the question's words but not its meaning
 * ("unresolved" matched "open two corridors"; "x" matched whatever held an x). The answerer has learned what people
 * ask, not strings no person asks, and gives those a third of a chance; the sentence vector tells them apart. It stays
 * because leave-one-article-out figures show it costs the labelled sets nothing (README, "Rules that earn their
 * place").
 */
public final class Coincidence {

    /** Cosine under which shared words are a coincidence: the hand-set bar of the engine before the learned model. */
    static final double UNRELATED_COSINE = 0.2;

    private Coincidence() {}

    /** Whether the best candidate, by its features (indexed by {@link Feature#ordinal()}), is only a coincidence. */
    public static boolean refuses(double[] best) {
        double cosine = best[Feature.COSINE.ordinal()];
        boolean semantic = cosine != 0; // lexical-only mode has no cosine to judge by
        return semantic && cosine < UNRELATED_COSINE && best[Feature.FACET_FIT.ordinal()] == 0;
    }
}

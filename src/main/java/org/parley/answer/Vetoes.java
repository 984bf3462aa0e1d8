package org.parley.answer;

/**
 * Refusals on top of the answerer, each for a question the best sentence plainly does not answer, read from
 * that sentence's features. They stay because leave-one-article-out figures show they help (README,
 * "Rules that earn their place"); the cosine bars are those of the engine before the learned model, kept as
 * they were rather than tuned again on the questions they are judged on, but for the unknown focus's (below).
 */
public final class Vetoes {

    /** Below this, shared words are a coincidence: "unresolved" matched "open two corridors". */
    static final double UNRELATED_COSINE = 0.2;
    /**
     * When the question's focus noun never occurs in the corpus ("the population of …", "the weather in …"), only a
     * sentence this close answers. 0.7 (hand-set) refused fair paraphrases on unseen articles ("the first batch of
     * detainees"); 0.5 was the best of 0.3 to 0.7 by leave-one-article-out over 26 articles (README, "Rules that earn
     * their place"), and none at all answered "What is the weather in Moscow today?".
     */
    static final double UNKNOWN_FOCUS_COSINE = 0.5;
    /** "How many …?" over a sentence without a number; "What did X say?" over one without words said. */
    static final double MISSING_KIND_COSINE = 0.6;

    private Vetoes() {}

    /** Whether the best candidate, by its features (indexed by {@link Feature#ordinal()}), plainly does not answer. */
    public static boolean refuse(double[] best) {
        double cosine = best[Feature.COSINE.ordinal()];
        boolean semantic = cosine != 0; // lexical-only mode has no cosine to judge by
        if (best[Feature.UNKNOWN_FOCUS.ordinal()] > 0) return !semantic || cosine < UNKNOWN_FOCUS_COSINE;
        if (!semantic) return false;
        if (cosine < UNRELATED_COSINE && best[Feature.FACET_FIT.ordinal()] == 0) return true;
        if (best[Feature.ASKS_QUANTITY.ordinal()] > 0 && best[Feature.TYPE_QUANTITY.ordinal()] == 0)
            return cosine < MISSING_KIND_COSINE;
        if (best[Feature.ASKS_WORDS.ordinal()] > 0
                && best[Feature.TYPE_WORDS.ordinal()] == 0
                && best[Feature.FACET_FIT.ordinal()] == 0) {
            return cosine < MISSING_KIND_COSINE;
        }
        return false;
    }
}

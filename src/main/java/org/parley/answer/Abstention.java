package org.parley.answer;

/**
 * Decides whether the best sentence answers the question, on signals that mean the same from one question
 * to the next: support (the IDF-weighted share of the question the sentence or its paragraph covers, plus
 * a little for holding the kind of answer asked for) and embedding similarity. Raw BM25 scores are never
 * used: they shift with corpus size and question length.
 */
final class Abstention {

    /** Support at which a sentence answers, whatever the embedding says. */
    static final double SUPPORT = 0.4;
    /** With weaker support, the meaning must agree closely. */
    static final double WEAK_SUPPORT = 0.2, WEAK_SUPPORT_COSINE = 0.55;
    /** "How many/long/old": a sentence with no number answers only as a near-paraphrase. */
    static final double NO_QUANTITY_COSINE = 0.6;
    /** "What did X and Y agree?" over a sentence where they only met: the asked-for act must be there. */
    static final double MISSED_FACET_COSINE = 0.75;
    /** Below this, shared words are a coincidence: "unresolved" matched "open two corridors". */
    static final double UNRELATED_COSINE = 0.2;
    /** When the question's focus noun never occurs in the corpus, only a near-paraphrase answers. */
    static final double UNKNOWN_FOCUS_COSINE = 0.7;

    boolean answers(Question q, ScoredPassage best) {
        double support = best.coverage() + 0.15 * best.typeFit() + 0.10 * best.facetFit();
        double cosine = best.semantic();
        boolean unknownFocus = q.terms().stream().anyMatch(t -> t.focus() && !t.known());
        if (q.listIntent() && best.facetFit() > 0) return true;
        if (unknownFocus) return cosine >= UNKNOWN_FOCUS_COSINE;
        if (best.missesFacet() || best.missesNumber()) return cosine >= MISSED_FACET_COSINE;
        if (!semanticMissing(cosine) && cosine < UNRELATED_COSINE && best.facetFit() == 0) return false;
        if (q.asksQuantity() && best.typeFit() == 0) return cosine >= NO_QUANTITY_COSINE;
        // "What did Putin say?" over a sentence that only mentions him: no quote, no speech verb, no answer.
        if (q.asksWords() && best.typeFit() == 0 && best.facetFit() == 0) return cosine >= NO_QUANTITY_COSINE;
        if (support >= SUPPORT) return true;
        return support >= WEAK_SUPPORT && cosine >= WEAK_SUPPORT_COSINE;
    }

    /** Lexical-only mode (no embedding model): decide on coverage alone. */
    private static boolean semanticMissing(double cosine) {
        return cosine == 0;
    }

    /** Whether a further sentence is worth citing beside the best one. */
    boolean relevant(ScoredPassage p) {
        return p.sentenceCoverage() >= 0.25 || p.semantic() >= 0.4;
    }
}

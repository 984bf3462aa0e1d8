package org.parley.answer;

/**
 * Decides whether the best sentence answers the question, on signals that mean the same from one question
 * to the next: the IDF-weighted share of the question's terms the sentence (or its paragraph) covers, and
 * embedding similarity. Raw BM25 scores are never used: they shift with corpus size and question length.
 */
final class Abstention {

    /** Covering this share of the question's weight answers it, if the meaning is not far off. */
    static final double COVERAGE = 0.5;
    static final double COVERAGE_MIN_COSINE = 0.2;
    /** A partial match needs the meaning to agree. */
    static final double PARTIAL_COVERAGE = 0.3, PARTIAL_COSINE = 0.4;
    /** A close paraphrase answers even with few shared words. */
    static final double PARAPHRASE_COSINE = 0.55;

    boolean answers(Question q, ScoredPassage best) {
        double unknown = q.terms().stream().filter(t -> !t.known() && !t.generic()).mapToDouble(QueryTerm::weight).sum()
                / Math.max(1e-9, q.totalWeight());
        double cosine = best.semantic();
        boolean semanticMissing = cosine == 0; // lexical-only mode: decide on coverage alone
        if (best.coverage() >= COVERAGE && (semanticMissing || cosine >= COVERAGE_MIN_COSINE) && unknown < 0.5) return true;
        if (best.coverage() >= PARTIAL_COVERAGE && cosine >= PARTIAL_COSINE && unknown < 0.5) return true;
        if (q.listIntent() && best.facts() != null && best.coverage() > 0) return true;
        return cosine >= PARAPHRASE_COSINE;
    }

    /** Whether a further sentence is worth citing beside the best one. */
    boolean relevant(ScoredPassage p) {
        return p.sentenceCoverage() >= 0.25 || p.semantic() >= 0.4;
    }
}

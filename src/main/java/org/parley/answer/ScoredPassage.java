package org.parley.answer;

import org.parley.corpus.Passage;
import org.parley.facts.SentenceFacts;

/**
 * A candidate sentence with what was measured of it and what the ranker made of that.
 *
 * @param features    indexed by {@link Feature#ordinal()}
 * @param score       the ranker's score (a logit: only differences between candidates mean something)
 * @param probability the softmax of the scores over the question's candidates: how likely this is the one
 */
record ScoredPassage(Passage passage, SentenceFacts facts, double[] features, double score, double probability) {

    double get(Feature f) {
        return features[f.ordinal()];
    }

    ScoredPassage scored(double newScore, double newProbability) {
        return new ScoredPassage(passage, facts, features, newScore, newProbability);
    }
}

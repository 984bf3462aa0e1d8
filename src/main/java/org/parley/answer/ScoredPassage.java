package org.parley.answer;

import org.parley.corpus.Passage;
import org.parley.facts.SentenceFacts;

/**
 * A candidate sentence with the evidence the ranker weighed.
 *
 * @param missesFacet the question turns on an outcome or objection word ("agree", "reject") that neither this
 *                    sentence nor its paragraph carries, and the sentence is not of that kind either
 * @param missesNumber a number or year the question names ("the 2021 meeting") is in neither the sentence nor
 *                     its paragraph
 */
record ScoredPassage(Passage passage, SentenceFacts facts, double score, double coverage, double sentenceCoverage,
                     double semantic, double typeFit, double facetFit, boolean missesFacet, boolean missesNumber) {}

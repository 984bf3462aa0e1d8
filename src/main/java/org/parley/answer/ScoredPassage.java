package org.parley.answer;

import org.parley.corpus.Passage;
import org.parley.facts.SentenceFacts;

/** A candidate sentence with the evidence the ranker weighed. */
record ScoredPassage(Passage passage, SentenceFacts facts, double score, double coverage, double sentenceCoverage,
                     double semantic, double typeFit, double facetFit) {}

package org.parley.index;

import java.util.List;
import java.util.Optional;

/**
 * What to look for: analyzed terms with weights (the question's words and their aliases), and optionally
 * the question's embedding for semantic matching.
 */
public record SearchRequest(List<WeightedTerm> terms, Optional<float[]> vector, int candidates) {
    public SearchRequest {
        terms = List.copyOf(terms);
    }

    public record WeightedTerm(String term, float weight) {}
}

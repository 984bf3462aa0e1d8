package org.parley.index;

/**
 * A candidate sentence.
 *
 * @param key      "article#paragraph#sentence", resolvable against the corpus
 * @param lexical  BM25 score of the sentence and its context (0 when only semantic search found it)
 * @param semantic cosine similarity between question and sentence embeddings (0 without embeddings)
 * @param second   cosine similarity to a second question vector, when the search was given one (else 0)
 */
public record SentenceHit(String key, float lexical, float semantic, float second) {
    public SentenceHit(String key, float lexical, float semantic) {
        this(key, lexical, semantic, 0f);
    }
}

package org.parley.index;

import java.util.List;

/** Turns text into unit-length vectors whose dot product is their cosine similarity. */
public interface SentenceEmbedder {
    int dimensions();

    float[] embed(String text);

    List<float[]> embedAll(List<String> texts);
}

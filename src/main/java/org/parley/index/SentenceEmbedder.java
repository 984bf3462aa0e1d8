package org.parley.index;

import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/** Turns text into unit-length vectors whose dot product is their cosine similarity. */
public interface SentenceEmbedder {

    /**
     * The model and every setting that changes its vectors: part of each cached embedding's key, so a vector made
     * by another model (or the same one with another input length) is never reused.
     */
    String id();

    int dimensions();

    float[] embed(String text);

    /**
     * A question's vector, to be compared with sentences' {@link #embed} vectors: the same by default; a model with a
     * query instruction (bge's) puts it first.
     */
    default float[] embedQuery(String question) {
        return embed(question);
    }

    /**
     * The vectors of {@code texts}, in order, each the same as {@link #embed} gives; {@code done} hears how many more
     * are finished as work goes on (from any thread).
     */
    List<float[]> embedAll(List<String> texts, IntConsumer done);

    /**
     * The lower-case words the model's vocabulary holds whole ("palace", "agreed"): English it knows, which a speller
     * must not read as a slip for an article's word. Empty when the model has no word vocabulary.
     */
    default Set<String> wholeWords() {
        return Set.of();
    }

    default List<float[]> embedAll(List<String> texts) {
        return embedAll(texts, n -> {});
    }
}

package org.parley.index;

import java.util.List;
import java.util.Optional;

/**
 * One sentence-embedding model that {@link OnnxEmbedder} runs: where its ONNX weights and tokenizer are on the
 * classpath and how its hidden states become a vector. Parley knows two, {@link #MINILM} and {@link #BGE_SMALL};
 * {@code parley train --embedder NAME} picks one and the answer model file records its {@link #name}.
 *
 * @param name what the command line and the answer model file call it
 * @param id the model and every setting that changes its sentence vectors ({@link SentenceEmbedder#id})
 * @param maxTokens longest input in tokens, [CLS] and [SEP] included; longer texts are cut
 * @param queryPrefix put before a question (not a sentence) before it is embedded; empty for none
 */
public record EmbeddingModel(
        String name,
        String id,
        String modelResource,
        String tokenizerResource,
        Pooling pooling,
        int dimensions,
        int maxTokens,
        String queryPrefix) {

    /** How a sentence's vector is made from the model's last hidden states. */
    public enum Pooling {
        /** The mean over every token, [CLS] and [SEP] too (sentence-transformers' MiniLM). */
        MEAN,
        /** The [CLS] token's state alone (BGE). */
        CLS
    }

    /**
     * all-MiniLM-L6-v2, quantized, from langchain4j's 1.19 artifact. 128 tokens is its tokenizer's own cut, which
     * langchain4j kept; every sentence of the 16 evaluation articles fits in 61, so nothing Parley cites is cut.
     */
    public static final EmbeddingModel MINILM = new EmbeddingModel(
            "minilm",
            "all-MiniLM-L6-v2-q/384/128",
            "all-minilm-l6-v2-q.onnx",
            "all-minilm-l6-v2-q-tokenizer.json",
            Pooling.MEAN,
            384,
            128,
            "");

    /**
     * bge-small-en-v1.5, quantized, from langchain4j's 0.36.2 artifact, pooled on [CLS] as langchain4j ran it. Its
     * tokenizer sets no cut, so the model's 512 positions are the limit (langchain4j split longer texts instead;
     * no sentence comes near). Measured against MiniLM, it did not win on both SQuAD and our articles, so MiniLM
     * ships (README, "Choosing the embedding model").
     */
    public static final EmbeddingModel BGE_SMALL = new EmbeddingModel(
            "bge-small",
            "bge-small-en-v1.5-q/384/512/cls",
            "bge-small-en-v1.5-q.onnx",
            "bge-small-en-v1.5-q-tokenizer.json",
            Pooling.CLS,
            384,
            512,
            "");

    /**
     * bge-small with the instruction its authors suggest for short queries before each question ("Represent this
     * sentence for searching relevant passages: "); sentences are embedded as by {@link #BGE_SMALL}, so the two
     * share cached vectors.
     */
    public static final EmbeddingModel BGE_SMALL_QUERY =
            BGE_SMALL.withQueryPrefix("bge-small-query", "Represent this sentence for searching relevant passages: ");

    public static final List<EmbeddingModel> ALL = List.of(MINILM, BGE_SMALL, BGE_SMALL_QUERY);

    public EmbeddingModel {
        if (dimensions < 1 || maxTokens < 3)
            throw new IllegalArgumentException("an embedding model needs dimensions and room for a token");
        queryPrefix = queryPrefix == null ? "" : queryPrefix;
    }

    /** This model under another name, with {@code prefix} before each question. */
    public EmbeddingModel withQueryPrefix(String otherName, String prefix) {
        return new EmbeddingModel(
                otherName, id, modelResource, tokenizerResource, pooling, dimensions, maxTokens, prefix);
    }

    /** The model called {@code name}, or empty when this build knows none by that name. */
    public static Optional<EmbeddingModel> find(String name) {
        return ALL.stream().filter(m -> m.name.equals(name)).findFirst();
    }

    /** The model called {@code name}; an unknown name is an error that lists the known ones. */
    public static EmbeddingModel named(String name) {
        return find(name)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown embedding model '" + name + "': this build knows " + String.join(", ", names())));
    }

    public static List<String> names() {
        return ALL.stream().map(EmbeddingModel::name).toList();
    }
}

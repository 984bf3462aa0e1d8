package org.parley.index;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a sentence-embedding model ({@link EmbeddingModel}: all-MiniLM-L6-v2 or bge-small-en-v1.5, both quantized)
 * in-process with ONNX Runtime, from the weights and tokenizer that ship inside langchain4j's Maven artifacts: no
 * network.
 *
 * <p>Each sentence is its own model run, exactly as langchain4j ran it (same tokens, the model's pooling, unit
 * length), so vectors are bit-for-bit the ones the answer model was fit on. Running several sentences as one padded
 * batch is about four times faster, but these models quantize their activations per run (dynamic int8): a
 * sentence's vector then depends on its batch-mates (cosine 0.98–0.99 to its own), so it is not done. The speed
 * comes instead from using every core (one single-threaded run per core, no oversubscribed thread pools) and from
 * tokenizing once, where langchain4j tokenized each sentence three times.
 *
 * <p>The model loads on background threads from construction, so start-up work overlaps it; the first
 * {@link #embed} waits for it.
 */
public final class OnnxEmbedder implements SentenceEmbedder {

    private static final Logger log = LoggerFactory.getLogger(OnnxEmbedder.class);

    /** Texts a worker takes at once from a long list: big enough that hand-offs cost nothing, small enough to share. */
    private static final int CHUNK = 32;

    private final EmbeddingModel description;
    private final CompletableFuture<Model> model;
    private final int threads;
    /** Made on the first {@link #embedAll}: a process that only answers questions never needs it. */
    private ExecutorService pool;

    public OnnxEmbedder(EmbeddingModel description) {
        this(description, Runtime.getRuntime().availableProcessors());
    }

    /** @param threads how many sentences are embedded at once by {@link #embedAll} */
    public OnnxEmbedder(EmbeddingModel description, int threads) {
        this.description = description;
        this.threads = Math.max(1, threads);
        this.model = CompletableFuture.supplyAsync(
                () -> Model.load(description),
                runnable -> daemon(runnable, "parley-embedder-load").start());
    }

    /**
     * Waits until the model has loaded, or failed to. A process must call this before it exits: ONNX Runtime's own
     * exit hook frees its native environment, and a session still being created on another thread then crashes the
     * process (SIGSEGV, exit 134; about one `parley facts` in four did, as it never needs the model).
     */
    public void awaitLoad() {
        model.handle((loaded, failure) -> null).join();
    }

    /** Which model this runs. */
    public EmbeddingModel description() {
        return description;
    }

    @Override
    public String id() {
        return description.id();
    }

    @Override
    public int dimensions() {
        return description.dimensions();
    }

    /** The question with the model's query instruction before it, if it has one. */
    @Override
    public float[] embedQuery(String question) {
        return embed(description.queryPrefix() + question);
    }

    @Override
    public float[] embed(String text) {
        return model().embed(text);
    }

    /** Read from the tokenizer's file (its WordPiece vocabulary), without loading the model. */
    @Override
    public Set<String> wholeWords() {
        try (InputStream in = Model.resource(description.tokenizerResource())) {
            JsonNode vocabulary = new ObjectMapper().readTree(in).path("model").path("vocab");
            Set<String> words = new HashSet<>();
            vocabulary.fieldNames().forEachRemaining(token -> {
                // "##ing" continues a word, "[CLS]" marks the input: neither is a word.
                if (token.chars().allMatch(Character::isLowerCase)) words.add(token);
            });
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the embedding model's vocabulary", e);
        }
    }

    @Override
    public List<float[]> embedAll(List<String> texts, IntConsumer done) {
        if (texts.isEmpty()) return List.of();
        Model m = model();
        float[][] out = new float[texts.size()][];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        ExecutorService executor = pool();
        for (int w = 0; w < Math.min(threads, (texts.size() + CHUNK - 1) / CHUNK); w++) {
            workers.add(executor.submit(() -> {
                for (int from; (from = next.getAndAdd(CHUNK)) < texts.size(); ) {
                    int to = Math.min(texts.size(), from + CHUNK);
                    for (int i = from; i < to; i++) out[i] = m.embed(texts.get(i));
                    done.accept(to - from);
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while embedding", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Embedding failed: " + e.getCause(), e.getCause());
            }
        }
        return Arrays.asList(out);
    }

    private synchronized ExecutorService pool() {
        if (pool == null) {
            AtomicInteger n = new AtomicInteger();
            ThreadPoolExecutor p = new ThreadPoolExecutor(
                    threads,
                    threads,
                    10,
                    TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(),
                    r -> daemon(r, "parley-embedder-" + n.incrementAndGet()));
            p.allowCoreThreadTimeOut(true); // idle threads go: an engine that stops indexing holds none
            pool = p;
        }
        return pool;
    }

    private Model model() {
        try {
            return model.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The ONNX session and the tokenizer; both are safe to use from several threads at once. */
    private record Model(
            EmbeddingModel description,
            OrtEnvironment environment,
            OrtSession session,
            HuggingFaceTokenizer tokenizer,
            boolean typeIds) {

        static Model load(EmbeddingModel description) {
            // DJL's tokenizer otherwise calls home on creation: requests to the EC2 metadata address (a second's
            // timeout each where nothing answers) and, on AWS, telemetry. Parley makes no network calls for a model.
            System.setProperty("OPT_OUT_TRACKING", "true");
            // The tokenizer (DJL's native library, about 0.3 s) loads beside the ONNX session (as long again).
            CompletableFuture<HuggingFaceTokenizer> tokenizer = CompletableFuture.supplyAsync(
                    () -> {
                        try (InputStream vocabulary = resource(description.tokenizerResource())) {
                            return HuggingFaceTokenizer.newInstance(vocabulary, Map.of("padding", "false"));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    runnable -> daemon(runnable, "parley-tokenizer-load").start());
            try {
                OnnxNatives.useCache();
                OrtEnvironment env = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                // One thread per run: parallelism comes from running one sentence per core (see embedAll).
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                OrtSession session = session(env, description.modelResource(), options);
                return new Model(
                        description,
                        env,
                        session,
                        tokenizer.join(),
                        session.getInputNames().contains("token_type_ids"));
            } catch (IOException e) {
                settle(tokenizer);
                throw new UncheckedIOException(e);
            } catch (OrtException e) {
                settle(tokenizer);
                throw new IllegalStateException("Could not load the embedding model: " + e.getMessage(), e);
            }
        }

        /** Waits for a native load that is no longer needed, so that no native code runs past this load's end. */
        private static void settle(CompletableFuture<?> load) {
            load.handle((ignored, failure) -> null).join();
        }

        /**
         * The session over the weights unpacked in the cache folder, where ONNX Runtime reads them itself; inflating
         * them from the jar into the heap first took about 0.3 s of every cold start. From the jar when the cache
         * cannot be used.
         */
        private static OrtSession session(OrtEnvironment env, String weights, OrtSession.SessionOptions options)
                throws OrtException, IOException {
            var unpacked = UnpackedResources.file(weights);
            if (unpacked.isPresent()) {
                try {
                    return env.createSession(unpacked.get().toString(), options);
                } catch (OrtException e) {
                    log.debug("The cached {} did not load ({}); reading it from the jar", weights, e.getMessage());
                }
            }
            try (InputStream in = resource(weights)) {
                return env.createSession(in.readAllBytes(), options);
            }
        }

        private static InputStream resource(String name) {
            InputStream in = OnnxEmbedder.class.getClassLoader().getResourceAsStream(name);
            if (in == null)
                throw new IllegalStateException("The embedding model's " + name + " is missing from the classpath");
            return in;
        }

        /** The model's pooling of its last hidden states, then unit length. */
        float[] embed(String text) {
            long[] ids = cut(tokenizer.encode(text, true, false).getIds(), description.maxTokens());
            long[] shape = {1, ids.length};
            long[] mask = new long[ids.length];
            Arrays.fill(mask, 1);
            try (OnnxTensor input = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                    OnnxTensor attention = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
                    OnnxTensor types =
                            OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape)) {
                Map<String, OnnxTensor> inputs = typeIds
                        ? Map.of("input_ids", input, "attention_mask", attention, "token_type_ids", types)
                        : Map.of("input_ids", input, "attention_mask", attention);
                try (OrtSession.Result result = session.run(inputs)) {
                    FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                    float[] pooled = pool(hidden, ids.length, description.dimensions(), description.pooling());
                    // langchain4j normalised in float, Parley then in double: both kept, so vectors stay identical.
                    return normalise(floatNormalise(pooled));
                }
            } catch (OrtException e) {
                throw new IllegalStateException("Embedding failed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The first {@code max} tokens with the last ([SEP]) kept at the end: past its positions a model cannot run.
     * MiniLM's tokenizer cuts at its own 128 already; bge's cuts nowhere.
     */
    static long[] cut(long[] ids, int max) {
        if (ids.length <= max) return ids;
        long[] out = Arrays.copyOf(ids, max);
        out[max - 1] = ids[ids.length - 1];
        return out;
    }

    private static float[] pool(FloatBuffer hidden, int tokens, int dimensions, EmbeddingModel.Pooling pooling) {
        float[] out = new float[dimensions];
        switch (pooling) {
            case CLS -> hidden.get(0, out);
            case MEAN -> {
                for (int token = 0; token < tokens; token++) {
                    for (int d = 0; d < dimensions; d++) out[d] += hidden.get(token * dimensions + d);
                }
                for (int d = 0; d < dimensions; d++) out[d] /= tokens;
            }
        }
        return out;
    }

    private static Thread daemon(Runnable work, String name) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        return t;
    }

    private static float[] floatNormalise(float[] v) {
        float sumSquare = 0;
        for (float x : v) sumSquare += x * x;
        float norm = (float) Math.sqrt(sumSquare);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] / norm;
        return out;
    }

    private static float[] normalise(float[] v) {
        double norm = 0;
        for (float x : v) norm += x * x;
        norm = Math.sqrt(norm);
        if (norm == 0) return v;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / norm);
        return out;
    }
}

package org.parley.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.util.BytesRef;
import org.parley.corpus.Article;
import org.parley.corpus.Corpus;
import org.parley.corpus.Paragraph;
import org.parley.corpus.Passage;
import org.parley.corpus.Section;
import org.parley.corpus.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the index package: a Lucene index with one document per sentence. It is built from a
 * {@link Corpus} and kept on disk; when the corpus changes, only the articles that changed are written again
 * (their documents deleted by article and added anew), and a sentence whose text was embedded before keeps its
 * vector: every document carries the hash of its text and model, so the index itself is the embedding cache.
 */
public final class SentenceIndex implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(SentenceIndex.class);

    /** Stored, not analyzed: resolves a hit back to the corpus sentence it came from. */
    static final String KEY = "key";
    /** The article's id, not analyzed: an article's documents are replaced together. */
    static final String ARTICLE = "article";
    /** The sentence itself, analyzed for BM25: the strongest lexical evidence. */
    static final String TEXT = "text";
    /** Section heading and the whole paragraph, analyzed: lets a sentence match words its neighbours carry. */
    static final String CONTEXT = "context";
    /** The sentence embedding, unit length so dot product is cosine; HNSW graph for semantic candidates. */
    static final String VECTOR = "vector";
    /** Hash of the embedder's id and the sentence text: finds a vector already computed for the same text. */
    static final String EMBEDDING = "embedding";
    /** Commit user data: which articles, parse and embedding model this index was built from. */
    private static final String FINGERPRINT = "parley.fingerprint";
    /** Commit user data: the document layout (format and model); another layout means a whole rebuild. */
    private static final String LAYOUT = "parley.layout";
    /** Commit user data: each indexed article's digest, so a changed corpus rewrites only what changed. */
    private static final String ARTICLES = "parley.articles";
    /** Commit user data: how many times documents were written into this index. */
    private static final String WRITES = "parley.writes";
    /** Doc values: the write (1, 2, …) that added the document; merges keep it, so it tells what each update rewrote. */
    static final String WRITTEN = "written";

    private static final int FORMAT_VERSION = 3;
    /** Sentences prepared together: embedded (on every core) while the previous batch is being indexed. */
    private static final int CHUNK = 1024;

    private static final float CONTEXT_WEIGHT = 0.25f;
    /** Loads only the key of a stored document. */
    static final Set<String> KEYS = Set.of(KEY);
    /**
     * Largest segment merges make. A merge holds its segment's whole HNSW graph on the heap (about 350 bytes a
     * sentence); 1 GB segments (about 450,000 sentences) keep a million-sentence build well inside a 1 GB heap.
     */
    private static final double MAX_SEGMENT_MB = 1024;

    /**
     * What opening the index did.
     *
     * @param whole     true when every article was written (a new, damaged or differently built index)
     * @param written   ids of the articles whose documents were (re)written
     * @param removed   ids of the articles whose documents were deleted and not written again
     * @param sentences documents written
     * @param embedded  sentences embedded now; the others reused a vector the index already held
     * @param semantic  whether the index holds vectors at all
     */
    public record Build(
            boolean whole,
            List<String> written,
            List<String> removed,
            int sentences,
            int embedded,
            boolean semantic,
            Duration took) {
        public Build {
            written = List.copyOf(written);
            removed = List.copyOf(removed);
        }

        static Build unchanged(boolean semantic, Duration took) {
            return new Build(false, List.of(), List.of(), 0, 0, semantic, took);
        }

        /** What was done, in a phrase: "the index was already current", "1 article(s) written and 0 removed: …". */
        public String summary() {
            if (sentences == 0 && removed.isEmpty()) return "the index was already current";
            return String.format(
                    java.util.Locale.ROOT,
                    "%,d article(s) written and %,d removed: %,d sentences%s",
                    written.size(),
                    removed.size(),
                    sentences,
                    !semantic || sentences == 0
                            ? ""
                            : String.format(
                                    java.util.Locale.ROOT, ", %,d of them embedded (the rest reused)", embedded));
        }
    }

    private final Directory directory;
    private final DirectoryReader reader;
    private final LiveStatistics statistics;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final Optional<SentenceEmbedder> embedder;
    private final Build build;
    /** The folder the index is saved in; empty when it lives in memory only. */
    private final Optional<Path> location;
    /** Made on the first question: an index only built (the bench's first build, a reload's) needs none. */
    private ExecutorService questionThreads;

    private SentenceIndex(
            Directory directory,
            Analyzer analyzer,
            Optional<SentenceEmbedder> embedder,
            Build build,
            Optional<Path> location)
            throws IOException {
        this.location = location;
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.statistics = new LiveStatistics(reader);
        this.searcher = statistics.searcher();
        this.analyzer = analyzer;
        this.embedder = embedder;
        this.build = build;
    }

    /**
     * Opens the index in {@code location} if it was built from this corpus with this embedder, updates it article
     * by article when it was built from another version of the corpus, and builds it there otherwise. With no
     * location, or one that cannot be written, it lives in memory.
     */
    public static SentenceIndex openOrBuild(
            Corpus corpus, Optional<Path> location, Optional<SentenceEmbedder> embedder) {
        long started = System.nanoTime();
        Analyzer analyzer = new EnglishSearchAnalyzer();
        Contents wanted = Contents.of(corpus, embedder);
        try {
            if (location.isPresent()) {
                Optional<Directory> onDisk = openDisk(location.get());
                if (onDisk.isPresent()) {
                    Directory dir = onDisk.get();
                    try {
                        Build build = update(dir, location.get(), corpus, wanted, analyzer, embedder, started);
                        return new SentenceIndex(dir, analyzer, embedder, build, location);
                    } catch (IOException | UncheckedIOException e) { // busy (another process), full or unwritable
                        log.warn(
                                "Index at {} is busy or unwritable ({}); using an in-memory index",
                                location.get(),
                                e.getMessage());
                        dir.close();
                    }
                }
            }
            Directory memory = new ByteBuffersDirectory();
            Build build = writeAll(memory, corpus, wanted, analyzer, embedder, null, started);
            return new SentenceIndex(memory, analyzer, embedder, build, Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What opening this index did to it. */
    public Build build() {
        return build;
    }

    /**
     * The folder the index is saved in; empty when it lives in memory, because none was asked for or because the
     * folder asked for could not be written (a warning said why).
     */
    public Optional<Path> location() {
        return location;
    }

    /** Brings the index on disk up to {@code wanted}: nothing, the articles that changed, or everything. */
    private static Build update(
            Directory dir,
            Path where,
            Corpus corpus,
            Contents wanted,
            Analyzer analyzer,
            Optional<SentenceEmbedder> embedder,
            long started)
            throws IOException {
        DirectoryReader existing = null;
        try {
            existing = sound(dir, where);
            Map<String, String> data =
                    existing == null ? Map.of() : existing.getIndexCommit().getUserData();
            if (wanted.fingerprint().equals(data.get(FINGERPRINT)))
                return Build.unchanged(embedder.isPresent(), since(started));
            Build build;
            if (existing != null && wanted.layout().equals(data.get(LAYOUT))) {
                Map<String, String> had = Contents.parseDigests(data.getOrDefault(ARTICLES, ""));
                Set<String> changed = new LinkedHashSet<>();
                wanted.digests().forEach((id, digest) -> {
                    if (!digest.equals(had.get(id))) changed.add(id);
                });
                List<String> gone = had.keySet().stream()
                        .filter(id -> !wanted.digests().containsKey(id))
                        .toList();
                List<String> delete = new ArrayList<>(gone);
                changed.stream().filter(had::containsKey).forEach(delete::add);
                build = write(
                        dir,
                        IndexWriterConfig.OpenMode.APPEND,
                        corpus,
                        wanted,
                        changed,
                        delete,
                        analyzer,
                        embedder,
                        existing,
                        started);
                log.info(
                        "Updated the index at {}: {} article(s) written, {} removed, {} sentences ({} embedded) in {} ms",
                        where,
                        build.written().size(),
                        gone.size(),
                        build.sentences(),
                        build.embedded(),
                        build.took().toMillis());
                return new Build(
                        false,
                        build.written(),
                        gone,
                        build.sentences(),
                        build.embedded(),
                        build.semantic(),
                        build.took());
            }
            build = writeAll(dir, corpus, wanted, analyzer, embedder, existing, started);
            log.info(
                    "Indexed {} sentences ({} embedded) from {} articles into {} in {} ms",
                    build.sentences(),
                    build.embedded(),
                    corpus.articles().size(),
                    where,
                    build.took().toMillis());
            return build;
        } finally {
            if (existing != null) existing.close();
        }
    }

    private static Optional<Directory> openDisk(Path path) {
        try {
            Files.createDirectories(path);
            if (!Files.isWritable(path)) {
                log.warn("The index folder {} cannot be written; using an in-memory index", path);
                return Optional.empty();
            }
            return Optional.of(FSDirectory.open(path));
        } catch (IOException e) {
            log.warn(
                    "The index folder {} cannot be made ({}); using an in-memory index",
                    path,
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * Deletes every file of a damaged index so it can be written again from nothing: Lucene cannot even start a new
     * index over a commit file it cannot read. Only under the write lock, so a process still writing there keeps its
     * files (the rebuild then finds the index busy).
     */
    private static void wipe(Directory dir, Path where) {
        try (Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String file : dir.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) dir.deleteFile(file);
            }
        } catch (IOException e) {
            log.warn("Could not clear the damaged index at {} ({})", where, e.getMessage());
        }
    }

    /**
     * The index on disk, open, when there is one and every file's checksum holds (Lucene writes one at the end of
     * each), so a truncated or overwritten file is found now and rebuilt, not met by the first question that reads
     * it. Null when there is none or it is damaged (with a warning).
     */
    private static DirectoryReader sound(Directory dir, Path where) {
        DirectoryReader r = null;
        try {
            if (!DirectoryReader.indexExists(dir)) return null;
            r = DirectoryReader.open(dir);
            for (LeafReaderContext leaf : r.leaves()) leaf.reader().checkIntegrity();
            return r;
        } catch (IOException | RuntimeException e) {
            if (r != null) {
                try {
                    r.close();
                } catch (IOException | RuntimeException ignored) {
                    // already known to be damaged
                }
            }
            log.warn(
                    "The index at {} is damaged (unreadable or failing its checksums); rebuilding it from the corpus",
                    where);
            wipe(dir, where);
            return null;
        }
    }

    /**
     * What the index should hold: its layout (format, analyzer chain, model), each article's digest (every key,
     * sentence and context it would index: a parser change that moves a sentence changes it) and a fingerprint of
     * all of it.
     */
    private record Contents(String layout, Map<String, String> digests, String fingerprint) {

        static Contents of(Corpus corpus, Optional<SentenceEmbedder> embedder) {
            String layout =
                    FORMAT_VERSION + ":" + embedder.map(SentenceEmbedder::id).orElse("lexical");
            Map<String, String> digests = new LinkedHashMap<>();
            MessageDigest all = sha256();
            all.update(layout.getBytes(StandardCharsets.UTF_8));
            for (Article article : corpus.articles()) {
                MessageDigest one = sha256();
                for (Section section : article.sections()) {
                    for (Paragraph paragraph : section.paragraphs()) {
                        Passage first = null;
                        for (Sentence sentence : paragraph.sentences()) {
                            Passage p = new Passage(article, section, paragraph, sentence);
                            if (first == null) {
                                first = p;
                                update(one, p.context());
                            }
                            update(one, p.key());
                            update(one, p.quote());
                        }
                    }
                }
                String digest = HexFormat.of().formatHex(one.digest(), 0, 16);
                digests.put(article.id(), digest);
                update(all, article.id());
                update(all, digest);
            }
            return new Contents(layout, digests, layout + ":" + HexFormat.of().formatHex(all.digest(), 0, 16));
        }

        Map<String, String> commitData(long writes) {
            StringBuilder articles = new StringBuilder();
            // A file name never holds NUL, so it separates entries; a digest is 32 hex digits, then the id.
            digests.forEach((id, digest) -> articles.append(digest).append(id).append('\0'));
            return Map.of(
                    FINGERPRINT,
                    fingerprint,
                    LAYOUT,
                    layout,
                    ARTICLES,
                    articles.toString(),
                    WRITES,
                    Long.toString(writes));
        }

        static Map<String, String> parseDigests(String data) {
            Map<String, String> out = new LinkedHashMap<>();
            for (String entry : data.split("\0")) {
                if (entry.length() > 32) out.put(entry.substring(32), entry.substring(0, 32));
            }
            return out;
        }

        private static void update(MessageDigest digest, String text) {
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
    }

    private static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setMaxMergedSegmentMB(MAX_SEGMENT_MB);
        return new IndexWriterConfig(analyzer)
                .setOpenMode(mode)
                .setRAMBufferSizeMB(64)
                .setMergePolicy(merges)
                .setCodec(CODEC);
    }

    /**
     * Float vectors in the HNSW graph. Lucene's int8 scalar-quantized format was measured at 100,000 sentences: no
     * faster here (Java 17 runs Lucene's vector arithmetic without SIMD either way), 23% more disk (it keeps the
     * floats too), and approximate where this is exact; so plain floats.
     */
    private static final KnnVectorsFormat VECTORS = new Lucene99HnswVectorsFormat();
    /** The default codec with {@link #VECTORS} for the vector field. */
    private static final Codec CODEC = new Lucene912Codec() {
        @Override
        public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
            return VECTORS;
        }
    };

    /** One sentence to index. */
    private record Pending(
            Article article,
            String key,
            String sentence,
            AnalyzedText text,
            AnalyzedText context,
            String embeddingKey) {}

    /**
     * Deletes the documents of {@code delete}, writes those of the articles in {@code write} (in corpus order) and
     * commits with {@code wanted}'s fingerprint. Vectors come from {@code cache} (the index as it was) when it holds
     * the same text under the same model; the rest are embedded, a batch ahead of the one being indexed.
     */
    /** Every article written from nothing into {@code dir} ({@code cache}: an earlier index whose vectors are reused). */
    private static Build writeAll(
            Directory dir,
            Corpus corpus,
            Contents wanted,
            Analyzer analyzer,
            Optional<SentenceEmbedder> embedder,
            DirectoryReader cache,
            long started)
            throws IOException {
        return write(
                dir,
                IndexWriterConfig.OpenMode.CREATE,
                corpus,
                wanted,
                wanted.digests().keySet(),
                List.of(),
                analyzer,
                embedder,
                cache,
                started);
    }

    private static Build write(
            Directory dir,
            IndexWriterConfig.OpenMode mode,
            Corpus corpus,
            Contents wanted,
            Set<String> write,
            List<String> delete,
            Analyzer analyzer,
            Optional<SentenceEmbedder> embedder,
            DirectoryReader cache,
            long started)
            throws IOException {
        List<Article> articles =
                corpus.articles().stream().filter(a -> write.contains(a.id())).toList();
        int total = articles.stream().mapToInt(Article::sentenceCount).sum();
        Progress progress = Progress.of(embedder.isPresent() ? "sentences embedded or reused" : "sentences", total);
        int embedded = 0;
        long writes = (cache == null
                        ? 0
                        : Long.parseLong(cache.getIndexCommit().getUserData().getOrDefault(WRITES, "0")))
                + 1;
        ExecutorService ahead = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "parley-index-embed");
            t.setDaemon(true);
            return t;
        });
        try (IndexWriter writer = new IndexWriter(dir, config(analyzer, mode))) {
            for (String id : delete) writer.deleteDocuments(new Term(ARTICLE, id));
            Iterator<List<Pending>> chunks = chunks(articles, analyzer, embedder);
            Vectors vectors = new Vectors(embedder, cache, progress);
            List<Pending> current = chunks.hasNext() ? chunks.next() : List.of();
            Future<List<float[]>> next = current.isEmpty() ? null : ahead.submit(vectors.of(current));
            while (next != null) {
                List<float[]> found = get(next);
                List<Pending> done = current;
                current = chunks.hasNext() ? chunks.next() : List.of();
                next = current.isEmpty() ? null : ahead.submit(vectors.of(current));
                writer.addDocuments(documents(done, found, writes));
                if (embedder.isEmpty()) progress.advance(done.size());
            }
            embedded = vectors.embedded();
            writer.setLiveCommitData(wanted.commitData(writes).entrySet());
            writer.commit();
        } finally {
            ahead.shutdownNow();
            progress.finish();
        }
        return new Build(
                mode == IndexWriterConfig.OpenMode.CREATE,
                articles.stream().map(Article::id).toList(),
                delete,
                total,
                embedded,
                embedder.isPresent(),
                since(started));
    }

    private static List<float[]> get(Future<List<float[]>> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while indexing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The sentences of {@code articles} in reading order, {@link #CHUNK} at a time; each paragraph analyzed once. */
    private static Iterator<List<Pending>> chunks(
            List<Article> articles, Analyzer analyzer, Optional<SentenceEmbedder> embedder) {
        return new Iterator<>() {
            final Iterator<Article> next = articles.iterator();
            List<Pending> buffer = new ArrayList<>();

            @Override
            public boolean hasNext() {
                fill();
                return !buffer.isEmpty();
            }

            @Override
            public List<Pending> next() {
                fill();
                if (buffer.isEmpty()) throw new java.util.NoSuchElementException();
                List<Pending> out = buffer.size() <= CHUNK ? buffer : new ArrayList<>(buffer.subList(0, CHUNK));
                buffer = buffer.size() <= CHUNK
                        ? new ArrayList<>()
                        : new ArrayList<>(buffer.subList(CHUNK, buffer.size()));
                return out;
            }

            private void fill() {
                while (buffer.size() < CHUNK && next.hasNext()) {
                    Article article = next.next();
                    for (Section section : article.sections()) {
                        for (Paragraph paragraph : section.paragraphs()) {
                            AnalyzedText context = null;
                            for (Sentence sentence : paragraph.sentences()) {
                                Passage p = new Passage(article, section, paragraph, sentence);
                                if (context == null) context = AnalyzedText.of(analyzer, CONTEXT, p.context());
                                String key = embedder.map(e -> embeddingKey(e, sentence.text()))
                                        .orElse(null);
                                buffer.add(new Pending(
                                        article,
                                        p.key(),
                                        sentence.text(),
                                        AnalyzedText.of(analyzer, TEXT, sentence.text()),
                                        context,
                                        key));
                            }
                        }
                    }
                }
            }
        };
    }

    private static List<Document> documents(List<Pending> pending, List<float[]> vectors, long writes) {
        List<Document> docs = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            Document doc = new Document();
            doc.add(new StringField(KEY, p.key(), Field.Store.YES));
            doc.add(new BinaryDocValuesField(KEY, new BytesRef(p.key())));
            doc.add(new StringField(ARTICLE, p.article().id(), Field.Store.NO));
            doc.add(new Field(TEXT, p.text().stream(), TextField.TYPE_NOT_STORED));
            doc.add(new Field(CONTEXT, p.context().stream(), TextField.TYPE_NOT_STORED));
            // Term counts, for statistics over live documents only (see LiveStatistics).
            doc.add(new NumericDocValuesField(
                    LiveStatistics.lengthField(TEXT), p.text().terms().length));
            doc.add(new NumericDocValuesField(
                    LiveStatistics.lengthField(CONTEXT), p.context().terms().length));
            doc.add(new NumericDocValuesField(WRITTEN, writes));
            if (vectors != null) {
                doc.add(new StringField(EMBEDDING, p.embeddingKey(), Field.Store.NO));
                doc.add(new KnnFloatVectorField(VECTOR, vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
            }
            docs.add(doc);
        }
        return docs;
    }

    /** The cache key of a sentence's vector: its text under this model. */
    static String embeddingKey(SentenceEmbedder embedder, String text) {
        MessageDigest digest = sha256();
        digest.update(embedder.id().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /** Vectors for batches of sentences: reused from the index as it was, else embedded. */
    private static final class Vectors {
        private final Optional<SentenceEmbedder> embedder;
        private final DirectoryReader cache;
        private final Progress progress;
        private int embedded;

        Vectors(Optional<SentenceEmbedder> embedder, DirectoryReader cache, Progress progress) {
            this.embedder = embedder;
            this.cache = cache;
            this.progress = progress;
        }

        java.util.concurrent.Callable<List<float[]>> of(List<Pending> batch) {
            return () -> {
                if (embedder.isEmpty()) return null;
                Map<String, float[]> byKey = cached(batch);
                Map<String, String> missing = new LinkedHashMap<>(); // key -> text, each text once
                for (Pending p : batch)
                    if (!byKey.containsKey(p.embeddingKey())) missing.putIfAbsent(p.embeddingKey(), p.sentence());
                progress.advance(batch.size() - missing.size()); // reused, or the same text twice in the batch
                List<String> keys = new ArrayList<>(missing.keySet());
                List<float[]> fresh = embedder.get().embedAll(new ArrayList<>(missing.values()), progress::advance);
                for (int i = 0; i < keys.size(); i++) byKey.put(keys.get(i), fresh.get(i));
                embedded += keys.size();
                List<float[]> out = new ArrayList<>(batch.size());
                for (Pending p : batch) out.add(byKey.get(p.embeddingKey()));
                return out;
            };
        }

        int embedded() {
            return embedded;
        }

        /** The vectors the index already holds for these sentences' keys (deleted documents' too: same text, same vector). */
        private Map<String, float[]> cached(List<Pending> batch) throws IOException {
            Map<String, float[]> found = new HashMap<>();
            if (cache == null) return found;
            for (LeafReaderContext leaf : cache.leaves()) {
                Terms terms = leaf.reader().terms(EMBEDDING);
                FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
                if (terms == null || values == null) continue;
                TermsEnum te = terms.iterator();
                TreeMap<Integer, String> docs = new TreeMap<>();
                Set<String> sought = new HashSet<>(found.keySet());
                PostingsEnum postings = null;
                for (Pending p : batch) {
                    if (!sought.add(p.embeddingKey()) || !te.seekExact(new BytesRef(p.embeddingKey()))) continue;
                    postings = te.postings(postings, PostingsEnum.NONE);
                    int doc = postings.nextDoc();
                    if (doc != DocIdSetIterator.NO_MORE_DOCS) docs.putIfAbsent(doc, p.embeddingKey());
                }
                for (Map.Entry<Integer, String> e : docs.entrySet()) {
                    int at = values.docID() < e.getKey() ? values.advance(e.getKey()) : values.docID();
                    if (at == e.getKey())
                        found.put(e.getValue(), values.vectorValue().clone());
                }
            }
            return found;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** The analyzed terms of a text, in order, as the index sees them. */
    public List<String> analyze(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) terms.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Number of sentences that contain {@code term} (an analyzed term). */
    public int sentencesWith(String term) {
        return statistics.docFreq(new Term(TEXT, term));
    }

    /** Whether the term occurs anywhere in the corpus, headings and paragraphs included. */
    public boolean knows(String term) {
        return statistics.docFreq(new Term(CONTEXT, term)) > 0;
    }

    /**
     * A corpus term that shares a stem-like prefix with {@code term} ("invad" ~ "invas"), for the word forms
     * Porter stemming leaves apart. The prefix is most of the shorter word and at least four letters.
     */
    public Optional<String> nearTerm(String term) {
        if (term.length() < 5) return Optional.empty();
        String prefix = term.substring(0, Math.max(4, (int) Math.ceil(term.length() * 0.67)));
        try {
            org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(reader, CONTEXT);
            if (terms == null) return Optional.empty();
            org.apache.lucene.index.TermsEnum te = terms.iterator();
            if (te.seekCeil(new org.apache.lucene.util.BytesRef(prefix))
                    == org.apache.lucene.index.TermsEnum.SeekStatus.END) {
                return Optional.empty();
            }
            // The first term with the prefix that a live sentence holds (a replaced article's words are gone).
            for (BytesRef t = te.term(); t != null; t = te.next()) {
                String found = t.utf8ToString();
                if (!found.startsWith(prefix)) return Optional.empty();
                if (knows(found)) return Optional.of(found);
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int sentenceCount() {
        return reader.numDocs();
    }

    /** A question's vector (with the model's query instruction, if it has one), to search the sentences' with. */
    public Optional<float[]> embedQuestion(String question) {
        return embedder.map(e -> e.embedQuery(question));
    }

    /**
     * {@link #embedQuestion}, on another thread, so the caller can search the words meanwhile: a question's embedding and its
     * BM25 search take about as long as each other, and a second core does the one while the first does the other.
     */
    public CompletableFuture<Optional<float[]>> embedQuestionLater(String question) {
        if (embedder.isEmpty()) return CompletableFuture.completedFuture(Optional.empty());
        return CompletableFuture.supplyAsync(() -> embedQuestion(question), questionThreads());
    }

    private synchronized ExecutorService questionThreads() {
        if (questionThreads == null) {
            AtomicInteger n = new AtomicInteger();
            // No queue: a question's embedding never waits behind another's; idle threads go after a while.
            questionThreads =
                    new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                        Thread t = new Thread(r, "parley-question-embed-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
        }
        return questionThreads;
    }

    /** BM25 candidates and semantic candidates, merged, each with both of its scores. */
    public List<SentenceHit> search(SearchRequest request) {
        return search(request.terms(), CompletableFuture.completedFuture(request.vector()), request.candidates());
    }

    /** {@link #search(List, CompletableFuture, int)} with no second vector. */
    public List<SentenceHit> search(
            List<SearchRequest.WeightedTerm> terms, CompletableFuture<Optional<float[]>> vector, int candidates) {
        return search(terms, vector, CompletableFuture.completedFuture(Optional.empty()), candidates);
    }

    /** {@link #search(SearchRequest)} with the question's vector still being computed: the words are searched first. */
    public List<SentenceHit> search(
            List<SearchRequest.WeightedTerm> terms,
            CompletableFuture<Optional<float[]>> vector,
            CompletableFuture<Optional<float[]>> secondVector,
            int candidates) {
        SearchRequest request = new SearchRequest(terms, Optional.empty(), candidates);
        try {
            Map<Integer, float[]> scores = new LinkedHashMap<>(); // doc -> {lexical, semantic, second}
            if (!request.terms().isEmpty()) {
                BooleanQuery.Builder q = new BooleanQuery.Builder();
                Map<String, Float> weights = new HashMap<>();
                for (SearchRequest.WeightedTerm t : request.terms()) weights.merge(t.term(), t.weight(), Math::max);
                weights.forEach((term, weight) -> {
                    q.add(new BoostQuery(new TermQuery(new Term(TEXT, term)), weight), BooleanClause.Occur.SHOULD);
                    q.add(
                            new BoostQuery(new TermQuery(new Term(CONTEXT, term)), weight * CONTEXT_WEIGHT),
                            BooleanClause.Occur.SHOULD);
                });
                // Counting every match is not needed: pruning may start at the n-th hit (the same top n).
                TopScoreDocCollectorManager topN =
                        new TopScoreDocCollectorManager(request.candidates(), null, request.candidates());
                for (ScoreDoc sd : searcher.search(q.build(), topN).scoreDocs) {
                    scores.put(sd.doc, new float[] {sd.score, 0f, 0f});
                }
            }
            Optional<float[]> semantic = vector.join();
            if (semantic.isPresent() && embedder.isPresent()) {
                float[] query = semantic.get();
                for (ScoreDoc sd : searcher.search(
                                new KnnFloatVectorQuery(VECTOR, query, request.candidates()), request.candidates())
                        .scoreDocs) {
                    scores.computeIfAbsent(sd.doc, d -> new float[] {0f, 0f, 0f});
                }
                fillCosines(scores, query, 1);
                if (secondVector == vector) {
                    scores.values().forEach(v -> v[2] = v[1]); // the same question twice: its cosines once
                } else {
                    Optional<float[]> second = secondVector.join();
                    if (second.isPresent()) fillCosines(scores, second.get(), 2);
                }
            }
            Map<Integer, String> keys = keys(scores.keySet());
            List<SentenceHit> hits = new ArrayList<>(scores.size());
            for (var e : scores.entrySet())
                hits.add(new SentenceHit(keys.get(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2]));
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each document's key, from doc values (a tenth of what decompressing stored fields costs), in doc order per segment. */
    private Map<Integer, String> keys(java.util.Collection<Integer> docs) throws IOException {
        List<Integer> sorted = new ArrayList<>(docs);
        sorted.sort(Integer::compare);
        Map<Integer, String> keys = new HashMap<>();
        List<LeafReaderContext> leaves = reader.leaves();
        int leafIndex = -1;
        BinaryDocValues values = null;
        for (int doc : sorted) {
            int li = ReaderUtil.subIndex(doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                values = leaves.get(li).reader().getBinaryDocValues(KEY);
            }
            if (values != null && values.advanceExact(doc - leaves.get(li).docBase))
                keys.put(doc, values.binaryValue().utf8ToString());
        }
        return keys;
    }

    /** Exact cosine for every candidate, read from the stored vectors. */
    private void fillCosines(Map<Integer, float[]> scores, float[] query, int slot) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        List<Integer> docs = new ArrayList<>(scores.keySet());
        docs.sort(Integer::compare);
        int leafIndex = -1;
        FloatVectorValues values = null;
        for (int doc : docs) {
            int li = ReaderUtil.subIndex(doc, leaves);
            LeafReaderContext leaf = leaves.get(li);
            if (li != leafIndex) {
                leafIndex = li;
                values = leaf.reader().getFloatVectorValues(VECTOR);
            }
            if (values == null) continue;
            int target = doc - leaf.docBase;
            int at = values.docID() < target ? values.advance(target) : values.docID();
            if (at == target) {
                scores.get(doc)[slot] = dot(query, values.vectorValue());
            }
        }
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            if (questionThreads != null) questionThreads.shutdown();
        }
        reader.close();
        directory.close();
    }
}

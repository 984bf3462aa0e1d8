package org.parley.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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
 * {@link Corpus}, kept on disk, and rebuilt whenever the corpus (or the embedding setting) changes.
 */
public final class SentenceIndex implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(SentenceIndex.class);

    /** Stored, not analyzed: resolves a hit back to the corpus sentence it came from. */
    static final String KEY = "key";
    /** The sentence itself, analyzed for BM25: the strongest lexical evidence. */
    static final String TEXT = "text";
    /** Section heading and the whole paragraph, analyzed: lets a sentence match words its neighbours carry. */
    static final String CONTEXT = "context";
    /** The sentence embedding, unit length so dot product is cosine; HNSW graph for semantic candidates. */
    static final String VECTOR = "vector";
    /** Commit user data: which corpus and which embedding model this index was built from. */
    private static final String FINGERPRINT = "parley.fingerprint";

    private static final int FORMAT_VERSION = 1;
    private static final int EMBED_BATCH = 64;
    private static final float CONTEXT_WEIGHT = 0.25f;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final Optional<SentenceEmbedder> embedder;

    private SentenceIndex(Directory directory, Analyzer analyzer, Optional<SentenceEmbedder> embedder)
            throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.analyzer = analyzer;
        this.embedder = embedder;
    }

    /**
     * Opens the index in {@code location} if it was built from this corpus with this embedder, and
     * (re)builds it there otherwise. With no location, or one that cannot be written, it lives in memory.
     */
    public static SentenceIndex openOrBuild(
            Corpus corpus, Optional<Path> location, Optional<SentenceEmbedder> embedder) {
        Analyzer analyzer = new EnglishSearchAnalyzer();
        String fingerprint = fingerprint(corpus, embedder);
        try {
            if (location.isPresent()) {
                Optional<Directory> onDisk = openDisk(location.get());
                if (onDisk.isPresent()) {
                    Directory dir = onDisk.get();
                    Stored stored = stored(dir);
                    if (stored == Stored.DAMAGED) {
                        log.warn(
                                "The index at {} is damaged (unreadable or failing its checksums); rebuilding it from "
                                        + "the corpus",
                                location.get());
                    } else if (fingerprint.equals(storedFingerprint(dir))) {
                        return new SentenceIndex(dir, analyzer, embedder);
                    }
                    try {
                        write(dir, corpus, analyzer, embedder, fingerprint);
                        log.info(
                                "Indexed {} sentences from {} articles into {}",
                                corpus.sentenceCount(),
                                corpus.articles().size(),
                                location.get());
                        return new SentenceIndex(dir, analyzer, embedder);
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
            write(memory, corpus, analyzer, embedder, fingerprint);
            return new SentenceIndex(memory, analyzer, embedder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Directory> openDisk(Path path) {
        try {
            Files.createDirectories(path);
            if (!Files.isWritable(path)) return Optional.empty();
            return Optional.of(FSDirectory.open(path));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Which corpus bytes, which parse of them (every passage key and quote: a parser change that moves a
     * sentence must not leave keys pointing at the wrong quotes) and which embedding model.
     */
    private static String fingerprint(Corpus corpus, Optional<SentenceEmbedder> embedder) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (Passage p : corpus.passages()) {
                digest.update(p.key().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(p.quote().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return FORMAT_VERSION + ":" + corpus.fingerprint() + ":"
                    + java.util.HexFormat.of().formatHex(digest.digest(), 0, 12) + ":"
                    + embedder.map(e -> e.getClass().getSimpleName() + "/" + e.dimensions())
                            .orElse("lexical");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What is on disk before opening: nothing, a sound index, or one that would fail when read. */
    private enum Stored {
        NONE,
        SOUND,
        DAMAGED
    }

    /**
     * Checks every file's checksum (Lucene writes one at the end of each), so a truncated or overwritten file is
     * found now and rebuilt, not met by the first question that reads it.
     */
    private static Stored stored(Directory dir) {
        try {
            if (!DirectoryReader.indexExists(dir)) return Stored.NONE;
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                for (org.apache.lucene.index.LeafReaderContext leaf : r.leaves())
                    leaf.reader().checkIntegrity();
            }
            return Stored.SOUND;
        } catch (IOException | RuntimeException e) {
            return Stored.DAMAGED;
        }
    }

    private static String storedFingerprint(Directory dir) {
        try {
            if (!DirectoryReader.indexExists(dir)) return null;
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                return r.getIndexCommit().getUserData().get(FINGERPRINT);
            }
        } catch (IOException e) {
            return null; // a damaged index is simply rebuilt
        }
    }

    private static void write(
            Directory dir, Corpus corpus, Analyzer analyzer, Optional<SentenceEmbedder> embedder, String fingerprint)
            throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            List<Document> pending = new ArrayList<>();
            List<String> pendingText = new ArrayList<>();
            for (Article article : corpus.articles()) {
                for (Section section : article.sections()) {
                    for (Paragraph paragraph : section.paragraphs()) {
                        for (Sentence sentence : paragraph.sentences()) {
                            Document doc = new Document();
                            doc.add(new StringField(
                                    KEY,
                                    Passage.key(article.id(), paragraph.number(), sentence.number()),
                                    Field.Store.YES));
                            doc.add(new TextField(TEXT, sentence.text(), Field.Store.NO));
                            doc.add(new TextField(
                                    CONTEXT,
                                    new Passage(article, section, paragraph, sentence).context(),
                                    Field.Store.NO));
                            pending.add(doc);
                            pendingText.add(sentence.text());
                            if (pending.size() == EMBED_BATCH) {
                                flush(writer, pending, pendingText, embedder);
                            }
                        }
                    }
                }
            }
            flush(writer, pending, pendingText, embedder);
            writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
            writer.commit();
        }
    }

    private static void flush(
            IndexWriter writer, List<Document> docs, List<String> texts, Optional<SentenceEmbedder> embedder)
            throws IOException {
        if (docs.isEmpty()) return;
        if (embedder.isPresent()) {
            List<float[]> vectors = embedder.get().embedAll(texts);
            for (int i = 0; i < docs.size(); i++) {
                docs.get(i).add(new KnnFloatVectorField(VECTOR, vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
            }
        }
        writer.addDocuments(docs);
        docs.clear();
        texts.clear();
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
        try {
            return reader.docFreq(new Term(TEXT, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the term occurs anywhere in the corpus, headings and paragraphs included. */
    public boolean knows(String term) {
        try {
            return reader.docFreq(new Term(CONTEXT, term)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            String found = te.term().utf8ToString();
            return found.startsWith(prefix) ? Optional.of(found) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int sentenceCount() {
        return reader.numDocs();
    }

    public Optional<float[]> embed(String text) {
        return embedder.map(e -> e.embed(text));
    }

    /** BM25 candidates and semantic candidates, merged, each with both of its scores. */
    public List<SentenceHit> search(SearchRequest request) {
        try {
            Map<Integer, float[]> scores = new LinkedHashMap<>(); // doc -> {lexical, semantic}
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
                for (ScoreDoc sd : searcher.search(q.build(), request.candidates()).scoreDocs) {
                    scores.put(sd.doc, new float[] {sd.score, 0f});
                }
            }
            if (request.vector().isPresent() && embedder.isPresent()) {
                float[] query = request.vector().get();
                for (ScoreDoc sd : searcher.search(
                                new KnnFloatVectorQuery(VECTOR, query, request.candidates()), request.candidates())
                        .scoreDocs) {
                    scores.computeIfAbsent(sd.doc, d -> new float[] {0f, 0f});
                }
                fillCosines(scores, query);
            }
            List<SentenceHit> hits = new ArrayList<>(scores.size());
            for (var e : scores.entrySet()) {
                String key = searcher.storedFields().document(e.getKey()).get(KEY);
                hits.add(new SentenceHit(key, e.getValue()[0], e.getValue()[1]));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Exact cosine for every candidate, read from the stored vectors. */
    private void fillCosines(Map<Integer, float[]> scores, float[] query) throws IOException {
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
                scores.get(doc)[1] = dot(query, values.vectorValue());
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
        reader.close();
        directory.close();
    }
}

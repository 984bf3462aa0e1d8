package org.parley.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Plain Lucene BM25 over the sentences of an index Parley built: the question analyzed by the same chain, its terms
 * OR-ed against the sentence text, best first. What {@code parley bench --compare-bm25} measures Parley against, on
 * the same documents in the same process.
 */
public final class Bm25Baseline implements Closeable {

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder queries = new QueryBuilder(new EnglishSearchAnalyzer());

    private Bm25Baseline(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens the index Parley keeps in {@code dir}. */
    public static Bm25Baseline open(Path dir) {
        try {
            return new Bm25Baseline(DirectoryReader.open(FSDirectory.open(dir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys ("article#paragraph#sentence") of the {@code k} best sentences; empty when no word of the question is indexed. */
    public List<String> top(String question, int k) {
        Query query = queries.createBooleanQuery(SentenceIndex.TEXT, question);
        if (query == null) return List.of();
        try {
            StoredFields stored = searcher.storedFields();
            List<String> keys = new ArrayList<>(k);
            for (ScoreDoc hit : searcher.search(query, k).scoreDocs)
                keys.add(stored.document(hit.doc, SentenceIndex.KEYS).get(SentenceIndex.KEY));
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}

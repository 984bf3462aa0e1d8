package org.parley.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.Bits;

/**
 * Term and field statistics over the live documents only. Lucene counts a deleted document in its statistics until
 * a merge rewrites its segment, so after an article is replaced its old sentences would still weigh in BM25, in how
 * rare a question's word is, and in whether the corpus knows a word at all: answers would drift from those of an
 * index built from scratch. With no deletions, Lucene's own figures are already exact and are used as they are; with
 * some, each term is counted once over the live documents (and remembered, the reader being immutable).
 */
final class LiveStatistics {

    /** Doc values holding each document's number of terms in a field: what Lucene sums for average lengths. */
    static String lengthField(String field) {
        return field + ".terms";
    }

    /** Words whose counts are kept at most: a long-running bot meets new words for ever (typos, other languages). */
    private static final int MOST_REMEMBERED = 100_000;

    private final IndexReader reader;
    private final boolean exact;
    private final Map<Term, long[]> terms = new ConcurrentHashMap<>();
    private final Map<Term, Integer> docFreqs = new ConcurrentHashMap<>();
    private final Map<String, CollectionStatistics> fields = new ConcurrentHashMap<>();

    LiveStatistics(IndexReader reader) {
        this.reader = reader;
        this.exact = !reader.hasDeletions();
    }

    /** Live documents holding the term. */
    int docFreq(Term term) {
        if (!exact) return (int) counts(term)[0];
        // A question looks its words up several times (reading, spelling, shorthand), each lookup a seek in every
        // segment: 8% of an answer at 100,000 sentences (JFR). The reader is immutable, so the count is kept.
        Integer known = docFreqs.get(term);
        if (known != null) return known;
        try {
            int n = reader.docFreq(term);
            if (docFreqs.size() < MOST_REMEMBERED) docFreqs.put(term, n);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An index searcher whose BM25 uses these statistics. */
    IndexSearcher searcher() {
        IndexSearcher searcher = new IndexSearcher(reader) {
            @Override
            public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
                if (exact) return super.termStatistics(term, docFreq, totalTermFreq);
                long[] live = counts(term);
                return live[0] == 0 ? null : new TermStatistics(term.bytes(), live[0], live[1]);
            }

            @Override
            public CollectionStatistics collectionStatistics(String field) throws IOException {
                if (exact) return super.collectionStatistics(field);
                return fields.computeIfAbsent(field, LiveStatistics.this::liveField); // null: no live document has it
            }
        };
        return searcher;
    }

    /** {live documents with the term, its occurrences in them}. */
    private long[] counts(Term term) {
        return terms.computeIfAbsent(term, t -> {
            long docs = 0, occurrences = 0;
            try {
                for (LeafReaderContext leaf : reader.leaves()) {
                    PostingsEnum postings = leaf.reader().postings(t, PostingsEnum.FREQS);
                    if (postings == null) continue;
                    Bits live = leaf.reader().getLiveDocs();
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (live != null && !live.get(doc)) continue;
                        docs++;
                        occurrences += postings.freq();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new long[] {docs, occurrences};
        });
    }

    /**
     * The field's statistics over live documents, from each document's stored term count. BM25 reads only the
     * document count and the total of terms; the sum of document frequencies is kept within what Lucene checks.
     */
    private CollectionStatistics liveField(String field) {
        long docs = 0, total = 0;
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues lengths = leaf.reader().getNumericDocValues(lengthField(field));
                if (lengths == null) continue;
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = lengths.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = lengths.nextDoc()) {
                    if (live != null && !live.get(doc) || lengths.longValue() == 0) continue;
                    docs++;
                    total += lengths.longValue();
                }
            }
            if (docs == 0) return null;
            CollectionStatistics all = new IndexSearcher(reader).collectionStatistics(field);
            long sumDocFreq = all == null ? docs : Math.max(docs, Math.min(all.sumDocFreq(), total));
            return new CollectionStatistics(field, reader.numDocs(), docs, Math.max(total, sumDocFreq), sumDocFreq);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

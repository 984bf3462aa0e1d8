package org.parley.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.answer.Answer;
import org.parley.answer.AnswerEngine;
import org.parley.answer.EngineSettings;
import org.parley.answer.Engines;
import org.parley.config.Lexicons;
import org.parley.corpus.Article;
import org.parley.corpus.Corpus;
import org.parley.corpus.CorpusLoader;
import org.parley.corpus.Passage;
import org.parley.ui.AnswerText;

/**
 * A corpus change re-indexes and re-embeds only what changed: three fixture articles are indexed, one is edited,
 * and only its documents are written again (each document records the write that added it) and only its new sentences embedded
 * (counted at a real embedder); the answers then equal those of an index built from scratch.
 */
class IncrementalIndexTest {

    private static final Path FIXTURES = Path.of("src/test/resources/corpus");
    private static final List<String> FILES = List.of(
            "harbor/lakeport-water-accord.txt",
            "cairo/gaza-ceasefire-cairo-talks.txt",
            "geneva/iran-e3-geneva-talks.txt");
    private static final String EDITED = "iran-e3-geneva-talks";

    private static OnnxEmbedder model;

    @TempDir
    Path corpus;

    @TempDir
    Path index;

    @TempDir
    Path fromScratch;

    @BeforeAll
    static void load() {
        model = new OnnxEmbedder(EmbeddingModel.MINILM);
    }

    /** The real model, counting every text it is asked to embed; its id can be changed to stand for another model. */
    static final class CountingEmbedder implements SentenceEmbedder {
        private final SentenceEmbedder real;
        private final String id;
        final AtomicInteger texts = new AtomicInteger();

        CountingEmbedder(SentenceEmbedder real, String id) {
            this.real = real;
            this.id = id;
        }

        CountingEmbedder(SentenceEmbedder real) {
            this(real, real.id());
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public int dimensions() {
            return real.dimensions();
        }

        @Override
        public float[] embed(String text) {
            texts.incrementAndGet();
            return real.embed(text);
        }

        @Override
        public List<float[]> embedAll(List<String> batch, IntConsumer done) {
            texts.addAndGet(batch.size());
            return real.embedAll(batch, done);
        }
    }

    @Test
    void editingOneArticleRewritesOnlyItsDocumentsAndEmbedsOnlyItsNewSentences() throws Exception {
        for (String f : FILES)
            Files.copy(FIXTURES.resolve(f), corpus.resolve(Path.of(f).getFileName()));
        Corpus before = new CorpusLoader(Lexicons.repository()).load(corpus);
        CountingEmbedder first = new CountingEmbedder(model);
        try (SentenceIndex built = SentenceIndex.openOrBuild(before, Optional.of(index), Optional.of(first))) {
            assertTrue(built.build().whole());
            assertEquals(3, built.build().written().size());
            assertEquals(texts(before).size(), first.texts.get(), "each distinct sentence embedded once");
            assertEquals(before.sentenceCount(), built.sentenceCount());
        }

        // One sentence reworded, one paragraph added; every other sentence of the article is unchanged.
        Path geneva = corpus.resolve("iran-e3-geneva-talks.txt");
        String text = Files.readString(geneva);
        assertTrue(text.contains("ended without a breakthrough"));
        Files.writeString(
                geneva,
                text.replace("ended without a breakthrough", "ended with no breakthrough")
                        + "\n\nDiplomats said a date for the next round would be set within days. Oman offered to host it.\n");
        Corpus after = new CorpusLoader(Lexicons.repository()).load(corpus);
        Set<String> newTexts = new HashSet<>(texts(after));
        newTexts.removeAll(texts(before));
        Article edited = after.byId().get(EDITED);
        assertEquals(3, newTexts.size(), "the reworded sentence and the two added ones");

        CountingEmbedder second = new CountingEmbedder(model);
        try (SentenceIndex updated = SentenceIndex.openOrBuild(after, Optional.of(index), Optional.of(second))) {
            SentenceIndex.Build b = updated.build();
            assertFalse(b.whole());
            assertEquals(List.of(EDITED), b.written());
            assertEquals(List.of(), b.removed());
            assertEquals(edited.sentenceCount(), b.sentences());
            assertEquals(newTexts.size(), b.embedded());
            assertEquals(newTexts.size(), second.texts.get(), "only sentences never embedded before reach the model");
            assertEquals(after.sentenceCount(), updated.sentenceCount());
        }

        // Lucene's view: every live document of the other articles was written by the first build, every one of the
        // edited article by the update (each document carries the write that added it; merges keep it).
        Map<String, Set<Long>> writesByArticle = new HashMap<>();
        int live = eachLiveDocument(index, (leaf, doc, key) -> {
            NumericDocValues written = leaf.getNumericDocValues(SentenceIndex.WRITTEN);
            assertTrue(written.advanceExact(doc));
            writesByArticle
                    .computeIfAbsent(key.substring(0, key.indexOf('#')), k -> new HashSet<>())
                    .add(written.longValue());
        });
        assertEquals(after.sentenceCount(), live);
        assertEquals(
                Map.of(
                        "lakeport-water-accord",
                        Set.of(1L),
                        "gaza-ceasefire-cairo-talks",
                        Set.of(1L),
                        EDITED,
                        Set.of(2L)),
                writesByArticle);

        // The same answers as from an index built from scratch.
        try (AnswerEngine incremental = AnswerEngine.open(settings(index), after);
                AnswerEngine scratch = AnswerEngine.open(settings(fromScratch), after)) {
            assertEquals(0, incremental.indexBuild().sentences(), "the updated index was current: opened as it was");
            assertTrue(scratch.indexBuild().whole());
            List<String> questions = questions();
            assertTrue(questions.size() > 30, "the three articles' question sets");
            for (String q : questions) {
                Answer a = incremental.ask(q), b = scratch.ask(q);
                assertEquals(b.answered(), a.answered(), q);
                assertEquals(AnswerText.markdown(b), AnswerText.markdown(a), q);
                assertEquals(quotes(b), quotes(a), q);
                for (int i = 0; i < b.citations().size(); i++)
                    assertEquals(
                            b.citations().get(i).score(), a.citations().get(i).score(), 2e-3, q);
                // BM25 scores are 32-bit floats summed in segment order, and the HNSW graphs of the two indexes
                // differ, so the last of a question's 50 semantic candidates can too: the best one's probability,
                // and so the confidence, moves in the fourth decimal ("what currency do they use in kestria").
                assertEquals(b.confidence(), a.confidence(), 1e-3, q);
            }
        }
    }

    /** Each citation as the reader sees it, but for its score (which carries the confidence's noise). */
    private static List<String> quotes(Answer a) {
        return a.citations().stream()
                .map(c -> c.document() + " " + c.section() + " " + c.paragraph() + ": " + c.quote())
                .toList();
    }

    @Test
    void removingAnArticleDeletesItsDocumentsAndEmbedsNothing() throws Exception {
        for (String f : FILES)
            Files.copy(FIXTURES.resolve(f), corpus.resolve(Path.of(f).getFileName()));
        Corpus before = new CorpusLoader(Lexicons.repository()).load(corpus);
        try (SentenceIndex ignored =
                SentenceIndex.openOrBuild(before, Optional.of(index), Optional.of(new CountingEmbedder(model)))) {
            assertEquals(before.sentenceCount(), ignored.sentenceCount());
        }
        Files.delete(corpus.resolve("lakeport-water-accord.txt"));
        Corpus after = new CorpusLoader(Lexicons.repository()).load(corpus);
        CountingEmbedder counting = new CountingEmbedder(model);
        try (SentenceIndex updated = SentenceIndex.openOrBuild(after, Optional.of(index), Optional.of(counting))) {
            assertEquals(List.of("lakeport-water-accord"), updated.build().removed());
            assertEquals(List.of(), updated.build().written());
            assertEquals(0, counting.texts.get());
            assertEquals(after.sentenceCount(), updated.sentenceCount());
        }
    }

    @Test
    void aSentenceEmbeddedBeforeKeepsItsVectorUnderTheSameModelOnly() throws Exception {
        Files.copy(FIXTURES.resolve(FILES.get(0)), corpus.resolve("lakeport-water-accord.txt"));
        Corpus before = new CorpusLoader(Lexicons.repository()).load(corpus);
        try (SentenceIndex ignored =
                SentenceIndex.openOrBuild(before, Optional.of(index), Optional.of(new CountingEmbedder(model)))) {
            assertTrue(ignored.build().whole());
        }
        // The same article under another file name: new documents, every vector found in the cache.
        Files.move(corpus.resolve("lakeport-water-accord.txt"), corpus.resolve("lakeport-renamed.txt"));
        Corpus renamed = new CorpusLoader(Lexicons.repository()).load(corpus);
        CountingEmbedder same = new CountingEmbedder(model);
        try (SentenceIndex updated = SentenceIndex.openOrBuild(renamed, Optional.of(index), Optional.of(same))) {
            assertEquals(List.of("lakeport-renamed"), updated.build().written());
            assertEquals(List.of("lakeport-water-accord"), updated.build().removed());
            assertEquals(renamed.sentenceCount(), updated.build().sentences());
            assertEquals(0, updated.build().embedded());
            assertEquals(0, same.texts.get());
        }
        // The reused vectors are exactly what the model gives for each sentence.
        int checked = eachLiveDocument(index, (leaf, doc, key) -> {
            FloatVectorValues vectors = leaf.getFloatVectorValues(SentenceIndex.VECTOR);
            assertEquals(doc, vectors.advance(doc));
            assertArrayEquals(model.embed(renamed.passage(key).orElseThrow().quote()), vectors.vectorValue(), key);
        });
        assertEquals(renamed.sentenceCount(), checked);
        // Another model: nothing is reused, the whole index is built again.
        CountingEmbedder other = new CountingEmbedder(model, "another-model");
        try (SentenceIndex rebuilt = SentenceIndex.openOrBuild(renamed, Optional.of(index), Optional.of(other))) {
            assertTrue(rebuilt.build().whole());
            assertEquals(texts(renamed).size(), rebuilt.build().embedded());
            assertEquals(texts(renamed).size(), other.texts.get());
        }
    }

    @Test
    void anUnchangedCorpusOpensTheIndexWithoutEmbeddingAnything() throws Exception {
        Files.copy(FIXTURES.resolve(FILES.get(1)), corpus.resolve("gaza-ceasefire-cairo-talks.txt"));
        Corpus c = new CorpusLoader(Lexicons.repository()).load(corpus);
        try (SentenceIndex ignored =
                SentenceIndex.openOrBuild(c, Optional.of(index), Optional.of(new CountingEmbedder(model)))) {
            assertEquals(c.sentenceCount(), ignored.build().sentences());
        }
        CountingEmbedder counting = new CountingEmbedder(model);
        try (SentenceIndex reopened = SentenceIndex.openOrBuild(
                new CorpusLoader(Lexicons.repository()).load(corpus), Optional.of(index), Optional.of(counting))) {
            assertEquals(0, reopened.build().sentences());
            assertEquals(0, counting.texts.get());
            assertEquals(c.sentenceCount(), reopened.sentenceCount());
        }
    }

    @Test
    void afterAnUpdateTheStatisticsCountOnlyLiveSentences() throws Exception {
        List<String> files = List.of(
                "velmora/velmora-istrana-fishing-accord.md",
                "doha/doha.txt",
                "jeddah/us-ukraine-jeddah-talks.md",
                "nairobi/nairobi.md",
                "oslo/oslo.md",
                "vienna/vienna.md");
        for (String f : files)
            Files.copy(FIXTURES.resolve(f), corpus.resolve(Path.of(f).getFileName()));
        try (SentenceIndex ignored = SentenceIndex.openOrBuild(
                new CorpusLoader(Lexicons.repository()).load(corpus), Optional.of(index), Optional.empty())) {
            assertTrue(ignored.knows("kelda"), "a word only the Velmora article uses");
        }
        Path velmora = corpus.resolve("velmora-istrana-fishing-accord.md");
        Files.writeString(velmora, Files.readString(velmora).replace("Kelda", "Tormund"));
        Corpus after = new CorpusLoader(Lexicons.repository()).load(corpus);
        try (SentenceIndex updated = SentenceIndex.openOrBuild(after, Optional.of(index), Optional.empty());
                SentenceIndex scratch = SentenceIndex.openOrBuild(after, Optional.of(fromScratch), Optional.empty());
                Directory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            assertTrue(reader.hasDeletions(), "the replaced sentences are still in their segment, deleted");
            assertFalse(updated.knows("kelda"));
            assertTrue(updated.knows("tormund"));
            assertEquals(Optional.empty(), updated.nearTerm("keldan"));
            Set<String> terms = new HashSet<>();
            after.passages().forEach(p -> terms.addAll(updated.analyze(p.quote())));
            assertTrue(terms.size() > 500);
            for (String t : terms) {
                assertEquals(scratch.sentencesWith(t), updated.sentencesWith(t), t);
                assertEquals(scratch.knows(t), updated.knows(t), t);
            }
            for (String question :
                    List.of("herring quota Tormund", "ceasefire talks Doha hostages", "minerals deal Jeddah")) {
                List<SearchRequest.WeightedTerm> weighted = updated.analyze(question).stream()
                        .map(t -> new SearchRequest.WeightedTerm(t, 1f))
                        .toList();
                SearchRequest request = new SearchRequest(weighted, Optional.empty(), 20);
                Map<String, Float> expected = new HashMap<>();
                scratch.search(request).forEach(h -> expected.put(h.key(), h.lexical()));
                List<SentenceHit> got = updated.search(request);
                assertFalse(got.isEmpty(), question);
                for (SentenceHit h : got) {
                    assertTrue(expected.containsKey(h.key()), question + ": " + h.key());
                    assertEquals(expected.get(h.key()), h.lexical(), 1e-4 * expected.get(h.key()), h.key());
                }
            }
        }
    }

    private EngineSettings settings(Path indexDir) {
        EngineSettings base = Engines.settings("geneva", true);
        return new EngineSettings(
                corpus, Optional.of(indexDir), base.lexicon(), true, base.maxCitations(), base.maxQuestionChars());
    }

    private static List<String> questions() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String set : List.of("harbor", "cairo", "geneva")) {
            for (String line : Files.readAllLines(Path.of("src/test/resources/eval", set + "-questions.jsonl"))) {
                if (!line.isBlank()) out.add(json.readTree(line).get("q").asText());
            }
        }
        return out;
    }

    /** Something checked of one live document of an index on disk. */
    interface DocumentCheck {
        void check(LeafReader leaf, int doc, String key) throws IOException;
    }

    /** Runs {@code check} on every live document of the index in {@code dir}; how many there were. */
    private static int eachLiveDocument(Path dir, DocumentCheck check) throws IOException {
        int n = 0;
        try (Directory directory = FSDirectory.open(dir);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) continue;
                    check.check(
                            leaf.reader(),
                            doc,
                            leaf.reader().storedFields().document(doc).get(SentenceIndex.KEY));
                    n++;
                }
            }
        }
        return n;
    }

    private static List<String> texts(Corpus c) {
        return c.passages().stream().map(Passage::quote).distinct().toList();
    }
}

package org.parley.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.Lexicons;
import org.parley.corpus.CorpusLoader;
import org.parley.corpus.Passage;

/**
 * Both embedding models as {@link OnnxEmbedder} runs them: the vectors langchain4j makes from the same files
 * (MiniLM's are what the shipped answer model was fit on), unit length, the same for the same text, and closer for a
 * paraphrase than for an unrelated sentence. One instance of each model for the class: loading is the slow part.
 */
class OnnxEmbedderTest {

    private static OnnxEmbedder minilm;
    private static OnnxEmbedder bge;
    private static OnnxEmbedder bgeQuery;
    /** Every sentence of two fixture articles. */
    private static List<String> sentences;

    @BeforeAll
    static void load() {
        minilm = new OnnxEmbedder(org.parley.index.EmbeddingModel.MINILM);
        bge = new OnnxEmbedder(org.parley.index.EmbeddingModel.BGE_SMALL);
        bgeQuery = new OnnxEmbedder(org.parley.index.EmbeddingModel.BGE_SMALL_QUERY);
        CorpusLoader loader = new CorpusLoader(Lexicons.repository());
        sentences = java.util.stream.Stream.of("riyadh", "geneva")
                .flatMap(f -> loader.load(Path.of("src/test/resources/corpus", f)).passages().stream())
                .map(Passage::quote)
                .toList();
    }

    @Test
    void miniLmVectorsAreLangchain4jsBitForBit() {
        assertIdenticalToLangchain4j(minilm, new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    @Test
    void bgeVectorsAreLangchain4jsWithClsPoolingBitForBit(@TempDir Path dir) throws IOException {
        Path weights = copy("bge-small-en-v1.5-q.onnx", dir);
        Path tokenizer = copy("bge-small-en-v1.5-q-tokenizer.json", dir);
        assertIdenticalToLangchain4j(bge, new OnnxEmbeddingModel(weights, tokenizer, PoolingMode.CLS));
    }

    /** langchain4j normalises in float; Parley's vectors are that, normalised once more in double. */
    private static void assertIdenticalToLangchain4j(OnnxEmbedder ours, EmbeddingModel theirs) {
        assertTrue(sentences.size() > 50, "sentences to compare: " + sentences.size());
        List<float[]> all = ours.embedAll(sentences);
        assertEquals(sentences.size(), all.size());
        for (int i = 0; i < sentences.size(); i++) {
            float[] reference = theirs.embed(sentences.get(i)).content().vector();
            double norm = 0;
            for (float x : reference) norm += x * x;
            float[] expected = new float[reference.length];
            for (int d = 0; d < reference.length; d++) expected[d] = (float) (reference[d] / Math.sqrt(norm));
            assertArrayEquals(expected, all.get(i), sentences.get(i));
        }
    }

    private static Path copy(String resource, Path dir) throws IOException {
        try (InputStream in = OnnxEmbedderTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " on the classpath");
            Path out = dir.resolve(resource);
            Files.copy(in, out);
            return out;
        }
    }

    @Test
    void bgeGivesUnitVectorsOfItsSizeAndTheSameVectorForTheSameText() {
        assertEquals(384, bge.dimensions());
        String text = "The delegations agreed to restore their embassies in Washington and Moscow.";
        float[] v = bge.embed(text);
        assertEquals(384, v.length);
        double norm = 0;
        for (float x : v) norm += x * x;
        assertEquals(1, norm, 1e-5);
        assertArrayEquals(v, bge.embed(text));
        assertArrayEquals(
                v, bge.embedAll(List.of("Something else entirely.", text)).get(1));
    }

    @Test
    void bgeScoresAParaphraseAboveAnUnrelatedSentence() {
        float[] question = bge.embedQuery("Which penalties did they talk about lifting?");
        float[] paraphrase = bge.embed("The two sides discussed easing sanctions on Russian banks.");
        float[] unrelated = bge.embed("The weather in the harbour town was mild for February.");
        assertTrue(
                dot(question, paraphrase) > dot(question, unrelated) + 0.05,
                dot(question, paraphrase) + " vs " + dot(question, unrelated));
    }

    @Test
    void onlyAModelWithAQueryInstructionEmbedsQuestionsDifferently() {
        String question = "Who led the Russian delegation?";
        assertArrayEquals(minilm.embed(question), minilm.embedQuery(question));
        assertArrayEquals(bge.embed(question), bge.embedQuery(question));
        assertFalse(java.util.Arrays.equals(bgeQuery.embed(question), bgeQuery.embedQuery(question)));
        assertArrayEquals(
                bge.embed(org.parley.index.EmbeddingModel.BGE_SMALL_QUERY.queryPrefix() + question),
                bgeQuery.embedQuery(question));
    }

    @Test
    void aTextLongerThanTheModelTakesIsCutNotRefused() {
        String longText = "The talks went on for hours and nothing was agreed. ".repeat(100);
        float[] v = bge.embed(longText);
        assertEquals(384, v.length);
        assertTrue(Float.isFinite(v[0]));
        long[] ids = {101, 7, 8, 9, 10, 102};
        assertArrayEquals(new long[] {101, 7, 8, 102}, OnnxEmbedder.cut(ids, 4));
        assertArrayEquals(ids, OnnxEmbedder.cut(ids, 6));
    }

    @Test
    void modelsAreFoundByNameAndAnUnknownNameIsAClearError() {
        assertEquals(org.parley.index.EmbeddingModel.BGE_SMALL, org.parley.index.EmbeddingModel.named("bge-small"));
        assertNotEquals(minilm.id(), bge.id(), "a cache must not mix the two models' vectors");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> org.parley.index.EmbeddingModel.named("word2vec"));
        assertTrue(e.getMessage().contains("word2vec") && e.getMessage().contains("minilm"), e.getMessage());
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    @Test
    void wholeWordsAreTheVocabularysLowerCaseWordsOnly() {
        var words = minilm.wholeWords();

        assertEquals(21_945, words.size(), "MiniLM's uncased WordPiece vocabulary, whole words only");
        assertTrue(words.containsAll(List.of("palace", "agreed", "price", "prince", "place")), "English it knows");
        assertFalse(words.contains("##ing"), "a word's continuation is no word");
        assertFalse(words.contains("[cls]") || words.contains("[CLS]"), "nor is a marker");
        assertFalse(words.contains("lavrov"), "a name it splits into pieces");
    }
}

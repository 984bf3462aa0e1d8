package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.corpus.Corpus;
import org.parley.corpus.CorpusLoader;
import org.parley.index.EmbeddingModel;
import org.parley.index.OnnxEmbedder;

/** The answer model file names the embedding model it was fit with, and the engine runs that one and no other. */
class EmbedderChoiceTest {

    @Test
    void aModelFileWithoutAnEmbedderWasFitWithMiniLm(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.json");
        AnswerModel.untrained(EmbeddingModel.BGE_SMALL).write(file);
        String json = Files.readString(file);
        assertTrue(json.contains("\"embedder\" : \"bge-small\""), json);
        Files.writeString(file, json.replace("\"embedder\" : \"bge-small\",", ""));
        assertFalse(Files.readString(file).contains("embedder"));
        assertEquals(EmbeddingModel.MINILM, AnswerModel.load(file).embedding());
    }

    @Test
    void theEngineRunsTheEmbedderItsModelFileNames(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.json");
        AnswerModel bundled = AnswerModel.load(null);
        new AnswerModel("bge-small", bundled.ranker(), bundled.answerer(), bundled.figures()).write(file);
        AnswerModel model = AnswerModel.load(file);
        assertEquals(EmbeddingModel.BGE_SMALL, model.embedding());

        try (AnswerEngine engine = AnswerEngine.open(withModel(Engines.settings("riyadh", true), model))) {
            assertEquals(Optional.of(EmbeddingModel.BGE_SMALL.id()), engine.embedderId());
            Answer a = engine.ask("Where did the talks take place?");
            assertFalse(a.citations().isEmpty(), a.toString());
        }
        try (AnswerEngine engine = AnswerEngine.open(Engines.settings("riyadh", true))) {
            assertEquals(Optional.of(AnswerModel.load(null).embedding().id()), engine.embedderId());
        }
    }

    @Test
    void anEngineGivenAnotherEmbedderThanItsModelWasFitWithRefusesToOpen() {
        EngineSettings settings =
                withModel(Engines.settings("riyadh", true), AnswerModel.untrained(EmbeddingModel.BGE_SMALL));
        Corpus corpus = new CorpusLoader(settings.lexicon()).load(settings.corpus());
        OnnxEmbedder minilm = new OnnxEmbedder(EmbeddingModel.MINILM);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> AnswerEngine.open(settings, corpus, minilm));
        assertTrue(e.getMessage().contains("bge-small") && e.getMessage().contains("minilm"), e.getMessage());
    }

    @Test
    void aModelFileNamingAnUnknownEmbedderIsAClearError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.json");
        AnswerModel.untrained(EmbeddingModel.MINILM).write(file);
        Files.writeString(file, Files.readString(file).replace("\"minilm\"", "\"word2vec\""));
        Exception e = assertThrows(RuntimeException.class, () -> AnswerModel.load(file));
        assertTrue(
                e.getMessage().contains("'word2vec'") && e.getMessage().contains("parley train --embedder"),
                e.getMessage());
    }

    private static EngineSettings withModel(EngineSettings s, AnswerModel model) {
        return new EngineSettings(
                s.corpus(),
                s.index(),
                s.lexicon(),
                s.semantic(),
                s.maxCitations(),
                s.maxQuestionChars(),
                model,
                s.answerThreshold());
    }
}

package org.parley.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.answer.AnswerEngine;
import org.parley.answer.AnswerModel;
import org.parley.answer.EngineSettings;
import org.parley.answer.Engines;
import org.parley.index.EmbeddingModel;

/** parley train's core on three of our fixtures: every article is scored by models fit without it. */
class TrainerTest {

    @Test
    void leavesEachArticleOutAndWritesAModelThatLoads(@TempDir Path dir) throws Exception {
        List<AnswerEngine> opened = new ArrayList<>();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try {
            Trainer trainer = new Trainer(
                    EmbeddingModel.MINILM,
                    0.05,
                    true,
                    corpus -> {
                        EngineSettings base =
                                Engines.settings(corpus.getFileName().toString(), true);
                        AnswerEngine e = AnswerEngine.open(new EngineSettings(
                                base.corpus(),
                                Optional.empty(),
                                base.lexicon(),
                                true,
                                base.maxCitations(),
                                base.maxQuestionChars(),
                                AnswerModel.untrained(EmbeddingModel.MINILM),
                                0.5));
                        opened.add(e);
                        return e;
                    },
                    new PrintStream(log, true, StandardCharsets.UTF_8));
            List<String> sets = List.of("jeddah", "harbor", "coral").stream()
                    .map(n -> "src/test/resources/eval/" + n + "-questions.jsonl=src/test/resources/corpus/" + n)
                    .toList();
            Trainer.Result result = trainer.train(sets, true);

            assertEquals(3, result.folds().size(), log.toString(StandardCharsets.UTF_8));
            for (Trainer.Fold f : result.folds()) {
                assertTrue(
                        f.scores().hit3() >= 0.5,
                        f.group() + " hit@3 " + f.scores().hit3() + " from a model fit on the other two");
                assertTrue(f.threshold() >= 0 && f.threshold() <= 1, "threshold " + f.threshold());
            }
            assertTrue(result.means().containsKey("own articles mean"));
            Path file = dir.resolve("model.json");
            result.model().write(file);
            AnswerModel loaded = AnswerModel.load(file);
            assertEquals(result.model().suggestedThreshold(), loaded.suggestedThreshold(), 1e-9);
        } finally {
            for (AnswerEngine e : opened) e.close();
        }
    }
}

package org.parley.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.answer.AnswerEngine;
import org.parley.answer.AnswerModel;
import org.parley.answer.EngineSettings;
import org.parley.index.EmbeddingModel;
import org.parley.index.OnnxEmbedder;
import org.parley.learn.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** parley train: fits the ranker and answerer on labelled question sets, cross-validated by article. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Fit the ranker and the answer-or-abstain model on labelled questions, report leave-one-article-out "
                    + "figures, and write the model file.",
            "Each --set is QUESTIONS.jsonl=CORPUS_DIR (qa-eval's format: {\"q\", \"gold\"}; empty gold = unanswerable)."
        })
final class TrainCommand implements Callable<Integer> {

    @Option(
            names = "--set",
            required = true,
            paramLabel = "QUESTIONS=CORPUS",
            description = "A labelled question set and its corpus.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("src/main/resources/model/answer-model.json");

    @Option(
            names = "--target-false-abstain",
            paramLabel = "SHARE",
            description =
                    "Share of fair questions the threshold may refuse on the training folds (default: ${DEFAULT-VALUE}).")
    double targetFalseAbstain = 0.05;

    @Option(names = "--balance", description = "Each article's questions weigh the same in total, however many it has.")
    boolean balance;

    @Option(
            names = "--embedder",
            paramLabel = "NAME",
            description = "The sentence-embedding model whose cosines the features use: minilm or bge-small "
                    + "(default: ${DEFAULT-VALUE}). The model file records it and the engine then runs it.")
    String embedder = EmbeddingModel.MINILM.name();

    @Option(names = "--no-cv", description = "Fit the shipped model only, without the leave-one-article-out figures.")
    boolean noCrossValidation;

    private final Launcher launcher;

    TrainCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws Exception {
        EmbeddingModel embedding = EmbeddingModel.named(embedder);
        List<AnswerEngine> opened = new ArrayList<>();
        OnnxEmbedder model = new OnnxEmbedder(embedding); // one model for every article's engine
        try {
            Trainer trainer = new Trainer(
                    embedding,
                    targetFalseAbstain,
                    balance,
                    corpus -> {
                        // A model of zeros: preparing a question never uses the model.
                        EngineSettings base =
                                launcher.settings(Optional.of(corpus), AnswerModel.untrained(embedding), 0.5);
                        AnswerEngine e = AnswerEngine.open(
                                new EngineSettings(
                                        base.corpus(),
                                        Optional.empty(),
                                        base.lexicon(),
                                        base.semantic(),
                                        base.maxCitations(),
                                        base.maxQuestionChars(),
                                        base.model(),
                                        base.answerThreshold()),
                                model);
                        opened.add(e);
                        return e;
                    },
                    System.out);
            Trainer.Result result = trainer.train(sets, !noCrossValidation);
            result.means().forEach((name, s) -> System.out.println(s.row(name)));
            result.model().write(out);
            System.out.printf(
                    "wrote %s; set engine.answerThreshold: %.3f in config/parley.yaml%n",
                    out, result.model().suggestedThreshold());
        } finally {
            for (AnswerEngine e : opened) e.close();
        }
        return 0;
    }
}

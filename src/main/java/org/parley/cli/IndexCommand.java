package org.parley.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.answer.AnswerEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Builds (or confirms) the index for the corpus; `ask` does the same on demand. */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Build the search index for the corpus.")
final class IndexCommand implements Callable<Integer> {

    @Mixin
    CorpusOption corpus = new CorpusOption();

    private final Launcher launcher;

    IndexCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        Optional<java.nio.file.Path> wanted = launcher.settings(corpus.get()).index();
        try (AnswerEngine engine = launcher.engine(corpus.get())) {
            if (wanted.isPresent() && engine.indexLocation().isEmpty()) {
                // Answers still work, from memory; but this command's one job, a saved index, was not done.
                System.err.printf(
                        "parley: the index could not be saved in %s (the warning above says why); nothing was"
                                + " written, and every start will index the corpus again.%n",
                        wanted.get());
                return 1;
            }
            System.out.printf(
                    "Index ready: %d %s, %d sentences, in %d ms (%s); %s.%n",
                    engine.sources().size(),
                    engine.sources().size() == 1 ? "article" : "articles",
                    engine.corpus().sentenceCount(),
                    (System.nanoTime() - started) / 1_000_000,
                    engine.indexLocation().map(Object::toString).orElse("in memory"),
                    engine.indexBuild().summary());
        }
        return 0;
    }
}

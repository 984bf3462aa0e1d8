package org.parley.cli;

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
        try (AnswerEngine engine = launcher.engine(corpus.get())) {
            System.out.printf(
                    "Index ready: %d articles, %d sentences, in %d ms (%s); %s.%n",
                    engine.sources().size(),
                    engine.corpus().sentenceCount(),
                    (System.nanoTime() - started) / 1_000_000,
                    launcher.settings(corpus.get())
                            .index()
                            .map(Object::toString)
                            .orElse("in memory"),
                    engine.indexBuild().summary());
        }
        return 0;
    }
}

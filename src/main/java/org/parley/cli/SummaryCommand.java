package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.answer.AnswerEngine;
import org.parley.facts.SummaryWriter;
import org.parley.ui.Markdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Prints the structured summary that /summary posts. */
@Command(name = "summary", mixinStandardHelpOptions = true, description = "Print the cited summary of the talks.")
final class SummaryCommand implements Callable<Integer> {

    @Mixin
    CorpusOption corpus = new CorpusOption();

    private final Launcher launcher;

    SummaryCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws Exception {
        try (AnswerEngine engine = launcher.engine(corpus.get())) {
            System.out.println(new SummaryWriter(Markdown::escape).markdown(engine.facts()));
        }
        return 0;
    }
}

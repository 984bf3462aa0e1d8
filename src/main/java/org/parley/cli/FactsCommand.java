package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.answer.AnswerEngine;
import org.parley.facts.Participant;
import org.parley.ui.Markdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints participants, parties, outcomes and objections. */
@Command(name = "facts", mixinStandardHelpOptions = true, description = "Print the facts extracted from the corpus.")
final class FactsCommand implements Callable<Integer> {

    @Mixin
    CorpusOption corpus = new CorpusOption();

    @Option(names = "--json", description = "As one JSON object.")
    boolean json;

    private final Launcher launcher;

    FactsCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws Exception {
        try (AnswerEngine engine = launcher.engine(corpus.get())) {
            if (json) {
                System.out.println(Json.facts(engine.facts()));
            } else {
                for (Participant p : engine.facts().participants()) {
                    System.out.printf("%s%s [%s]%n", p.name(), roleAndSide(p), p.present() ? "present" : "mentioned");
                }
                System.out.println();
                System.out.println(new org.parley.facts.SummaryWriter(Markdown::escape).markdown(engine.facts()));
            }
        }
        return 0;
    }

    /** The participant's role and side as plain text (see {@link Participant#roleAndSide}). */
    static String roleAndSide(Participant p) {
        return Participant.roleAndSide(p.role(), p.side(), text -> text);
    }
}

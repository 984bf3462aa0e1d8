package org.parley.cli;

import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.parley.answer.EngineSettings;
import org.parley.corpus.Corpus;
import org.parley.corpus.CorpusLoader;
import org.parley.corpus.Passage;
import org.parley.corpus.Section;
import org.parley.facts.FactExtractor;
import org.parley.quiz.QuizMaker;
import org.parley.quiz.QuizQuestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints a multiple-choice quiz from the articles, as /quiz would post it: choices, then an answer key with citations. */
@Command(
        name = "quiz",
        mixinStandardHelpOptions = true,
        description =
                "Print multiple-choice questions built from the articles, then the answer key with each citation.")
final class QuizCommand implements Callable<Integer> {

    @Mixin
    CorpusOption corpus = new CorpusOption();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--questions",
            paramLabel = "N",
            defaultValue = "5",
            description = "How many questions (fewer when the articles support fewer; default ${DEFAULT-VALUE}).")
    int questions;

    @Option(
            names = "--seed",
            paramLabel = "S",
            description = "Seed for which questions and in what order; the same seed gives the same quiz.")
    Long seed;

    private final Launcher launcher;

    QuizCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        Bounds.atLeast(spec, "--questions", questions, 0);
        // Facts only: a quiz needs no search index, so none is opened or built.
        EngineSettings settings = launcher.settings(corpus.get());
        Corpus articles = new CorpusLoader(settings.lexicon()).load(settings.corpus());
        QuizMaker maker =
                new QuizMaker(articles, new FactExtractor(settings.lexicon()).extract(articles), settings.lexicon());
        long used = seed != null ? seed : ThreadLocalRandom.current().nextLong();
        List<QuizQuestion> quiz = maker.make(questions, new Random(used));
        if (quiz.isEmpty()) {
            System.out.println(
                    "The articles do not support any quiz questions" + (questions > 0 ? "." : " (none asked for)."));
            return 0;
        }
        System.out.print(printout(quiz, questions, used));
        return 0;
    }

    /**
     * The quiz as a teacher prints it: each question with its choices, then the key (each answer and the quote that
     * proves it), and why there are fewer questions than asked when there are.
     */
    static String printout(List<QuizQuestion> quiz, int asked, long seed) {
        StringBuilder out = new StringBuilder(
                String.format("%d question%s (seed %d)%n", quiz.size(), quiz.size() == 1 ? "" : "s", seed));
        if (quiz.size() < asked) {
            // Never padded with weak questions: say so, rather than leave the teacher wondering.
            out.append(String.format(
                    "(%d asked for: the articles support only %d, each proved by a quote with every wrong choice "
                            + "ruled out.)%n",
                    asked, quiz.size()));
        }
        for (int i = 0; i < quiz.size(); i++) {
            QuizQuestion q = quiz.get(i);
            out.append(String.format("%n%d. %s%n", i + 1, q.prompt()));
            for (int c = 0; c < q.choices().size(); c++)
                out.append(String.format("   %c) %s%n", 'A' + c, q.choices().get(c)));
        }
        // The answers after every question, as a printed quiz has its key: the questions can be shown or read out
        // without giving an answer away under each one.
        out.append(String.format("%nAnswer key%n"));
        for (int i = 0; i < quiz.size(); i++) {
            QuizQuestion q = quiz.get(i);
            out.append(String.format("%d. %c) %s%n", i + 1, 'A' + q.answer(), q.rightChoice()));
            out.append(String.format(
                    "   Source: \u201C%s\u201D \u2014 %s%n", q.citation().quote(), where(q.citation())));
        }
        return out.toString();
    }

    private static String where(Passage p) {
        String section = Section.LEAD.equals(p.section().title())
                ? "lead"
                : "section \u201C" + p.section().title() + "\u201D";
        return p.article().title() + ", " + section + ", paragraph "
                + p.paragraph().number();
    }
}

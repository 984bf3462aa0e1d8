package org.parley.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parley.answer.AnswerEngine;
import org.parley.corpus.Article;
import org.parley.facts.SummaryWriter;
import org.parley.ui.ArticleChoice;
import org.parley.ui.Markdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints the structured summary that /summary posts. */
@Command(name = "summary", mixinStandardHelpOptions = true, description = "Print the cited summary of the talks.")
final class SummaryCommand implements Callable<Integer> {

    @Mixin
    CorpusOption corpus = new CorpusOption();

    @Option(
            names = "--article",
            paramLabel = "WORDS",
            description = "Summarise one article: words of its title, or its file name (a corpus covering several "
                    + "talks is no single meeting).")
    String article;

    private final Launcher launcher;

    SummaryCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws Exception {
        try (AnswerEngine engine = launcher.engine(corpus.get())) {
            if (article == null) {
                System.out.println(new SummaryWriter(Markdown::escape).markdown(engine.facts()));
                if (engine.sources().size() > 1)
                    System.out.println(
                            "\n" + ArticleChoice.readTogether(engine.sources().size(), "--article "));
                return 0;
            }
            List<Article> found = engine.articlesNamed(article);
            String problem = ArticleChoice.problem(
                    article,
                    found,
                    s -> s,
                    "The articles: "
                            + engine.sources().stream()
                                    .map(a -> a.title() + " (" + a.id() + ")")
                                    .collect(Collectors.joining("; ")));
            if (problem != null) {
                System.err.println("parley: " + problem);
                return 2;
            }
            System.out.println(ArticleChoice.summary(found.get(0), engine.factsOf(found.get(0))));
        }
        return 0;
    }
}

package org.parley.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.answer.AnswerEngine;
import org.parley.answer.EngineSettings;
import org.parley.answer.Engines;
import org.parley.discord.reply.BotReply;
import org.parley.quiz.QuizQuestion;
import org.parley.store.TempStore;

/** Starting a quiz, and rebuilding it after a restart, on the real store and engine (no Discord needed). */
class QuizDeskTest {

    private static final String CHANNEL = "100";
    private static final String EDUCATOR = "200";

    @Test
    void aQuizRebuiltAfterARestartAsksTheSameQuestionsAndNoMore() throws IOException {
        try (TempStore temp = TempStore.open("quiz-restart");
                AnswerEngine engine = AnswerEngine.open(Engines.settings("harbor", false))) {
            QuizDesk before = new QuizDesk(() -> engine, temp.store().quizzes(), new Moderators(""));
            BotReply first = before.start(CHANNEL, EDUCATOR, 2);
            long quizId = temp.store().quizzes().runningIn(CHANNEL).orElseThrow();
            assertTrue(first.embeds().get(0).getTitle().endsWith("question 1 of 2"), first.toString());

            // A new process over the same store: the quiz's questions come back from its seed and its length.
            QuizDesk after = new QuizDesk(() -> engine, temp.store().quizzes(), new Moderators(""));
            List<QuizQuestion> rebuilt = after.questions(quizId);
            assertEquals(prompts(before.questions(quizId)), prompts(rebuilt));
            assertEquals(2, rebuilt.size(), "harbor supports ten questions; the quiz was started with two");
        }
    }

    private static List<String> prompts(List<QuizQuestion> questions) {
        return questions.stream()
                .map(q -> q.prompt() + " " + q.choices() + " " + q.answer())
                .toList();
    }

    @Test
    void aQuizShorterThanAskedSaysWhyUnderItsFirstQuestion(@TempDir Path corpus) throws IOException {
        Files.writeString(corpus.resolve("varno.md"), """
                # Talks in Varno

                ## The meeting

                Envoys of Keldia and Morvane met in Varno on 3 March 2026 for a first round of talks on their river.
                """);
        EngineSettings harbor = Engines.settings("harbor", false);
        EngineSettings tiny = new EngineSettings(
                corpus, harbor.index(), harbor.lexicon(), false, harbor.maxCitations(), harbor.maxQuestionChars());
        try (TempStore temp = TempStore.open("quiz-short");
                AnswerEngine engine = AnswerEngine.open(tiny)) {
            QuizDesk desk = new QuizDesk(() -> engine, temp.store().quizzes(), new Moderators(""));
            BotReply first = desk.start(CHANNEL, EDUCATOR, 10);
            String title = first.embeds().get(0).getTitle();
            String footer = first.embeds().get(0).getFooter().getText();
            int made = Integer.parseInt(title.substring(title.lastIndexOf(' ') + 1));
            assertTrue(made >= 1 && made < 10, title);
            assertEquals(
                    made + " of the 10 questions asked for: the articles support no more \u00B7 One try each "
                            + "\u00B7 the educator reveals the answer",
                    footer);
        }
    }
}

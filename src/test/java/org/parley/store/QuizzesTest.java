package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

class QuizzesTest {

    @OnBothDatabases
    void oneTryPerPersonPerQuestionAndAScoreboardInOrder(TestDatabase store) {
        try (Database db = store.open()) {
            Quizzes quizzes =
                    new Quizzes(db, new StepClock(Instant.parse("2025-02-18T10:00:00Z"), Duration.ofSeconds(1)));
            long quiz = quizzes.start("chan", "teacher", 3);
            assertTrue(quizzes.running(quiz));
            assertEquals(OptionalLong.of(quiz), quizzes.runningIn("chan"));
            assertTrue(quizzes.runningIn("other").isEmpty());

            assertTrue(quizzes.answer(quiz, 0, "ann", 1, true));
            assertFalse(quizzes.answer(quiz, 0, "ann", 2, false), "one try per question");
            assertTrue(quizzes.answer(quiz, 1, "ann", 0, false));
            assertTrue(quizzes.answer(quiz, 2, "ann", 3, true));
            assertTrue(quizzes.answer(quiz, 0, "bob", 1, true));
            assertTrue(quizzes.answer(quiz, 1, "bob", 2, true));
            assertTrue(quizzes.answer(quiz, 0, "cat", 1, true));
            assertTrue(quizzes.answer(quiz, 1, "cat", 2, true));
            assertTrue(quizzes.answer(quiz, 0, "dan", 0, false));
            assertTrue(quizzes.answer(quiz, 0, "abe", 1, true));
            assertThrows(IllegalArgumentException.class, () -> quizzes.answer(quiz, 3, "ann", 0, true));

            // bob and cat: 2 right of 2; ann: 2 right of 3; abe: 1 of 1; dan: 0 of 1.
            assertEquals(
                    List.of(
                            new QuizScore("bob", 2, 2),
                            new QuizScore("cat", 2, 2),
                            new QuizScore("ann", 2, 3),
                            new QuizScore("abe", 1, 1),
                            new QuizScore("dan", 0, 1)),
                    quizzes.scoreboard(quiz));

            assertTrue(quizzes.end(quiz));
            assertFalse(quizzes.end(quiz), "already ended");
            assertFalse(quizzes.end(quiz + 1), "unknown");
            assertFalse(quizzes.running(quiz));
            assertTrue(quizzes.runningIn("chan").isEmpty());
            assertFalse(quizzes.answer(quiz, 2, "bob", 1, true), "no answers after the end");
            assertEquals(5, quizzes.scoreboard(quiz).size(), "the scoreboard outlives the quiz");
        }
    }

    @OnBothDatabases
    void quizzesAreSeparateAndTheLatestRunningOneIsTheChannels(TestDatabase store) {
        try (Database db = store.open()) {
            Quizzes quizzes =
                    new Quizzes(db, new StepClock(Instant.parse("2025-02-18T10:00:00Z"), Duration.ofSeconds(1)));
            long first = quizzes.start("chan", "teacher", 1);
            long second = quizzes.start("chan", "teacher", 3);
            assertEquals(OptionalInt.of(1), quizzes.questionCount(first));
            assertEquals(OptionalInt.of(3), quizzes.questionCount(second));
            assertEquals(OptionalInt.empty(), quizzes.questionCount(second + 1));
            assertEquals(OptionalLong.of(second), quizzes.runningIn("chan"));
            assertTrue(quizzes.answer(first, 0, "ann", 0, true));
            assertTrue(quizzes.answer(second, 0, "ann", 0, false), "another quiz, another try");
            assertEquals(List.of(new QuizScore("ann", 0, 1)), quizzes.scoreboard(second));
            quizzes.end(second);
            assertEquals(OptionalInt.of(3), quizzes.questionCount(second), "an ended quiz keeps its length");
            assertEquals(OptionalLong.of(first), quizzes.runningIn("chan"));
            assertThrows(IllegalArgumentException.class, () -> quizzes.start("chan", "teacher", 0));
        }
    }

    @OnBothDatabases
    void anAnswerClickedAtOnceOnTwoProcessesCountsOnce(TestDatabase store) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Database one = store.open();
                Database other = store.open()) {
            Quizzes here =
                    new Quizzes(one, new StepClock(Instant.parse("2025-02-18T10:00:00Z"), Duration.ofSeconds(1)));
            Quizzes there =
                    new Quizzes(other, new StepClock(Instant.parse("2025-02-18T10:00:00Z"), Duration.ofSeconds(1)));
            long quiz = here.start("chan", "teacher", 2);
            List<Callable<Boolean>> clicks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Quizzes desk = i % 2 == 0 ? here : there;
                int choice = i % 3;
                clicks.add(() -> desk.answer(quiz, 0, "ann", choice, choice == 1));
            }
            long accepted = 0;
            for (Future<Boolean> click : pool.invokeAll(clicks, 30, TimeUnit.SECONDS)) if (click.get()) accepted++;
            assertEquals(1, accepted, "one try");
            List<QuizScore> board = there.scoreboard(quiz);
            assertEquals(1, board.size());
            assertEquals(1, board.get(0).answered());
        } finally {
            pool.shutdownNow();
        }
    }
}

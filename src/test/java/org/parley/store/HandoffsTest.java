package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class HandoffsTest {

    private static final Instant T0 = Instant.parse("2025-02-18T10:00:00Z");

    private Database db;
    private Handoffs handoffs;

    @BeforeEach
    void open(TestDatabase store) {
        db = store.open();
        handoffs = new Handoffs(db, new StepClock(T0, Duration.ofMinutes(1)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @OnBothDatabases
    void opensOnceForAQuestionAndAskerAndTheFirstModeratorAnswerWins(TestDatabase store) {
        Handoff h = handoffs.open(
                12, "g", "c", "m-1", "asker-1", "What is the population of Brazil?", "I couldn't find that.");
        assertEquals(
                new Handoff(
                        h.id(),
                        T0,
                        12,
                        "g",
                        "c",
                        "m-1",
                        "asker-1",
                        "What is the population of Brazil?",
                        "I couldn't find that.",
                        Handoffs.OPEN,
                        "",
                        "",
                        null),
                h);
        assertEquals(
                h,
                handoffs.open(12, "g", "c", "m-2", "asker-1", "What is the population of Brazil?", "again"),
                "asking twice returns the first hand-off");
        Handoff other =
                handoffs.open(12, "g", "c", "m-1", "asker-2", "What is the population of Brazil?", "I couldn't.");
        assertNotEquals(h.id(), other.id(), "another asker gets their own");
        Handoff byText = handoffs.open(0, "g", "c", "", "asker-1", "Who paid?", "No idea.");
        assertEquals(
                byText.id(),
                handoffs.open(0, "g", "c", "", "asker-1", "Who paid?", "No idea.")
                        .id(),
                "without a question id, the same text is the same question");
        assertNotEquals(
                byText.id(),
                handoffs.open(0, "g", "c", "", "asker-1", "Who else paid?", "No.")
                        .id());

        assertEquals(
                List.of(h.id(), other.id(), byText.id()),
                handoffs.open().subList(0, 3).stream().map(Handoff::id).toList(),
                "oldest first");

        assertTrue(handoffs.answer(h.id(), "mod-1", "About 212 million, but the articles don't say."));
        assertFalse(handoffs.answer(h.id(), "mod-2", "Something else"), "first answer wins");
        assertFalse(handoffs.answer(9_999, "mod-2", "Nobody asked"), "unknown id");
        Handoff answered = handoffs.find(h.id()).orElseThrow();
        assertEquals(Handoffs.ANSWERED, answered.status());
        assertEquals("mod-1", answered.moderatorId());
        assertEquals("About 212 million, but the articles don't say.", answered.moderatorAnswer());
        assertTrue(answered.answeredAt().isAfter(answered.at()));
        assertFalse(handoffs.open().isEmpty());
        assertFalse(handoffs.open().stream().anyMatch(o -> o.id() == h.id()), "answered ones are no longer open");
        assertEquals(
                h.id(),
                handoffs.open(12, "g", "c", "m-1", "asker-1", "What is the population of Brazil?", "x")
                        .id(),
                "an answered hand-off is still the one for that question");
        assertNull(handoffs.find(other.id()).orElseThrow().answeredAt());
    }

    @OnBothDatabases
    void ofModeratorsAnsweringAtOnceOnTwoProcessesExactlyOneWins(TestDatabase store) throws Exception {
        Handoff h = handoffs.open(1, "g", "c", "m", "asker", "Who chaired?", "Nobody knows.");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Database other = store.open()) {
            Handoffs elsewhere = new Handoffs(other, new StepClock(T0, Duration.ofMinutes(1)));
            List<Callable<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String mod = "mod-" + i;
                Handoffs desk = i % 2 == 0 ? handoffs : elsewhere;
                answers.add(() -> desk.answer(h.id(), mod, "answer from " + mod));
            }
            List<Future<Boolean>> results = pool.invokeAll(answers, 30, TimeUnit.SECONDS);
            long wins = 0;
            for (Future<Boolean> r : results) if (r.get()) wins++;
            assertEquals(1, wins);
            Handoff answered = handoffs.find(h.id()).orElseThrow();
            assertEquals(
                    "answer from " + answered.moderatorId(),
                    answered.moderatorAnswer(),
                    "one moderator's whole answer");
        } finally {
            pool.shutdownNow();
        }
    }

    @OnBothDatabases
    void oneQuestionHandedOverAtOnceOnTwoProcessesIsOneHandoff(TestDatabase store) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Database other = store.open()) {
            Handoffs elsewhere = new Handoffs(other, new StepClock(T0, Duration.ofMinutes(1)));
            List<Callable<Long>> opens = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Handoffs desk = i % 2 == 0 ? handoffs : elsewhere;
                // Half by question id, half by text (id 0): two hand-offs in all, whoever clicks first.
                long question = i % 4 < 2 ? 7 : 0;
                opens.add(() -> desk.open(question, "g", "c", "m", "asker", "Who paid?", "No idea.")
                        .id());
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> id : pool.invokeAll(opens, 30, TimeUnit.SECONDS)) ids.add(id.get());
            assertEquals(16, ids.size());
            assertEquals(2, ids.stream().distinct().count(), "one per question and asker: " + ids);
            assertEquals(2, handoffs.open().size());
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void sqliteCreatesItsFolderAndFile() {
        Path store = dir.resolve("new/store");
        try (Database db = Database.openSqlite(store)) {
            assertTrue(Files.isRegularFile(store.resolve("parley.db")), "the directory and file are created");
            assertEquals(Migrations.latest(), db.schemaVersion());
        }
    }

    @OnBothDatabases
    void whatOneDatabaseWroteASecondOneReadsBackWhileTheFirstIsStillOpen(TestDatabase store) {
        StepClock clock = new StepClock(Instant.parse("2025-02-18T10:00:00Z"), Duration.ofSeconds(1));
        long question;
        long quiz;
        long handoff;
        try (Database first = store.open()) {
            question = new QuestionLog(first, clock).record("g", "c", "u", Answers.refused("Who paid?"), "slash");
            new FeedbackStore(first)
                    .record(
                            new Feedback(
                                    Instant.parse("2025-02-18T10:05:00Z"),
                                    "Who paid?",
                                    "No idea.",
                                    List.of(),
                                    FeedbackStore.hashUserId("u"),
                                    false),
                            question);
            new QaSessions(first, clock).start("c", "teacher");
            new QaSessions(first, clock).record("c", Answers.answered("Who met?"));
            handoff = new Handoffs(first, clock)
                    .open(question, "g", "c", "m", "u", "Who paid?", "No idea.")
                    .id();
            quiz = new Quizzes(first, clock).start("c", "teacher", 2);
            new Quizzes(first, clock).answer(quiz, 0, "u", 1, true);

            // Committed means readable by anyone else at once: nothing waits in a Java buffer for close().
            try (Database second = store.open()) {
                assertEquals(
                        "Who paid?",
                        new QuestionLog(second, clock)
                                .find(question)
                                .orElseThrow()
                                .question());
                assertEquals(1, new FeedbackStore(second).all().size());
                assertTrue(new QaSessions(second, clock).active("c"));
                assertEquals(
                        Handoffs.OPEN,
                        new Handoffs(second, clock).find(handoff).orElseThrow().status());
                assertEquals(OptionalLong.of(quiz), new Quizzes(second, clock).runningIn("c"));
                assertEquals(List.of(new QuizScore("u", 1, 1)), new Quizzes(second, clock).scoreboard(quiz));
                assertEquals(
                        1,
                        new Stats(second)
                                .report("g", Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z"), 5)
                                .unhelpful());
            }
        }
        try (Database reopened = store.open()) {
            Digest digest = new QaSessions(reopened, clock).end("c").orElseThrow();
            assertEquals("Who met?", digest.entries().get(0).question());
        }
    }

    @OnBothDatabases
    void twoConnectionsWritingAtOnceWaitForEachOtherAndLoseNothing(TestDatabase store) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (Database one = store.open();
                Database other = store.open()) {
            List<Callable<Handoff>> work = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                // Opening a hand-off reads, then writes: the case a deferred transaction would lose to the other
                // writer.
                Handoffs handoffs = new Handoffs(i % 2 == 0 ? one : other, Clock.systemUTC());
                String asker = "asker-" + i;
                work.add(() -> handoffs.open(0, "g", "c", "", asker, "Who paid?", "No idea."));
            }
            for (Future<Handoff> done : pool.invokeAll(work, 60, TimeUnit.SECONDS)) done.get();
            assertEquals(200, new Handoffs(one, Clock.systemUTC()).open().size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sqliteRunsInWalModeAndSyncsEveryCommit() {
        try (Database db = Database.openSqlite(dir)) {
            assertEquals(
                    "wal",
                    db.read(c -> Sql.first(c, "PRAGMA journal_mode", r -> r.getString(1)))
                            .orElseThrow());
            long synchronous = db.read(c -> Sql.number(c, "PRAGMA synchronous"));
            assertEquals(2, synchronous, "2 is FULL");
            long busyTimeout = db.read(c -> Sql.number(c, "PRAGMA busy_timeout"));
            assertTrue(busyTimeout >= 5_000, "a second process waits for the lock: " + busyTimeout);
            long foreignKeys = db.read(c -> Sql.number(c, "PRAGMA foreign_keys"));
            assertEquals(1, foreignKeys);
            boolean autoCommit = db.read(Connection::getAutoCommit);
            assertTrue(autoCommit, "between writes the connection commits every statement");
        }
    }

    @OnBothDatabases
    void aFailedWriteLeavesNothingBehind(TestDatabase store) {
        try (Database db = store.open()) {
            assertThrows(
                    StoreException.class,
                    () -> db.write(c -> {
                        Sql.update(
                                c,
                                "INSERT INTO quiz (channel_id, started_by, question_count, started_at) VALUES (?, ?, ?, ?)",
                                "c",
                                "t",
                                1,
                                0L);
                        return Sql.update(c, "INSERT INTO no_such_table VALUES (1)");
                    }));
            long quizzes = db.read(c -> Sql.number(c, "SELECT COUNT(*) FROM quiz"));
            assertEquals(0, quizzes, "rolled back");
            boolean autoCommit = db.read(Connection::getAutoCommit);
            assertTrue(autoCommit, "between writes the connection commits every statement");
            assertTrue(db.healthy(), "a refused statement is a bug, not a degraded store");
        }
    }

    @OnBothDatabases
    void otherDatabasesAreRefusedAndAClosedOneSaysSo(TestDatabase store) {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> Database.open("jdbc:mysql://parley:secret@localhost/parley?password=secret", "parley", "secret"));
        assertFalse(refused.getMessage().contains("secret"), "credentials in a url are not repeated");
        assertTrue(refused.getMessage().contains("jdbc:mysql://localhost/parley"), refused.getMessage());
        Database db = Database.open(store.url(), store.user(), store.password());
        assertEquals(Migrations.latest(), db.schemaVersion());
        assertTrue(db.healthy());
        db.close();
        db.close();
        assertThrows(StoreException.class, db::schemaVersion);
        assertFalse(db.healthy(), "a closed store is not one to count on");
    }

    @OnBothDatabases
    void storesOpenedAtOnceApplyEachMigrationOnce(TestDatabase store) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Database> opened = new ArrayList<>();
        try {
            List<Callable<Database>> opens = new ArrayList<>();
            for (int i = 0; i < 4; i++) opens.add(store::open);
            for (Future<Database> db : pool.invokeAll(opens, 60, TimeUnit.SECONDS)) opened.add(db.get());
            assertEquals(4, opened.size());
            List<Long> versions = opened.get(0)
                    .read(c -> Sql.list(c, "SELECT version FROM schema_version ORDER BY version", r -> r.getLong(1)));
            assertEquals(List.of(1L, 2L, 3L, 4L), versions, "every script once");
            long question = new QuestionLog(opened.get(1), Clock.systemUTC())
                    .record("g", "c", "u", Answers.answered("Who?"), "slash");
            assertTrue(new QuestionLog(opened.get(3), Clock.systemUTC())
                    .find(question)
                    .isPresent());
        } finally {
            opened.forEach(Database::close);
            pool.shutdownNow();
        }
    }
}

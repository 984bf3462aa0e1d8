package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server stopped and started again under a running store: its own throwaway server, so stopping
 * it disturbs no other test. Nothing is killed but the server; the store's process runs on throughout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresOutageTest {

    private static final Instant T0 = Instant.parse("2025-02-18T10:00:00Z");

    private PostgresServer server;

    @BeforeAll
    void startServer() {
        server = PostgresServer.start();
    }

    @AfterAll
    void stopServer() {
        if (server != null) server.close();
    }

    private Database open(String url, Path dir) {
        return Database.open(url, PostgresServer.USER, server.password(), dir);
    }

    @Test
    void writesWhileTheServerIsAwayAreQueuedAndWrittenExactlyOnceWhenItIsBack(@TempDir Path dir) throws Exception {
        String url = server.createDatabase();
        try (Database db = open(url, dir)) {
            Store store = Store.over(db, new StepClock(T0, Duration.ofSeconds(1)));
            assertTrue(store.sessions().start("class", "teacher"));
            store.sessions().record("class", Answers.answered("Asked before the outage"));
            long before =
                    store.questions().record("g", "class", "u", Answers.answered("Asked before the outage"), "slash");
            assertTrue(before > 0);

            server.stop();
            try {
                for (int i = 0; i < 10; i++) {
                    String question = "Asked while away " + i;
                    assertEquals(
                            0,
                            store.questions().record("g", "class", "u" + i, Answers.answered(question), "slash"),
                            "queued: the id comes when it is written");
                    store.feedback().record(vote(question, i % 2 == 0));
                    store.sessions().record("class", Answers.answered(question));
                }
                store.questions().linkMessage(before, "1300000000000000001");
                assertEquals(31, db.queuedWrites());
                assertFalse(db.healthy());
                assertEquals(31, spooledLines(dir), "on disk before the server is back");

                StoreException read = assertThrows(
                        StoreException.class, () -> store.questions().find(before));
                assertTrue(read.unavailable());
                assertTrue(read.getMessage().startsWith("Could not read a question"), read.getMessage());
                // A call that tries the server waits for a connection (at most a second); right after one failed,
                // the store knows the server is away and the next read fails at once, without trying.
                awaitAProbe(() -> store.questions().find(before));
                long start = System.nanoTime();
                StoreException again =
                        assertThrows(StoreException.class, () -> store.stats().csv("", T0, T0.plusSeconds(60)));
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(millis < 200, "while the server is known to be away, reads fail at once: " + millis + " ms");
                assertTrue(again.getMessage().contains("is unreachable"), again.getMessage());
                assertTrue(
                        again.getMessage().contains("31 write(s) wait in " + dir.resolve("spool")), again.getMessage());
                StoreException handoff = assertThrows(
                        StoreException.class,
                        () -> store.handoffs().open(before, "g", "class", "m", "u", "Asked before the outage", "r"));
                assertTrue(handoff.unavailable(), "a write that needs an answer cannot wait, and says so");
            } finally {
                server.restart();
            }

            waitUntil(() -> db.queuedWrites() == 0, "the spool is written once the server is back");
            assertEquals(
                    before,
                    store.questions()
                            .byMessage("1300000000000000001")
                            .orElseThrow()
                            .id(),
                    "the queued link, written after the question it names");
            assertTrue(db.healthy());
            assertEquals(0, spooledLines(dir), "the spool is emptied");

            Map<String, Long> questions = countBy(url, "SELECT question FROM question");
            Map<String, Long> votes = countBy(url, "SELECT question FROM feedback");
            for (int i = 0; i < 10; i++) {
                assertEquals(1L, questions.get("Asked while away " + i), "question " + i + " exactly once");
                assertEquals(1L, votes.get("Asked while away " + i), "vote " + i + " exactly once");
            }
            assertEquals(
                    11, questions.values().stream().mapToLong(Long::longValue).sum());
            assertEquals(10, votes.size());
            Digest digest = store.sessions().end("class").orElseThrow();
            List<String> asked = new ArrayList<>(List.of("Asked before the outage"));
            for (int i = 0; i < 10; i++) asked.add("Asked while away " + i);
            assertEquals(
                    asked, digest.entries().stream().map(Digest.Entry::question).toList(), "every entry, in order");
        }
    }

    @Test
    void aWriteIssuedWhileTheServerRestartsIsRetriedUntilItIsBack(@TempDir Path dir) throws Exception {
        try (Database db = open(server.createDatabase(), dir)) {
            Quizzes quizzes = new Quizzes(db, new StepClock(T0, Duration.ofSeconds(1)));
            assertTrue(quizzes.start("c", "teacher", 2) > 0);
            server.stop();
            Thread restart = new Thread(() -> {
                sleep(300);
                server.restart();
            });
            restart.start();
            try {
                long quiz = quizzes.start("c", "teacher", 3);
                assertTrue(quizzes.running(quiz), "retried with back-off instead of failing");
                assertTrue(db.healthy());
            } finally {
                restart.join();
            }
        }
    }

    @Test
    void writesQueuedByAStoreClosedWhileTheServerWasAwayAreWrittenByTheNextOneAndNeverTwice(@TempDir Path dir)
            throws Exception {
        String url = server.createDatabase();
        Database first = open(url, dir);
        QuestionLog questions = new QuestionLog(first, new StepClock(T0, Duration.ofSeconds(1)));
        server.stop();
        Path kept = dir.resolve("kept.jsonl");
        try {
            for (int i = 0; i < 5; i++) {
                questions.record("g", "c", "u", Answers.refused("Queued " + i), "slash");
                new FeedbackStore(first).record(vote("Queued " + i, false));
            }
            first.close();
            List<Path> spool = spoolFiles(dir);
            assertEquals(1, spool.size(), "left for the next store: " + spool);
            assertEquals(10, Files.readAllLines(spool.get(0)).size());
            Files.copy(spool.get(0), kept);
            StoreException away = assertThrows(StoreException.class, () -> open(url, dir));
            assertTrue(away.unavailable(), "opening needs the server");
        } finally {
            server.restart();
        }

        try (Database second = open(url, dir)) {
            assertEquals(0, second.queuedWrites(), "written as the store opened");
            assertEquals(
                    5,
                    new QuestionLog(second, new StepClock(T0, Duration.ZERO))
                            .recentInChannel("c", 50)
                            .size());
            assertEquals(5, new FeedbackStore(second).all().size());
        }
        assertEquals(List.of(), spoolFiles(dir));

        // As if a process had written the queue and died before emptying it: the same lines once more.
        Files.move(kept, dir.resolve("spool/queue-0-replayed.jsonl"));
        try (Database third = open(url, dir)) {
            assertEquals(
                    5,
                    new QuestionLog(third, new StepClock(T0, Duration.ZERO))
                            .recentInChannel("c", 50)
                            .size(),
                    "each queued write is written once, however often it is replayed");
            assertEquals(5, new FeedbackStore(third).all().size());
        }
        assertEquals(List.of(), spoolFiles(dir));
    }

    @Test
    void thePasswordIsInNoMessageAndNoLogLine(@TempDir Path dir) throws Exception {
        String url = server.createDatabase();
        String wrong = "Sesame-" + server.password().substring(3);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        logs.start();
        root.addAppender(logs);
        root.setLevel(Level.DEBUG);
        List<String> messages = new ArrayList<>();
        try {
            StoreException refused =
                    assertThrows(StoreException.class, () -> Database.open(url, PostgresServer.USER, wrong, dir));
            assertFalse(refused.unavailable(), "a wrong password will not pass by itself");
            assertTrue(refused.getMessage().contains("password authentication failed"), refused.getMessage());
            messages.addAll(chain(refused));

            StoreException inUrl = assertThrows(
                    StoreException.class,
                    () -> Database.open(
                            "jdbc:postgresql://127.0.0.1:1/parley?user=parley&password=" + server.password(),
                            null,
                            null,
                            dir));
            messages.addAll(chain(inUrl));

            try (Database db = open(url, dir)) {
                server.stop();
                try {
                    new QuestionLog(db, new StepClock(T0, Duration.ZERO))
                            .record("g", "c", "u", Answers.answered("Who?"), "slash");
                    messages.addAll(chain(assertThrows(StoreException.class, () -> new FeedbackStore(db).all())));
                } finally {
                    server.restart();
                }
                waitUntil(() -> db.queuedWrites() == 0, "the spool is written");
            }
        } finally {
            root.detachAppender(logs);
            root.setLevel(level);
        }
        assertFalse(messages.isEmpty());
        assertFalse(logs.list.isEmpty(), "the pool and the store logged at DEBUG");
        for (ILoggingEvent event : logs.list) {
            messages.add(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause())
                messages.add(t.getMessage());
        }
        for (String message : messages) {
            if (message == null) continue;
            assertFalse(message.contains(server.password()), message);
            assertFalse(message.contains(wrong), message);
        }
    }

    /** Calls a failing read until one of them tried the server (and so took a while). */
    private static void awaitAProbe(Runnable read) {
        for (int i = 0; i < 100; i++) {
            long start = System.nanoTime();
            assertThrows(StoreException.class, read::run);
            if (System.nanoTime() - start > Duration.ofMillis(500).toNanos()) return;
            sleep(100);
        }
        throw new AssertionError("no read tried the server in 100 tries");
    }

    private static Feedback vote(String question, boolean helpful) {
        return new Feedback(T0, question, "lead", List.of("doc#1#1"), FeedbackStore.hashUserId("voter"), helpful);
    }

    private static List<String> chain(Throwable e) {
        List<String> out = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) out.add(t.getMessage());
        return out;
    }

    private Map<String, Long> countBy(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(
                url, Dialect.POSTGRESQL.driverProperties(PostgresServer.USER, server.password()))) {
            List<String> values = Sql.list(c, sql, r -> r.getString(1));
            assertFalse(values.isEmpty());
            return values.stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        }
    }

    private static List<Path> spoolFiles(Path dir) throws Exception {
        Path spool = dir.resolve(Database.SPOOL_DIR);
        if (!Files.isDirectory(spool)) return List.of();
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(f -> f.getFileName().toString().startsWith("queue-"))
                    .sorted()
                    .toList();
        }
    }

    private static long spooledLines(Path dir) throws Exception {
        long lines = 0;
        for (Path f : spoolFiles(dir)) lines += Files.readAllLines(f).size();
        return lines;
    }

    private static void waitUntil(java.util.function.BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within 30 s: " + what);
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the store does when its SQLite file cannot be written: real read-only folders, a real second process. */
class SqliteFaultsTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2025-02-18T10:00:00Z"), ZoneOffset.UTC);

    private List<String> files() throws Exception {
        try (Stream<Path> found = Files.list(dir)) {
            return found.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewStoreInAReadOnlyFolderFailsToOpenAndLeavesNoFile() throws Exception {
        StoreException e;
        try (ReadOnlyFolder readOnly = new ReadOnlyFolder(dir)) {
            e = assertThrows(StoreException.class, () -> Database.openSqlite(dir));
        }
        assertTrue(e.unavailable(), "degraded, not a bug");
        assertTrue(
                e.getMessage().startsWith("Could not open the store in SQLite " + dir.resolve("parley.db")),
                e.getMessage());
        assertEquals(List.of(), files(), "nothing half-made");
    }

    @Test
    void anExistingStoreInAFolderMadeReadOnlyFailsToOpenAndKeepsItsData() throws Exception {
        try (Database db = Database.openSqlite(dir)) {
            new QuestionLog(db, clock).record("g", "c", "u", Answers.answered("Who met?"), "slash");
        }
        List<String> before = files();
        assertEquals(List.of("parley.db"), before, "a closed store is one file");
        StoreException e;
        try (ReadOnlyFolder readOnly = new ReadOnlyFolder(dir)) {
            e = assertThrows(StoreException.class, () -> Database.openSqlite(dir));
        }
        assertTrue(e.unavailable());
        assertTrue(e.getMessage().startsWith("Could not open the store in SQLite"), e.getMessage());
        assertEquals(before, files());
        try (Database db = Database.openSqlite(dir)) {
            assertEquals(1, new QuestionLog(db, clock).recentInChannel("c", 5).size(), "writable again, nothing lost");
        }
    }

    @Test
    void aDatabaseLockedByAnotherProcessFailsTheWriteCleanlyAndWorksOnceReleased() throws Exception {
        try (Database db = Database.openSqlite(dir)) {
            QuestionLog questions = new QuestionLog(db, clock);
            Handoffs handoffs = new Handoffs(db, clock);
            long first = questions.record("g", "c", "u", Answers.answered("Who met?"), "slash");
            assertTrue(db.healthy());

            Process other = holdLock();
            StoreException e;
            try {
                e = assertThrows(
                        StoreException.class,
                        () -> questions.record("g", "c", "u", Answers.answered("Who paid?"), "slash"));
                assertFalse(db.healthy(), "the bot can tell the store is degraded without asking the database");
                // A write that reads, then writes two rows: the lock stops it before anything is kept.
                StoreException handoff = assertThrows(
                        StoreException.class, () -> handoffs.open(first, "g", "c", "m", "asker", "Who met?", "reply"));
                assertTrue(
                        handoff.getMessage().startsWith("Could not hand a question to the moderators"),
                        handoff.getMessage());
                assertEquals(1, questions.recentInChannel("c", 5).size(), "readers still read (WAL)");
                assertFalse(db.healthy(), "a read that works does not mean writes do");
            } finally {
                other.getOutputStream().close();
                assertTrue(other.waitFor(30, TimeUnit.SECONDS));
            }
            assertTrue(e.unavailable());
            assertTrue(e.getMessage().startsWith("Could not record a question in SQLite"), e.getMessage());
            assertTrue(e.getMessage().contains("locked"), e.getMessage());

            assertEquals(
                    List.of("Who met?"),
                    questions.recentInChannel("c", 5).stream()
                            .map(AskedQuestion::question)
                            .toList(),
                    "the failed question is not half there");
            assertTrue(handoffs.open().isEmpty());
            long quizzes = db.read(c -> Sql.number(c, "SELECT COUNT(*) FROM quiz"));
            assertEquals(0, quizzes, "the other process's uncommitted row is gone with its transaction");
            long again = questions.record("g", "c", "u", Answers.answered("Who paid?"), "slash");
            assertTrue(again > first);
            assertTrue(db.healthy(), "healthy again once a write works");
        }
    }

    /** Starts a second JVM that takes the write lock; returns once it holds it. */
    private Process holdLock() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-cp",
                        classpath,
                        HoldsSqliteLock.class.getName(),
                        dir.resolve(Database.SQLITE_FILE).toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertEquals("locked", line, "the other process holds the lock");
        return p;
    }
}

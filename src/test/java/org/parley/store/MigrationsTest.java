package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-02-18T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** A plain connection to one SQLite file, as a second process would hold. */
    private Connection raw() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("raw.db"));
    }

    @Test
    void theRunnerListsEveryScriptInTheFolderInVersionOrder() throws Exception {
        List<String> files;
        try (Stream<Path> found = Files.list(Path.of("src/main/resources", Migrations.FOLDER))) {
            files = found.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".sql"))
                    .sorted(Comparator.comparingInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))))
                    .toList();
        }
        assertFalse(files.isEmpty());
        assertEquals(files, Migrations.SCRIPTS);
    }

    @Test
    void scriptsSplitIntoStatementsWithoutComments() {
        assertEquals(
                List.of("CREATE TABLE a (x TEXT)", "CREATE INDEX b ON a (x)"),
                Migrations.statements("-- a table; with a semicolon in the comment\nCREATE TABLE a (x TEXT);\n\n"
                        + "  -- an index\nCREATE INDEX b ON a (x);\n"));
    }

    @OnBothDatabases
    void aVersionOneDatabaseIsMigratedAndKeepsItsData(TestDatabase store) throws Exception {
        try (Connection c = store.raw()) {
            Migrations.migrate(c, store.dialect(), 1);
            assertEquals(1, Migrations.current(c));
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO feedback (created_at, question, lead, citation_keys, user_hash, helpful) "
                        + "VALUES (1739872800000, 'Who met?', 'They did.', '[\"doc#1#1\"]', 'abc', 0)");
                s.execute(
                        "INSERT INTO qa_session (channel_id, started_by, started_at) VALUES ('42', 'teacher', 1739872800000)");
                s.execute("INSERT INTO qa_entry (session_id, asked_at, question, answered, lead, citations) "
                        + "VALUES (1, 1739872860000, 'Who chaired?', 1, 'Quintero did.', '[\"Talks, paragraph 2\"]')");
            }
        }
        try (Database db = store.open()) {
            assertEquals(Migrations.latest(), db.schemaVersion());
            assertEquals(4, db.schemaVersion());
            assertEquals(
                    List.of(new Feedback(
                            Instant.ofEpochMilli(1739872800000L),
                            "Who met?",
                            "They did.",
                            List.of("doc#1#1"),
                            "abc",
                            false)),
                    new FeedbackStore(db).all());

            long id = new QuestionLog(db, clock).record("g", "42", "u", Answers.answered("Who met?"), "slash");
            assertEquals(
                    "Who met?",
                    new QuestionLog(db, clock).find(id).orElseThrow().question(),
                    "the new tables work");

            Digest digest = new QaSessions(db, clock).end("42").orElseThrow();
            assertEquals(
                    List.of(new Digest.Entry(
                            Instant.ofEpochMilli(1739872860000L),
                            "Who chaired?",
                            true,
                            "Quintero did.",
                            "",
                            List.of("Talks, paragraph 2"))),
                    digest.entries());
            assertEquals(
                    List.of(1L, 2L, 3L, 4L),
                    db.read(c ->
                            Sql.list(c, "SELECT version FROM schema_version ORDER BY version", r -> r.getLong(1))));
        }
    }

    @OnBothDatabases
    void aDatabaseFromANewerParleyIsRefused(TestDatabase store) throws Exception {
        try (Connection c = store.raw()) {
            Migrations.migrate(c, store.dialect(), Migrations.latest());
            Sql.update(
                    c,
                    "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)",
                    99,
                    "V99__future.sql",
                    0L);
        }
        StoreException refused = assertThrows(StoreException.class, store::open);
        assertTrue(refused.getMessage().contains("newer"), refused.getMessage());
    }

    @OnBothDatabases
    void aFailingScriptLeavesTheVersionItFound(TestDatabase store) throws Exception {
        try (Connection c = store.raw()) {
            Migrations.migrate(c, store.dialect(), 1);
            // A table version 2 would create: its script fails halfway, and nothing of it may stay.
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE quiz (id INTEGER PRIMARY KEY)");
            }
            assertThrows(StoreException.class, () -> Migrations.migrate(c, store.dialect(), 2));
            assertEquals(1, Migrations.current(c));
            try (ResultSet tables = c.getMetaData().getTables(null, null, "question", null)) {
                assertFalse(tables.next(), "the statements before the failure were rolled back");
            }
            try (ResultSet tables = c.getMetaData().getTables(null, null, "feedback", null)) {
                assertTrue(tables.next(), "version 1 stays");
            }
        }
    }

    @Test
    void aScriptAnotherProcessRanMeanwhileIsNotRunAgain() throws Exception {
        try (Connection mine = raw();
                Connection theirs = raw()) {
            Migrations.migrate(theirs, Dialect.SQLITE, Migrations.latest());
            // As if `mine` had read version 0 just before `theirs` migrated.
            assertFalse(Migrations.apply(mine, Dialect.SQLITE, 1));
            assertEquals(Migrations.latest(), Migrations.current(mine));
        }
    }

    @Test
    void twoProcessesOpeningANewDatabaseAtOnceBothGetTheLatestSchema() throws Exception {
        // Two bots on one store, started together: both migrate the same fresh file. Before the version was read
        // again inside each script's transaction, about half the rounds failed with "table already exists".
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                Path store = dir.resolve("round-" + round);
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<Integer> open = () -> {
                    together.await();
                    try (Database db = Database.openSqlite(store)) {
                        return db.schemaVersion();
                    }
                };
                List<Future<Integer>> opened = pool.invokeAll(List.of(open, open));
                for (Future<Integer> version : opened) assertEquals(Migrations.latest(), version.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

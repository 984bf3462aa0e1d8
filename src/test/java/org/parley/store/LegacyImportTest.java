package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** Files as the JSON lines store wrote them (FeedbackStore and QaSessions before the database) are imported once. */
class LegacyImportTest {

    private static final String FEEDBACK = """
            {"timestamp":"2026-01-15T10:00:00Z","question":"Who chaired?\\nreally","lead":"**Quintero** did.","helpful":false,"user":"%s","citations":["lakeport#3#3","lakeport#4#1"]}
            {"timestamp":"2026-01-15T10:05:00Z","question":"Where?","lead":"In Riyadh.","helpful":true,"user":"%s","citations":[]}
            {"timestamp":"2026-01-15T10:06:00Z","question":"torn by a cra
            """.formatted(FeedbackStore.hashUserId("1"), FeedbackStore.hashUserId("2"));

    private static final String SESSION = """
            {"type":"start","at":"2026-01-15T09:00:00Z","by":"teacher-7"}
            {"type":"question","at":"2026-01-15T09:01:00Z","question":"Who met?","answered":true,"lead":"**A** met **B**:","citations":["Talks in Riyadh, paragraph 3"]}
            {"type":"question","at":"2026-01-15T09:02:00Z","question":"Population of Brazil?","answered":false,"lead":"I couldn't find that.","citations":[]}
            """;

    private Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-15T11:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void folder(TestDatabase store) {
        dir = store.dir();
    }

    private void writeLegacyFiles() throws Exception {
        Files.writeString(dir.resolve("feedback.jsonl"), FEEDBACK);
        Files.createDirectories(dir.resolve("sessions"));
        Files.writeString(dir.resolve("sessions/session-42.jsonl"), SESSION);
    }

    @OnBothDatabases
    void feedbackAndARunningSessionAreImportedOnceAndTheFilesRenamed(TestDatabase store) throws Exception {
        writeLegacyFiles();
        try (Database db = store.open()) {
            List<Feedback> votes = new FeedbackStore(db).all();
            assertEquals(
                    List.of(
                            new Feedback(
                                    Instant.parse("2026-01-15T10:00:00Z"),
                                    "Who chaired?\nreally",
                                    "**Quintero** did.",
                                    List.of("lakeport#3#3", "lakeport#4#1"),
                                    FeedbackStore.hashUserId("1"),
                                    false),
                            new Feedback(
                                    Instant.parse("2026-01-15T10:05:00Z"),
                                    "Where?",
                                    "In Riyadh.",
                                    List.of(),
                                    FeedbackStore.hashUserId("2"),
                                    true)),
                    votes,
                    "every whole line, the torn one skipped");
            assertTrue(new QaSessions(db, clock).active("42"), "a running session goes on running");
        }
        assertFalse(Files.exists(dir.resolve("feedback.jsonl")));
        assertEquals(FEEDBACK, Files.readString(dir.resolve("feedback.jsonl.imported")), "the file is kept as it was");
        assertFalse(Files.exists(dir.resolve("sessions/session-42.jsonl")));
        assertTrue(Files.exists(dir.resolve("sessions/session-42.jsonl.imported")));

        try (Database db = store.open()) {
            assertEquals(2, new FeedbackStore(db).all().size(), "opening again imports nothing twice");
            QaSessions sessions = new QaSessions(db, clock);
            sessions.record("42", Answers.answered("Asked after the upgrade?"));
            Digest digest = sessions.end("42").orElseThrow();
            assertEquals(Instant.parse("2026-01-15T09:00:00Z"), digest.started());
            assertEquals(
                    List.of("Who met?", "Population of Brazil?", "Asked after the upgrade?"),
                    digest.entries().stream().map(Digest.Entry::question).toList());
            Digest.Entry first = digest.entries().get(0);
            assertEquals(
                    new Digest.Entry(
                            Instant.parse("2026-01-15T09:01:00Z"),
                            "Who met?",
                            true,
                            "**A** met **B**:",
                            "",
                            List.of("Talks in Riyadh, paragraph 3")),
                    first);
            assertFalse(digest.entries().get(1).answered());
        }
    }

    @OnBothDatabases
    void aFileLeftBehindByACrashAfterItsImportIsOnlyRenamed(TestDatabase store) throws Exception {
        writeLegacyFiles();
        store.open().close();
        // As if the process died after the import's commit and before the rename.
        Files.move(dir.resolve("feedback.jsonl.imported"), dir.resolve("feedback.jsonl"));
        try (Database db = store.open()) {
            assertEquals(2, new FeedbackStore(db).all().size());
        }
        assertFalse(Files.exists(dir.resolve("feedback.jsonl")));
        assertTrue(Files.exists(dir.resolve("feedback.jsonl.imported")));
    }

    @OnBothDatabases
    void aNewFileUnderAnImportedNameIsImportedAndKeptBesideTheFirst(TestDatabase store) throws Exception {
        writeLegacyFiles();
        store.open().close();
        String more = """
                {"timestamp":"2026-01-16T10:00:00Z","question":"Later?","lead":"Yes.","helpful":true,"user":"u","citations":[]}
                """;
        Files.writeString(dir.resolve("feedback.jsonl"), more);
        try (Database db = store.open()) {
            List<Feedback> votes = new FeedbackStore(db).all();
            assertEquals(3, votes.size());
            assertEquals("Later?", votes.get(2).question());
        }
        assertEquals(more, Files.readString(dir.resolve("feedback.jsonl.2.imported")));
        assertEquals(FEEDBACK, Files.readString(dir.resolve("feedback.jsonl.imported")));
    }
}

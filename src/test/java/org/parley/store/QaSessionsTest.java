package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.answer.Markdown;

class QaSessionsTest {

    private static final String QUOTE = "The sessions were chaired by Rafael Quintero.";

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2025-02-18T10:00:00Z"), ZoneOffset.UTC);
    private Database db;

    @BeforeEach
    void open() {
        db = Database.openSqlite(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void recordsOnlyWhileASessionRunsAndDigestsWhatWasAskedAndAnswered() {
        QaSessions sessions = new QaSessions(db, clock);
        sessions.record("42", Answers.answered("before the session"));
        assertTrue(sessions.start("42", "teacher"));
        assertFalse(sessions.start("42", "teacher"), "one session per channel");
        assertTrue(sessions.active("42"));
        sessions.record("42", Answers.answered("Who met?"));
        sessions.record("42", Answers.refused("What is the population of Brazil? @everyone"));
        sessions.record("7", Answers.answered("another channel"));

        Digest d = sessions.end("42").orElseThrow();
        assertEquals(2, d.entries().size());
        assertEquals(1, d.answeredCount());
        Digest.Entry first = d.entries().get(0);
        assertEquals("Who met?", first.question());
        assertEquals(QUOTE, first.firstQuote());
        assertEquals(List.of("Talks in Riyadh, paragraph 3", "Talks in Riyadh, paragraph 4"), first.citations());
        assertEquals("", d.entries().get(1).firstQuote(), "a refusal quotes nothing");

        String md = d.markdown(Markdown::escape);
        assertTrue(md.contains("Who met?"), md);
        assertTrue(md.contains("\u201C" + QUOTE + "\u201D \u2014 *Talks in Riyadh, paragraph 3*"),
                "the quote itself, then where it stands: " + md);
        assertFalse(md.contains("According to"), md);
        assertTrue(md.contains("Not covered by the articles"), md);
        assertFalse(md.contains("@everyone"), "user text is escaped");
        assertFalse(sessions.active("42"));
        assertTrue(sessions.end("42").isEmpty());
        assertTrue(sessions.start("42", "teacher"), "a channel can run a new session after the last one ended");
    }

    @Test
    void aSessionSurvivesARestart() {
        new QaSessions(db, clock).start("9", "teacher");
        new QaSessions(db, clock).record("9", Answers.answered("Who met?"));
        db.close();
        db = Database.openSqlite(dir);
        QaSessions reopened = new QaSessions(db, clock);
        assertTrue(reopened.active("9"));
        Digest d = reopened.end("9").orElseThrow();
        assertEquals(1, d.entries().size());
        assertEquals(QUOTE, d.entries().get(0).firstQuote());
    }

    @Test
    void theFileHasEveryQuestionInFullAndTheMessageStaysShort() {
        QaSessions sessions = new QaSessions(db, clock);
        sessions.start("5", "teacher");
        String longLead = "**Quintero** chaired the sessions.\nBoth sides agreed to meet again.";
        for (int i = 0; i < 40; i++) {
            sessions.record("5", Answers.answered("Question number " + i + " about who chaired the long sessions?",
                    longLead, "Quote " + i + " " + "word ".repeat(60), "Talks in Riyadh", i + 1));
        }
        for (int i = 0; i < 30; i++) sessions.record("5", Answers.refused("Unanswerable question " + i + "?"));
        Digest d = sessions.end("5").orElseThrow();

        String md = d.markdown(Markdown::escape);
        assertTrue(md.length() <= 4_096, "fits an embed: " + md.length());
        assertTrue(md.contains("Question number 0"), md);
        assertTrue(md.contains("more in the full digest"), "says what it left out: " + md);

        String file = d.file(Markdown::escape);
        assertTrue(file.startsWith("# Q&A session digest"), file);
        assertTrue(file.contains("18 February 2025, 10:00\u201310:00 UTC"), file);
        assertTrue(file.contains("70 questions, 40 answered"), file);
        for (int i = 0; i < 40; i++) {
            assertTrue(file.contains("### " + (i + 1) + ". Question number " + i + " about"), "question " + i);
            assertTrue(file.contains("> \u201CQuote " + i + " word"), "quote " + i);
            assertTrue(file.contains("> \u2014 Talks in Riyadh, paragraph " + (i + 1) + "\n"), "citation " + i);
        }
        assertTrue(file.contains("Both sides agreed to meet again."), "the full lead, not its first line");
        for (int i = 0; i < 30; i++) assertTrue(file.contains("- Unanswerable question " + i + "?\n"), "refusal " + i);
    }
}

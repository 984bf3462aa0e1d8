package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.answer.Answer;
import org.parley.answer.Citation;
import org.parley.answer.Facet;
import org.parley.answer.Markdown;
import org.parley.answer.QuestionType;

class QaSessionsTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2025-02-18T10:00:00Z"), ZoneOffset.UTC);

    private static Answer answer(String q, boolean answered) {
        List<Citation> citations = answered ? List.of(new Citation("Quote.", "doc", "Talks in Riyadh", "Lead", 3, 1,
                Optional.empty(), "Quote.", 0.9)) : List.of();
        return new Answer(q, answered, answered ? "**A** met **B**:" : "I couldn't find that.", "", citations, answered ? 0.9 : 0.1, 5,
                QuestionType.WHO, Facet.NONE);
    }

    @Test
    void recordsOnlyWhileASessionRunsAndDigestsWhatWasAskedAndAnswered() {
        QaSessions sessions = new QaSessions(dir, clock);
        sessions.record("42", answer("before the session", true));
        assertTrue(sessions.start("42", "teacher"));
        assertFalse(sessions.start("42", "teacher"), "one session per channel");
        sessions.record("42", answer("Who met?", true));
        sessions.record("42", answer("What is the population of Brazil? @everyone", false));
        sessions.record("7", answer("another channel", true));

        Digest d = sessions.end("42").orElseThrow();
        assertEquals(2, d.entries().size());
        assertEquals(1, d.answeredCount());
        String md = d.markdown(Markdown::escape);
        assertTrue(md.contains("Who met?"), md);
        assertTrue(md.contains("Not covered by the articles"), md);
        assertTrue(md.contains("Talks in Riyadh, paragraph 3"), md);
        assertFalse(md.contains("@everyone"), "user text is escaped");
        assertFalse(sessions.active("42"));
        assertTrue(sessions.end("42").isEmpty());
    }

    @Test
    void aSessionSurvivesARestart() {
        new QaSessions(dir, clock).start("9", "teacher");
        new QaSessions(dir, clock).record("9", answer("Who met?", true));
        assertEquals(1, new QaSessions(dir, clock).end("9").orElseThrow().entries().size());
    }
}

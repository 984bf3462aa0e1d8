package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionLogTest {

    @OnBothDatabases
    void recordsAnsweredAndRefusedQuestionsWithWhereAndHow(TestDatabase store) {
        StepClock clock = new StepClock(Instant.parse("2025-02-18T10:00:00Z"), Duration.ofMinutes(1));
        try (Database db = store.open()) {
            QuestionLog log = new QuestionLog(db, clock);
            long answered =
                    log.record("guild-1", "chan-1", "123456789012345678", Answers.answered("Who met?"), "slash");
            long refused = log.record("", "dm-9", "42", Answers.refused("'; DROP TABLE question; --"), "console");
            assertNotEquals(answered, refused);

            AskedQuestion a = log.find(answered).orElseThrow();
            assertEquals(
                    new AskedQuestion(
                            answered,
                            Instant.parse("2025-02-18T10:00:00Z"),
                            "guild-1",
                            "chan-1",
                            FeedbackStore.hashUserId("123456789012345678"),
                            "Who met?",
                            true,
                            0.875,
                            "**A** and **B** \u2014 according to *Talks in Riyadh*:",
                            "The sessions were chaired by Rafael Quintero.",
                            "Talks in Riyadh, paragraph 3",
                            "slash"),
                    a);

            AskedQuestion r = log.find(refused).orElseThrow();
            assertEquals("'; DROP TABLE question; --", r.question(), "user text is data, never SQL");
            assertFalse(r.answered());
            assertEquals("", r.guildId());
            assertEquals("", r.firstQuote());
            assertEquals("", r.firstCitation());
            assertEquals(Instant.parse("2025-02-18T10:01:00Z"), r.at());
            assertTrue(log.find(refused + 100).isEmpty());
        }
    }

    @OnBothDatabases
    void recentInChannelIsNewestFirstAndLimited(TestDatabase store) {
        try (Database db = store.open()) {
            QuestionLog log =
                    new QuestionLog(db, new StepClock(Instant.parse("2025-02-18T10:00:00Z"), Duration.ofSeconds(5)));
            for (int i = 0; i < 5; i++) log.record("g", "here", "u" + i, Answers.answered("question " + i), "mention");
            log.record("g", "elsewhere", "u", Answers.answered("not here"), "mention");

            List<AskedQuestion> recent = log.recentInChannel("here", 3);
            assertEquals(
                    List.of("question 4", "question 3", "question 2"),
                    recent.stream().map(AskedQuestion::question).toList());
            assertEquals(5, log.recentInChannel("here", 50).size());
            assertTrue(log.recentInChannel("nowhere", 5).isEmpty());
        }
    }

    @OnBothDatabases
    void theMessageThatCarriedAnAnswerFindsItsQuestion(TestDatabase store) {
        try (Database db = store.open()) {
            QuestionLog log =
                    new QuestionLog(db, new StepClock(Instant.parse("2025-02-18T10:00:00Z"), Duration.ofSeconds(5)));
            long first = log.record("g", "c", "u", Answers.answered("Who met?"), "slash");
            long second = log.record("g", "c", "u", Answers.answered("Where?"), "slash");
            log.linkMessage(second, "1300000000000000002");

            assertEquals(
                    second, log.byMessage("1300000000000000002").orElseThrow().id());
            assertTrue(log.byMessage("1300000000000000001").isEmpty());
            assertTrue(log.byMessage("").isEmpty(), "unlinked questions are not found by an empty id");
            assertEquals("Who met?", log.find(first).orElseThrow().question());
        }
    }

    @Test
    void normalisingIgnoresCaseSpacingAndEndMarks() {
        assertEquals("who met in riyadh", QuestionLog.normalise("  Who   met\nin Riyadh?!  "));
        assertEquals("who met in riyadh", QuestionLog.normalise("who met in riyadh."));
        assertEquals("who met? in riyadh", QuestionLog.normalise("Who met? in Riyadh"), "only trailing marks go");
    }
}

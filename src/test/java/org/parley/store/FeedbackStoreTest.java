package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

class FeedbackStoreTest {

    @OnBothDatabases
    void keepsEveryVoteWithAHashedUserAcrossReopening(TestDatabase store) {
        Feedback vote = new Feedback(
                Instant.parse("2026-01-15T10:00:00Z"),
                "Who chaired?\nreally",
                "**Quintero** did.",
                List.of("lakeport#3#3", "lakeport#4#1"),
                FeedbackStore.hashUserId("123456789012345678"),
                false);
        try (Database db = store.open()) {
            new FeedbackStore(db).record(vote);
        }
        try (Database db = store.open()) {
            FeedbackStore reopened = new FeedbackStore(db);
            reopened.record(vote, 7);
            List<Feedback> all = reopened.all();
            assertEquals(List.of(vote, vote), all, "kept, not overwritten, with every field as recorded");
        }
        String hash = FeedbackStore.hashUserId("123456789012345678");
        assertEquals(64, hash.length());
        assertFalse(hash.contains("123456789012345678"));
        assertEquals(hash, FeedbackStore.hashUserId("123456789012345678"), "the same user hashes the same");
    }

    @OnBothDatabases
    void concurrentVotesAreAllKept(TestDatabase database) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Database db = database.open()) {
            FeedbackStore store = new FeedbackStore(db);
            List<Future<?>> votes = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int n = i;
                votes.add(pool.submit(() -> store.record(
                        new Feedback(
                                Instant.now(),
                                "question " + n,
                                "lead " + "x".repeat(500),
                                List.of(),
                                FeedbackStore.hashUserId("u" + n),
                                n % 2 == 0),
                        n)));
            }
            for (Future<?> v : votes) v.get(30, TimeUnit.SECONDS);
            Set<String> questions = store.all().stream().map(Feedback::question).collect(Collectors.toSet());
            assertEquals(400, questions.size());
            assertTrue(questions.contains("question 399"));
        } finally {
            pool.shutdownNow();
        }
    }
}

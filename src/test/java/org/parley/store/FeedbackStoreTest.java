package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class FeedbackStoreTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writesOneJsonLinePerVoteWithAHashedUserAndKeepsEarlierLines(@TempDir Path dir) throws Exception {
        Feedback vote = new Feedback(Instant.parse("2026-01-15T10:00:00Z"), "Who chaired?\nreally", "**Quintero** did.",
                List.of("lakeport#3#3"), FeedbackStore.hashUserId("123456789012345678"), false);
        try (FeedbackStore store = new FeedbackStore(dir.resolve("data"))) {
            store.record(vote);
        }
        try (FeedbackStore reopened = new FeedbackStore(dir.resolve("data"))) {
            reopened.record(vote);
        }

        List<String> lines = Files.readAllLines(dir.resolve("data").resolve(FeedbackStore.FILE_NAME));
        assertEquals(2, lines.size(), "appended, not overwritten");
        JsonNode line = json.readTree(lines.get(0));
        assertEquals("Who chaired?\nreally", line.get("question").asText());
        assertEquals("**Quintero** did.", line.get("lead").asText());
        assertEquals("lakeport#3#3", line.get("citations").get(0).asText());
        assertFalse(line.get("helpful").asBoolean());
        assertEquals("2026-01-15T10:00:00Z", line.get("timestamp").asText());
        assertEquals(64, line.get("user").asText().length());
        assertFalse(lines.get(0).contains("123456789012345678"));
    }

    @Test
    void concurrentVotesNeverInterleave(@TempDir Path dir) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (FeedbackStore store = new FeedbackStore(dir)) {
            for (int i = 0; i < 400; i++) {
                int n = i;
                pool.submit(() -> store.record(new Feedback(Instant.now(), "question " + n, "lead " + "x".repeat(500),
                        List.of(), FeedbackStore.hashUserId("u" + n), n % 2 == 0)));
            }
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
            Set<String> questions = new HashSet<>();
            for (String line : store.lines()) questions.add(json.readTree(line).get("question").asText());
            assertEquals(400, questions.size());
        }
    }
}

package org.parley.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.answer.Answer;
import org.parley.answer.Citation;

/**
 * Q&amp;A sessions that educators run in a channel: between start and end every question asked there is
 * recorded, and ending the session yields a digest of what was asked and answered. Each session is a JSON
 * lines file, appended and flushed per question, so a restart loses nothing and an unfinished session
 * resumes where it was.
 */
public final class QaSessions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(QaSessions.class);

    private final Path dir;
    private final Clock clock;

    public QaSessions(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /** Starts a session in a channel; false when one is already running there. */
    public synchronized boolean start(String channel, String startedBy) {
        Path file = file(channel);
        if (Files.exists(file)) return false;
        ObjectNode header = JSON.createObjectNode();
        header.put("type", "start");
        header.put("at", clock.instant().toString());
        header.put("by", startedBy);
        append(file, header);
        return true;
    }

    public synchronized boolean active(String channel) {
        return Files.exists(file(channel));
    }

    /**
     * Records a question and Parley's answer, when a session runs in the channel. A journal that cannot be
     * written is logged, never allowed to cost the asker their answer.
     */
    public synchronized void record(String channel, Answer answer) {
        try {
            journal(channel, answer);
        } catch (RuntimeException e) {
            log.warn("Could not journal a question for the Q&A session in channel {}: {}", channel, e.toString());
        }
    }

    private void journal(String channel, Answer answer) {
        Path file = file(channel);
        if (!Files.exists(file)) return;
        ObjectNode line = JSON.createObjectNode();
        line.put("type", "question");
        line.put("at", clock.instant().toString());
        line.put("question", answer.question());
        line.put("answered", answer.answered());
        line.put("lead", answer.lead());
        var refs = line.putArray("citations");
        for (Citation c : answer.citations()) {
            refs.add(c.title() + ", paragraph " + c.paragraph());
        }
        append(file, line);
    }

    /** Ends the session in a channel and returns its digest; empty when none was running. */
    public synchronized Optional<Digest> end(String channel) {
        Path file = file(channel);
        if (!Files.exists(file)) return Optional.empty();
        try {
            Instant started = clock.instant();
            List<Digest.Entry> entries = new ArrayList<>();
            for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (text.isBlank()) continue;
                JsonNode line;
                Instant at;
                try {
                    line = JSON.readTree(text);
                    at = Instant.parse(line.path("at").asText());
                } catch (IOException | RuntimeException torn) {
                    continue; // a line torn by a crash is skipped, so the session can still end
                }
                if (line.get("type").asText().equals("start")) {
                    started = at;
                    continue;
                }
                List<String> citations = new ArrayList<>();
                line.path("citations").forEach(c -> citations.add(c.asText()));
                entries.add(new Digest.Entry(at, line.path("question").asText(), line.path("answered").asBoolean(),
                        line.path("lead").asText(), citations));
            }
            Path done = dir.resolve("done");
            Files.createDirectories(done);
            Files.move(file, done.resolve(channel + "-" + clock.millis() + ".jsonl"));
            return Optional.of(new Digest(channel, started, clock.instant(), entries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String channel) {
        if (!channel.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("channel ids are letters, digits, '-' and '_'");
        }
        return dir.resolve("session-" + channel + ".jsonl");
    }

    private static void append(Path file, ObjectNode line) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.parley.store;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Appends feedback to {@code <dir>/feedback.jsonl}, one JSON object a line, flushed at once so a crash loses
 * nothing already acknowledged to the user. Thread-safe: one writer, appends serialised.
 */
public final class FeedbackStore implements Closeable {

    public static final String FILE_NAME = "feedback.jsonl";

    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;
    private final BufferedWriter out;

    public FeedbackStore(Path dir) {
        try {
            Files.createDirectories(dir);
            this.file = dir.resolve(FILE_NAME);
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the feedback file in " + dir, e);
        }
    }

    public Path file() {
        return file;
    }

    public void record(Feedback feedback) {
        ObjectNode line = json.createObjectNode()
                .put("timestamp", feedback.timestamp().toString())
                .put("question", feedback.question())
                .put("lead", feedback.lead())
                .put("helpful", feedback.helpful())
                .put("user", feedback.userHash());
        var citations = line.putArray("citations");
        feedback.citationKeys().forEach(citations::add);
        String text;
        try {
            text = json.writeValueAsString(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (out) {
            try {
                out.write(text);
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write feedback to " + file, e);
            }
        }
    }

    /** Every stored line, oldest first (for tests and reports). */
    public List<String> lines() {
        synchronized (out) {
            try {
                return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** SHA-256 of a user id as hex: lets us count distinct voters without keeping who they are. */
    public static String hashUserId(String userId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    @Override
    public void close() {
        synchronized (out) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

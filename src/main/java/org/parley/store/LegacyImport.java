package org.parley.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves what earlier versions kept in JSON lines files into the database, once: {@code feedback.jsonl} in the
 * store directory and the running sessions' {@code sessions/session-<channel>.jsonl}. Each file is imported in one
 * transaction that also records its name and content hash, then renamed to {@code *.imported}; a crash between
 * the two leaves a file that the next start renames without importing it again.
 */
final class LegacyImport {

    static final String FEEDBACK_FILE = "feedback.jsonl";
    static final String SESSIONS_DIR = "sessions";
    static final String IMPORTED = ".imported";
    private static final Pattern SESSION_FILE = Pattern.compile("session-(.+)\\.jsonl");
    private static final Logger log = LoggerFactory.getLogger(LegacyImport.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final Path dir;

    LegacyImport(Database db, Path dir) {
        this.db = db;
        this.dir = dir;
    }

    void run() {
        Path feedback = dir.resolve(FEEDBACK_FILE);
        if (Files.isRegularFile(feedback)) importFile(feedback, this::importFeedback);
        for (Path folder : List.of(dir.resolve(SESSIONS_DIR), dir)) {
            for (Path file : sessionFiles(folder)) {
                String channel = matchChannel(file);
                importFile(file, (c, lines) -> importSession(c, channel, lines));
            }
        }
    }

    @FunctionalInterface
    private interface Importer {
        int load(Connection c, List<JsonNode> lines) throws SQLException;
    }

    private void importFile(Path file, Importer importer) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StoreException("Cannot read the legacy file " + file, e);
        }
        String key = dir.relativize(file) + "#" + FeedbackStore.sha256Hex(content);
        List<JsonNode> lines = parse(file, new String(content, StandardCharsets.UTF_8));
        int imported = db.write("import " + file, c -> {
            // Processes sharing the folder and starting at once take turns: the second finds the first's key.
            db.dialect().takeTurn(c, "legacy import");
            if (Sql.number(c, "SELECT COUNT(*) FROM legacy_import WHERE file_key = ?", key) > 0) return -1;
            int rows = importer.load(c, lines);
            Sql.update(c, "INSERT INTO legacy_import (file_key, imported_at) VALUES (?, ?)", key, Instant.now());
            return rows;
        });
        if (imported >= 0) log.info("Imported {} into the database ({} vote(s) or question(s))", file, imported);
        rename(file);
    }

    private int importFeedback(Connection c, List<JsonNode> lines) throws SQLException {
        for (JsonNode line : lines) {
            List<String> keys = new ArrayList<>();
            line.path("citations").forEach(k -> keys.add(k.asText()));
            FeedbackStore.insert(
                    c,
                    new Feedback(
                            Instant.parse(line.path("timestamp").asText()),
                            line.path("question").asText(),
                            line.path("lead").asText(),
                            keys,
                            line.path("user").asText(),
                            line.path("helpful").asBoolean()),
                    0);
        }
        return lines.size();
    }

    /** A session file holds a start line, then one line per question; it was running, so it goes on running. */
    private int importSession(Connection c, String channel, List<JsonNode> lines) throws SQLException {
        JsonNode start = lines.stream()
                .filter(l -> l.path("type").asText().equals("start"))
                .findFirst()
                .orElse(null);
        Instant startedAt = start != null
                ? Instant.parse(start.path("at").asText())
                : lines.isEmpty()
                        ? Instant.now()
                        : Instant.parse(lines.get(0).path("at").asText());
        String by = start != null ? start.path("by").asText() : "";
        // Should the database already run a session there, the file's questions join it rather than being lost.
        Optional<Long> running = QaSessions.runningId(c, channel);
        long session = running.isPresent() ? running.get() : QaSessions.insertSession(c, channel, by, startedAt);
        int entries = 0;
        for (JsonNode line : lines) {
            if (!line.path("type").asText().equals("question")) continue;
            List<String> citations = new ArrayList<>();
            line.path("citations").forEach(k -> citations.add(k.asText()));
            QaSessions.insertEntry(
                    c,
                    session,
                    new Digest.Entry(
                            Instant.parse(line.path("at").asText()),
                            line.path("question").asText(),
                            line.path("answered").asBoolean(),
                            line.path("lead").asText(),
                            "",
                            citations));
            entries++;
        }
        return entries;
    }

    /** Lines that parse as JSON with a readable time; one torn by a crash mid-write is skipped, as before. */
    private static List<JsonNode> parse(Path file, String content) {
        List<JsonNode> lines = new ArrayList<>();
        for (String text : content.split("\n")) {
            if (text.isBlank()) continue;
            try {
                JsonNode line = JSON.readTree(text);
                Instant.parse(
                        line.has("timestamp")
                                ? line.path("timestamp").asText()
                                : line.path("at").asText());
                lines.add(line);
            } catch (IOException | RuntimeException torn) {
                log.warn("Skipped an unreadable line in {}", file);
            }
        }
        return lines;
    }

    private static List<Path> sessionFiles(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, "session-*.jsonl")) {
            found.forEach(f -> {
                if (Files.isRegularFile(f)) files.add(f);
            });
        } catch (IOException e) {
            throw new StoreException("Cannot list legacy session files in " + folder, e);
        }
        files.sort(null);
        return files;
    }

    private static String matchChannel(Path file) {
        Matcher m = SESSION_FILE.matcher(file.getFileName().toString());
        if (!m.matches()) throw new IllegalStateException("not a session file: " + file);
        return m.group(1);
    }

    /** file.jsonl becomes file.jsonl.imported, or file.jsonl.<n>.imported when an earlier import took that name. */
    private static void rename(Path file) {
        String name = file.getFileName().toString();
        Path target = file.resolveSibling(name + IMPORTED);
        for (int n = 2; Files.exists(target); n++) target = file.resolveSibling(name + "." + n + IMPORTED);
        try {
            Files.move(file, target);
        } catch (NoSuchFileException renamedByAnotherProcess) {
            // Imported and renamed by a process that shares the folder: nothing left to do.
        } catch (IOException e) {
            throw new StoreException("Imported " + file + " but cannot rename it to " + target, e);
        }
    }
}

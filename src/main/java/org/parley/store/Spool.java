package org.parley.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes waiting for a PostgreSQL server that is away: one JSON line each, appended to this process's file
 * {@code queue-<pid>-<id>.jsonl} and fsynced before the caller is told its write was recorded. A file whose
 * process ended (closed with writes still queued, or died) is taken over by the next store opened on the folder,
 * its writes first. Every line carries a key that the database records with the write, so a line written again
 * after a crash (between the write's commit and the file's truncation) is skipped, never doubled.
 *
 * <p>Thread-safe; {@link Database} also keeps its writes and the spool's in one order.
 */
final class Spool implements AutoCloseable {

    /** One queued write: its key, kind and bound values (strings, numbers, booleans; instants as epoch ms). */
    record Entry(String key, Deferrable write, List<Object> values) {
        Entry {
            values = List.copyOf(values);
        }
    }

    static final String REJECTED = "rejected.jsonl";
    private static final String PREFIX = "queue-";
    private static final String SUFFIX = ".jsonl";
    /** The pid in the name of a file whose store was closed with writes queued: free for the next one. */
    private static final long CLOSED = 0;

    private static final Logger log = LoggerFactory.getLogger(Spool.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final long pid = ProcessHandle.current().pid();
    private final List<Entry> pending = new ArrayList<>();
    private final List<Path> adopted = new ArrayList<>();
    private Path ownPath;
    private FileChannel own;

    Spool(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** Writes not yet known to be in the database, oldest first. */
    synchronized List<Entry> pending() {
        return List.copyOf(pending);
    }

    synchronized int size() {
        return pending.size();
    }

    /** Takes over the queue files of processes that are gone; their writes go before any of this one's. */
    synchronized void adoptOrphans() throws IOException {
        if (!Files.isDirectory(dir)) return;
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            found.forEach(files::add);
        }
        files.sort(null);
        for (Path file : files) {
            if (!orphan(file)) continue;
            Path mine = dir.resolve(PREFIX + pid + "-" + UUID.randomUUID() + SUFFIX);
            try {
                // Atomic: of two processes starting at once, one takes the file, the other finds it gone.
                Files.move(file, mine, StandardCopyOption.ATOMIC_MOVE);
            } catch (NoSuchFileException taken) {
                continue;
            }
            syncDirectory();
            adopted.add(mine);
            List<Entry> entries = read(mine);
            pending.addAll(entries);
            log.info("Took over {} queued write(s) from {}", entries.size(), file.getFileName());
        }
    }

    /** Appends a write and forces it to disk; when this returns, the write survives a crash. */
    synchronized void append(Entry entry) throws IOException {
        if (own == null) {
            Files.createDirectories(dir);
            ownPath = dir.resolve(PREFIX + pid + "-" + UUID.randomUUID() + SUFFIX);
            own = FileChannel.open(
                    ownPath, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            syncDirectory();
        }
        writeFully(own, line(entry));
        own.force(false);
        pending.add(entry);
    }

    /** The oldest pending write is in the database; when none is left, the files are emptied. */
    synchronized void written(Entry entry) {
        if (pending.isEmpty() || !pending.get(0).key().equals(entry.key())) {
            throw new IllegalStateException("queued writes are written in order");
        }
        pending.remove(0);
        if (!pending.isEmpty()) return;
        try {
            if (own != null) {
                own.truncate(0);
                own.force(true);
            }
            for (Path file : adopted) Files.deleteIfExists(file);
            adopted.clear();
            syncDirectory();
        } catch (IOException e) {
            // Harmless: the lines left are replayed later and skipped by their keys.
            log.warn("Could not empty the spool in {}: {}", dir, e.toString());
        }
    }

    /** Sets aside a write the database refuses (not a connection problem), so it cannot hold back the rest. */
    synchronized void reject(Entry entry, String why) throws IOException {
        ObjectNode line = node(entry);
        line.put("error", why);
        appendLine(dir.resolve(REJECTED), JSON.writeValueAsString(line));
        written(entry);
    }

    /** Closes the file; one with writes still queued is left for the next store opened on this folder. */
    @Override
    public synchronized void close() {
        try {
            if (own != null) {
                own.close();
                if (pending.isEmpty()) Files.deleteIfExists(ownPath);
                else adopted.add(ownPath);
            }
            for (Path file : adopted) {
                if (!Files.exists(file)) continue;
                Files.move(
                        file,
                        dir.resolve(PREFIX + CLOSED + "-" + UUID.randomUUID() + SUFFIX),
                        StandardCopyOption.ATOMIC_MOVE);
            }
            if (!pending.isEmpty()) {
                log.warn("{} write(s) still wait in {}; the next start writes them", pending.size(), dir);
            }
        } catch (IOException e) {
            log.warn("Could not close the spool in {}: {}", dir, e.toString());
        }
    }

    /** A queue file is free to take over when its store was closed or its process no longer runs. */
    private boolean orphan(Path file) {
        String name = file.getFileName().toString();
        int dash = name.indexOf('-', PREFIX.length());
        if (dash < 0) return false;
        long owner;
        try {
            owner = Long.parseLong(name.substring(PREFIX.length(), dash));
        } catch (NumberFormatException e) {
            return false;
        }
        if (owner == CLOSED) return true;
        return owner != pid && ProcessHandle.of(owner).map(p -> !p.isAlive()).orElse(true);
    }

    /** The whole lines of a file; a line torn by a crash mid-append was never acknowledged and is set aside. */
    private List<Entry> read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (text.isBlank()) continue;
            try {
                entries.add(entry(JSON.readTree(text)));
            } catch (IOException | RuntimeException unreadable) {
                log.warn("Set aside an unreadable line of {} in {}", file.getFileName(), REJECTED);
                appendLine(dir.resolve(REJECTED), text);
            }
        }
        return entries;
    }

    private static Entry entry(JsonNode line) {
        List<Object> values = new ArrayList<>();
        for (JsonNode v : line.withArray("values")) {
            if (v.isTextual()) values.add(v.asText());
            else if (v.isBoolean()) values.add(v.asBoolean());
            else if (v.isIntegralNumber()) values.add(v.asLong());
            else if (v.isFloatingPointNumber()) values.add(v.asDouble());
            else throw new IllegalArgumentException("not a value Parley queues: " + v);
        }
        String key = line.path("key").asText();
        if (key.isEmpty()) throw new IllegalArgumentException("a queued write without a key");
        return new Entry(key, Deferrable.valueOf(line.path("write").asText()), values);
    }

    private static ObjectNode node(Entry entry) {
        ObjectNode line = JSON.createObjectNode();
        line.put("key", entry.key());
        line.put("write", entry.write().name());
        ArrayNode values = line.putArray("values");
        for (Object v : entry.values()) {
            if (v instanceof String s) values.add(s);
            else if (v instanceof Boolean b) values.add(b);
            else if (v instanceof Long n) values.add(n);
            else if (v instanceof Integer n) values.add(n);
            else if (v instanceof Double d) values.add(d);
            else
                throw new IllegalArgumentException(
                        "cannot queue a " + v.getClass().getSimpleName());
        }
        return line;
    }

    private static byte[] line(Entry entry) throws IOException {
        return (JSON.writeValueAsString(node(entry)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void appendLine(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (FileChannel out = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            writeFully(out, (text + "\n").getBytes(StandardCharsets.UTF_8));
            out.force(false);
        }
    }

    private static void writeFully(FileChannel out, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) out.write(buffer);
    }

    /** Makes a file's creation, rename or removal itself survive a crash. */
    private void syncDirectory() throws IOException {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        }
    }
}

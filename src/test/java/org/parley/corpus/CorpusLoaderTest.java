package org.parley.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.Lexicons;
import org.slf4j.LoggerFactory;

/** A folder with one bad file still serves the rest, and says which file was left out and why. */
class CorpusLoaderTest {

    private static final String ARTICLE = """
            ---
            title: Harbour talks end with a timetable
            ---
            Negotiators from Arland and Bevia met in Portmere on Monday. They agreed to meet again in May.
            """;

    @TempDir
    Path dir;

    @Test
    void unusableFilesAreSkippedWithAReasonAndTheRestServed() throws Exception {
        Files.writeString(dir.resolve("good.md"), ARTICLE);
        Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0x14});
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("empty.md"), "");
        try (RandomAccessFile huge =
                new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024); // 50 MB, sparse: costs no disk
        }
        // Unreadable even for root (tests may run as root, who reads any file): a link to nothing.
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("moved-away.txt"));

        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(CorpusLoader.class);
        logged.start();
        logger.addAppender(logged);
        try {
            assertEquals(
                    1,
                    new CorpusLoader(Lexicons.repository()).load(dir).articles().size(),
                    "the rest is served");
        } finally {
            logger.detachAppender(logged);
        }
        assertEquals(
                5,
                logged.list.stream()
                        .filter(e -> e.getFormattedMessage().startsWith("Skipped "))
                        .count(),
                "one clear log line per file left out: " + logged.list);

        CorpusLoader.Loaded loaded = new CorpusLoader(Lexicons.repository()).loadReporting(dir);

        assertEquals(1, loaded.corpus().articles().size());
        assertEquals("good", loaded.corpus().articles().get(0).id());
        Map<String, String> reasons = new TreeMap<>();
        loaded.skipped().forEach(s -> reasons.put(s.file(), s.reason()));
        assertTrue(
                reasons.remove("gone.txt").equals("it cannot be read (not a file, or a link to nothing)"),
                loaded.skipped().toString());
        assertEquals(
                Map.of(
                        "binary.txt",
                        "it is not UTF-8 text",
                        "empty.md",
                        "it holds no sentences",
                        "huge.txt",
                        "it is larger than 5 MB",
                        "latin1.txt",
                        "it is not UTF-8 text"),
                reasons);
    }

    @Test
    void theFingerprintIgnoresSkippedFilesSoAnIndexStaysValid() throws Exception {
        Files.writeString(dir.resolve("good.md"), ARTICLE);
        String before = new CorpusLoader(Lexicons.repository()).load(dir).fingerprint();
        Files.writeString(dir.resolve("empty.md"), "   \n");
        assertEquals(before, new CorpusLoader(Lexicons.repository()).load(dir).fingerprint());
        Files.writeString(dir.resolve("second.md"), ARTICLE.replace("Monday", "Tuesday"));
        assertTrue(
                !before.equals(new CorpusLoader(Lexicons.repository()).load(dir).fingerprint()),
                "a new article changes the fingerprint");
    }

    @Test
    void articlesInASubfolderAreSaidToBeLeftOutNotSilentlyPassedOver() throws Exception {
        Files.writeString(dir.resolve("good.md"), ARTICLE);
        Files.createDirectories(dir.resolve("archive"));
        Files.writeString(dir.resolve("archive").resolve("older.md"), ARTICLE.replace("Monday", "Sunday"));
        Files.createDirectories(dir.resolve(".git"));

        CorpusLoader.Loaded loaded = new CorpusLoader(Lexicons.repository()).loadReporting(dir);

        assertEquals(
                List.of("good"),
                loaded.corpus().articles().stream().map(a -> a.id()).toList());
        assertEquals(
                List.of(new CorpusLoader.Skipped(
                        "archive/", "it is a folder; only the articles directly in the corpus folder are read")),
                loaded.skipped(),
                "a hidden folder is no one's articles");

        Files.delete(dir.resolve("good.md"));
        CorpusException error =
                assertThrows(CorpusException.class, () -> new CorpusLoader(Lexicons.repository()).load(dir));
        assertTrue(error.getMessage().contains("not those in archive/"), error.getMessage());
    }

    @Test
    void aFolderWithNothingUsableIsAClearError() throws Exception {
        Files.writeString(dir.resolve("empty.md"), "");
        CorpusException error =
                assertThrows(CorpusException.class, () -> new CorpusLoader(Lexicons.repository()).load(dir));
        assertTrue(error.getMessage().contains("empty.md (it holds no sentences)"), error.getMessage());
    }
}

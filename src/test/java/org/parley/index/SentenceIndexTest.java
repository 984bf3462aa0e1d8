package org.parley.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.Lexicons;
import org.parley.corpus.Article;
import org.parley.corpus.Corpus;
import org.parley.corpus.CorpusLoader;
import org.slf4j.LoggerFactory;

class SentenceIndexTest {

    @TempDir
    Path dir;

    @Test
    void anIndexBuiltFromAnotherParseOfTheSameBytesIsRebuilt() throws Exception {
        Corpus first =
                new CorpusLoader(Lexicons.repository()).fromTexts(List.of("a"), List.of("Talks began. Envoys met."));
        try (SentenceIndex index = SentenceIndex.openOrBuild(first, Optional.of(dir), Optional.empty())) {
            assertEquals(2, index.sentenceCount());
        }
        // Same bytes, same corpus fingerprint, but a different parse (as after a parser change).
        Corpus reparsed = new Corpus(List.of(oneSentence(first.articles().get(0))), first.fingerprint());
        try (SentenceIndex index = SentenceIndex.openOrBuild(reparsed, Optional.of(dir), Optional.empty())) {
            assertEquals(1, index.sentenceCount(), "keys must match the parse the engine uses");
        }
    }

    @Test
    void aDamagedOrDeletedIndexIsRebuiltFromTheCorpusWithAWarning() throws Exception {
        Corpus corpus = new CorpusLoader(Lexicons.repository())
                .fromTexts(
                        List.of("a"),
                        List.of("Talks began in Geneva. Envoys met twice. " + "The accord was signed on Friday."));
        try (SentenceIndex index = SentenceIndex.openOrBuild(corpus, Optional.of(dir), Optional.empty())) {
            assertEquals(3, index.sentenceCount());
        }
        // Overwrite the middle of the largest file, as a bad disk or a half-finished copy would.
        Path largest;
        try (var files = Files.list(dir)) {
            largest = files.filter(f -> !f.getFileName().toString().startsWith("segments")
                            && !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(SentenceIndexTest::size))
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(largest);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 8 && i < bytes.length; i++) bytes[i] ^= (byte) 0x5A;
        Files.write(largest, bytes);

        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(SentenceIndex.class);
        logged.start();
        logger.addAppender(logged);
        try (SentenceIndex index = SentenceIndex.openOrBuild(corpus, Optional.of(dir), Optional.empty())) {
            assertEquals(3, index.sentenceCount());
            assertEquals(1, index.sentencesWith(index.analyze("accord").get(0)), "searchable again");
        } finally {
            logger.detachAppender(logged);
        }
        assertTrue(
                logged.list.stream()
                        .anyMatch(e -> e.getLevel() == Level.WARN
                                && e.getFormattedMessage().contains("damaged")),
                "a warning says why it was rebuilt");

        // Deleted outright: built again.
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.delete(f);
        }
        try (SentenceIndex index = SentenceIndex.openOrBuild(corpus, Optional.of(dir), Optional.empty())) {
            assertEquals(3, index.sentenceCount());
        }
    }

    @Test
    void anIndexWhoseCommitFileIsEmptiedIsRebuiltOnDiskNotKeptInMemory() throws Exception {
        Corpus corpus = new CorpusLoader(Lexicons.repository())
                .fromTexts(List.of("a"), List.of("Talks began in Geneva. The accord was signed on Friday."));
        try (SentenceIndex index = SentenceIndex.openOrBuild(corpus, Optional.of(dir), Optional.empty())) {
            assertEquals(Optional.of(dir), index.location());
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList())
                if (f.getFileName().toString().startsWith("segments_")) Files.write(f, new byte[0]);
        }
        for (int run = 0; run < 2; run++) { // the second start finds the repaired index
            try (SentenceIndex index = SentenceIndex.openOrBuild(corpus, Optional.of(dir), Optional.empty())) {
                assertEquals(2, index.sentenceCount());
                assertEquals(Optional.of(dir), index.location(), "saved again, run " + run);
            }
        }
    }

    @Test
    void anIndexThatCannotBeSavedSaysItLivesInMemory() throws Exception {
        Corpus corpus = new CorpusLoader(Lexicons.repository()).fromTexts(List.of("a"), List.of("Talks began."));
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        try (SentenceIndex index = SentenceIndex.openOrBuild(corpus, Optional.of(file), Optional.empty())) {
            assertEquals(1, index.sentenceCount(), "it still answers");
            assertEquals(Optional.empty(), index.location());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static Article oneSentence(Article a) {
        return new CorpusLoader(Lexicons.repository())
                .fromTexts(List.of(a.id()), List.of("Talks began and envoys met."))
                .articles()
                .get(0);
    }
}

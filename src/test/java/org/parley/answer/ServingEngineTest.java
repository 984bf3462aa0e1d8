package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.facts.FactCache;

/** Reloading the corpus folder swaps in a new engine while questions keep being answered by the old one. */
class ServingEngineTest {

    private static final Path HARBOR = Path.of("src/test/resources/corpus/harbor/lakeport-water-accord.txt");
    private static final Path OSLO = Path.of("src/test/resources/corpus/oslo/oslo.md");
    private static final String OSLO_QUESTION = "Where was the rented villa?";
    private static final String OSLO_QUOTE = "Bygd\u00f8y";

    @TempDir
    Path corpus;

    @TempDir
    Path index;

    private EngineSettings settings() {
        EngineSettings base = Engines.settings("harbor", false);
        return new EngineSettings(
                corpus, Optional.of(index), base.lexicon(), false, base.maxCitations(), base.maxQuestionChars());
    }

    @Test
    void aNewArticleIsAnsweredAfterReloadAndABadFileIsNamed() throws Exception {
        Files.copy(HARBOR, corpus.resolve("harbor.txt"));
        try (ServingEngine serving = ServingEngine.open(settings())) {
            assertEquals(1, serving.get().sources().size());
            AnswerEngine before = serving.get();

            Files.copy(OSLO, corpus.resolve("oslo.md"));
            Files.write(corpus.resolve("scan.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0});
            ServingEngine.Reload reload = serving.reload();

            assertTrue(reload.changed());
            assertEquals(2, reload.articles().size());
            assertEquals(1, reload.added().size());
            assertTrue(
                    reload.added().get(0).startsWith("Secret Oslo channel"),
                    reload.added().toString());
            assertEquals(List.of(), reload.removed());
            assertEquals(1, reload.skipped().size());
            assertEquals("scan.txt", reload.skipped().get(0).file());
            // Oslo's story gives no name of the harbour story another meaning: only Oslo is read for facts.
            assertEquals(new FactCache.Count(1, 1), serving.get().factsRead());
            Answer answer = serving.get().ask(OSLO_QUESTION);
            assertTrue(answer.answered(), answer.toString());
            assertTrue(
                    answer.citations().get(0).quote().contains(OSLO_QUOTE),
                    answer.citations().get(0).quote());
            // The replaced engine still answers questions that were already on their way.
            assertEquals(1, before.sources().size());
            assertFalse(before.ask("Who chaired the sessions?").citations().isEmpty());
        }
    }

    @Test
    void anUnchangedFolderRebuildsNothingAndAnEmptiedOneKeepsTheOldArticles() throws Exception {
        Files.copy(HARBOR, corpus.resolve("harbor.txt"));
        try (ServingEngine serving = ServingEngine.open(settings())) {
            AnswerEngine first = serving.get();
            ServingEngine.Reload same = serving.reload();
            assertFalse(same.changed());
            assertTrue(same.failure().isEmpty());
            assertTrue(first == serving.get(), "nothing changed, nothing rebuilt");

            Files.delete(corpus.resolve("harbor.txt"));
            Files.writeString(corpus.resolve("blank.md"), "");
            ServingEngine.Reload failed = serving.reload();
            assertFalse(failed.changed());
            assertTrue(
                    failed.failure().orElseThrow().contains("blank.md"),
                    failed.failure().toString());
            assertTrue(first == serving.get(), "the old articles keep serving");
        }
    }

    @Test
    void questionsAskedDuringAReloadAreAllAnswered() throws Exception {
        Files.copy(HARBOR, corpus.resolve("harbor.txt"));
        try (ServingEngine serving = ServingEngine.open(settings())) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger answered = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread asker = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        if (!serving.get()
                                .ask("Who chaired the sessions?")
                                .citations()
                                .isEmpty()) answered.incrementAndGet();
                    } catch (Throwable t) {
                        failure.set(t);
                        return;
                    }
                }
            });
            asker.start();
            Files.copy(OSLO, corpus.resolve("oslo.md"));
            assertTrue(serving.reload().changed());
            Thread.sleep(50);
            stop.set(true);
            asker.join();
            assertEquals(null, failure.get());
            assertTrue(answered.get() > 0);
            assertEquals(2, serving.get().sources().size());
        }
    }
}

package org.parley.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.config.Lexicons;

/** A passage is found from its key through its article: every key the corpus hands out, and nothing else. */
class CorpusTest {

    private final Corpus corpus = new CorpusLoader(Lexicons.repository())
            .fromTexts(
                    List.of("talks", "notes#2"),
                    List.of(
                            "Envoys met in Oslo. They agreed to talk again.\n\nA second round is planned. It may slip.",
                            "The #2 file has one paragraph. And two sentences."));

    @Test
    void everyPassageIsFoundByItsKey() {
        List<Passage> all = corpus.passages();
        assertEquals(6, all.size());
        for (Passage p : all) assertEquals(Optional.of(p), corpus.passage(p.key()), p.key());
        assertEquals("It may slip.", corpus.passage("talks#2#2").orElseThrow().quote());
        assertEquals(
                "And two sentences.",
                corpus.passage("notes#2#1#2").orElseThrow().quote(),
                "an id may hold '#'");
    }

    @Test
    void keysItDoesNotHoldFindNothing() {
        for (String key : List.of(
                "talks#3#1",
                "talks#1#3",
                "other#1#1",
                "talks#1",
                "talks",
                "",
                "talks#+1#1",
                "talks#01#1",
                "talks#x#1",
                "#1#1")) {
            assertTrue(corpus.passage(key).isEmpty(), key);
        }
    }
}

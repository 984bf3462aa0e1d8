package org.parley.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.corpus.Article;
import org.parley.corpus.Corpus;
import org.parley.corpus.CorpusLoader;

class SentenceIndexTest {

    @TempDir
    Path dir;

    @Test
    void anIndexBuiltFromAnotherParseOfTheSameBytesIsRebuilt() throws Exception {
        Corpus first = new CorpusLoader().fromTexts(List.of("a"), List.of("Talks began. Envoys met."));
        try (SentenceIndex index = SentenceIndex.openOrBuild(first, Optional.of(dir), Optional.empty())) {
            assertEquals(2, index.sentenceCount());
        }
        // Same bytes, same corpus fingerprint, but a different parse (as after a parser change).
        Corpus reparsed = new Corpus(List.of(oneSentence(first.articles().get(0))), first.fingerprint());
        try (SentenceIndex index = SentenceIndex.openOrBuild(reparsed, Optional.of(dir), Optional.empty())) {
            assertEquals(1, index.sentenceCount(), "keys must match the parse the engine uses");
        }
    }

    private static Article oneSentence(Article a) {
        return new CorpusLoader().fromTexts(List.of(a.id()), List.of("Talks began and envoys met.")).articles().get(0);
    }
}

package org.parley.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.corpus.CorpusLoader;

class EnglishSearchAnalyzerTest {

    private final SentenceIndex index = SentenceIndex.openOrBuild(
            new CorpusLoader().fromTexts(List.of("a"), List.of("The U.S. imposed sanctions on Russia’s economy.")),
            java.util.Optional.empty(),
            java.util.Optional.empty());

    @Test
    void acronymsWithAndWithoutPeriodsMeet() {
        assertEquals(index.analyze("U.S."), index.analyze("US"));
    }

    @Test
    void possessivesStopWordsAndStems() {
        assertEquals(List.of("russia", "sanction"), index.analyze("the Russia’s sanctions"));
    }

    @Test
    void luceneSyntaxIsJustText() {
        List<String> terms = index.analyze("title:(AND OR \" * ~ sanctions");
        assertTrue(terms.contains("sanction"));
        assertTrue(index.knows("sanction"));
        assertEquals(1, index.sentencesWith("russia"));
    }
}

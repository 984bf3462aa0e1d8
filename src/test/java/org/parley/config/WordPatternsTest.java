package org.parley.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordPatternsTest {

    @Test
    void theWordsAreLiteralAlternativesInOneGroup() {
        Pattern said = Pattern.compile("\\b" + WordPatterns.anyOf(List.of("said", "U.S.")) + "\\s");
        assertTrue(said.matcher("she said so").find());
        assertTrue(said.matcher("the U.S. envoy").find());
        assertFalse(said.matcher("the UxSx envoy").find(), "a dot is a dot, not any character");
        assertFalse(said.matcher("she saidso").find(), "the group holds the alternation: \\s follows every word");
    }

    @Test
    void noWordsMatchNothing() {
        // An empty alternation would match everywhere: a list left out of a lexicon would then match any text.
        Pattern none = Pattern.compile("\\b" + WordPatterns.anyOf(List.of()) + "\\b");
        assertFalse(none.matcher("any text at all").find());
    }

    @Test
    void capitalisedRaisesTheFirstLetterOnly() {
        assertEquals(List.of("May", "He", "", "Ibn"), WordPatterns.capitalised(List.of("may", "he", "", "ibn")));
    }
}

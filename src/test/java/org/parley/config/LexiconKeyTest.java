package org.parley.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lexicon.key takes a fast path for plain ASCII; both paths give the one form every lookup uses. */
class LexiconKeyTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "U.S.|us",
                "  Foreign   Minister\tLavrov |foreign minister lavrov",
                "a . b|a b",
                "EU.|eu",
                "Zelenskyy’s|zelenskyy's",
                "Pétain|petain",
                "Jean-Noël Barrot|jean-noel barrot",
                "Al-Sisi|al-sisi",
                "KYIV|kyiv",
            })
    void foldsCaseAccentsPeriodsAndSpaces(String written, String key) {
        assertEquals(key, Lexicon.key(written));
    }
}

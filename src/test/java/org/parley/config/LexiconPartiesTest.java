package org.parley.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parties of config/lexicon.yaml and every mention that names each. */
class LexiconPartiesTest {

    private final Lexicon lexicon = Lexicons.repository();

    @Test
    void aCountryOutsideTheAliasGroupsIsNamedByItsListedDemonymToo() {
        assertEquals(List.of(), lexicon.aliasesOf("Syria"), "Syria has no alias group: the demonyms list carries it");
        assertEquals(List.of("Syria", "syrian"), lexicon.partyMentionsOf("Syria"));
        assertEquals(List.of("Syria", "syrian"), lexicon.partyMentionsOf("Syrian"));
    }

    @Test
    void everyUnMemberWithADemonymOfOneMeaningIsNamedByIt() {
        assertEquals("Sri Lanka", lexicon.partyOf("Sri Lankan").orElseThrow());
        assertEquals(List.of("Nepal", "nepalese", "nepali"), lexicon.partyMentionsOf("Nepal"));
        assertTrue(lexicon.partyOf("Congolese").isEmpty(), "two Congos: no one party");
    }

    @Test
    void anAliasGroupsMentionsAreItsPartysToo() {
        List<String> mentions = lexicon.partyMentionsOf("Israelis");
        assertEquals("Israel", mentions.get(0));
        assertTrue(mentions.containsAll(List.of("israeli", "israelis", "jerusalem")), mentions.toString());
    }

    @Test
    void aPartyWithNoOtherMentionAndAWordThatIsNoPartyHaveNone() {
        assertEquals(List.of(), lexicon.partyMentionsOf("PLO"));
        assertEquals(List.of(), lexicon.partyMentionsOf("talks"));
    }

    @Test
    void theLongestPhraseLookedUpHoldsEveryPartysWholeName() {
        // "Democratic Republic of the Congo" is five words: a four-word lookup found "Republic of the Congo" in it.
        assertTrue(lexicon.longestAliasWords() >= 5, "longest: " + lexicon.longestAliasWords());
        assertEquals(
                "Democratic Republic of the Congo",
                lexicon.partyOf("Democratic Republic of the Congo").orElseThrow());
        assertEquals(
                "Saint Vincent and the Grenadines",
                lexicon.partyOf("St Vincent").orElseThrow());
    }

    @Test
    void aWellKnownPersonsSideIsFoundByAnAliasOrASurnameAlias() {
        assertEquals("Ukraine", lexicon.knownSideOf("Volodymyr Zelenskyy").orElseThrow());
        assertEquals("Ukraine", lexicon.knownSideOf("Volodymyr Zelenskiy").orElseThrow(), "the surname's alias");
        assertEquals("Russia", lexicon.knownSideOf("Sergei Lavrov").orElseThrow(), "the whole name's alias");
        assertEquals("Turkey", lexicon.knownSideOf("Tayyip Erdogan").orElseThrow());
        assertTrue(lexicon.knownSideOf("Ana Lind").isEmpty());
    }
}

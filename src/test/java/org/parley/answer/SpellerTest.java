package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.config.Lexicons;
import org.parley.corpus.CorpusLoader;

class SpellerTest {

    private static final String TEXT = "TESH-KARIM — The Kestrian delegation, led by envoy Mara Quillon, met NATO"
            + " officials in Tesh-Karim on Monday. The delegation posted a statement. Quillon said the ceasefire would"
            + " hold. Waltz, an adviser, and Ivo Quillin, a harbour master, listened. The delegations will meet again; the delegates left."
            + " Crowds were rioting in the capital.";

    private static final Speller SPELLER = speller(List.of(), Set.of("which", "where"));

    private static Speller speller(List<String> names, Set<String> keep) {
        return Speller.of(
                new CorpusLoader(Lexicons.repository()).fromTexts(List.of("a"), List.of(TEXT)),
                names,
                keep,
                Lexicons.repository().question().englishEndings());
    }

    @Test
    void aSlipIsReadAsTheArticlesWordInTheCaseItWasTyped() {
        assertEquals("What did Quillon say", SPELLER.correct("What did Qiullon say")); // swapped
        assertEquals("what did quillon say", SPELLER.correct("what did quilon say")); // dropped
        assertEquals("Who led the delegation", SPELLER.correct("Who led the delegattion")); // doubled
        assertEquals("Will the ceasefire hold", SPELLER.correct("Will the ceasefira hold")); // changed
        assertEquals("DID TESH-KARIM HOST", SPELLER.correct("DID TESH-KARIN HOST"));
    }

    @Test
    void aSlipToAShortWordIsReadBackWhenTheArticlesWordHasFiveLetters() {
        assertEquals("Who is Waltz", SPELLER.correct("Who is Wltz"));
        assertEquals("Did Mara meet", SPELLER.correct("Did Mara meet"));
        assertEquals("Did Maar meet", SPELLER.correct("Did Maar meet")); // "Mara" has four letters
    }

    @Test
    void theMostFrequentWordOneSlipAwayIsRead() {
        // "Quillen" is one slip from "Quillon" (twice in the text) and from "Quillin" (once).
        assertEquals("What did Quillon say", SPELLER.correct("What did Quillen say"));
    }

    @Test
    void aLetterMoreOrLessAtTheEndIsAnotherFormNotASlip() {
        assertEquals("What did the Kestria envoy say", SPELLER.correct("What did the Kestria envoy say"));
        assertEquals("the Kestrians", SPELLER.correct("the Kestrians"));
        assertEquals("the delegate", SPELLER.correct("the delegate"));
        assertEquals("Quillo", SPELLER.correct("Quillo"));
    }

    @Test
    void theFirstLetterIsNeverReadAsAnother() {
        // "hosted" is one slip from "posted", but a slip in the first letter is not read back.
        assertEquals("Which city hosted the talks", SPELLER.correct("Which city hosted the talks"));
    }

    @Test
    void wordsTheArticlesHoldKeptWordsAndUnknownWordsStayAsTyped() {
        assertEquals("Where did Quillon meet NATO", SPELLER.correct("Where did Quillon meet NATO"));
        assertEquals("What did Macron say about Brexit", SPELLER.correct("What did Macron say about Brexit"));
        assertEquals("whcih delegates", speller(List.of(), Set.of("whcih")).correct("whcih delegates"));
    }

    @Test
    void aRegularFormOfAKeptWordIsEnglishNotASlip() {
        // "rooting" is one slip from the text's "rioting": read back unless "root" is known English.
        assertEquals("Were they rioting for Quillon", SPELLER.correct("Were they rooting for Quillon"));
        Speller english = speller(List.of(), Set.of("root", "hope", "party", "stop", "cease"));
        assertEquals("Were they rooting for Quillon", english.correct("Were they rooting for Quillon"));
        assertEquals("Are the rioters hoping", english.correct("Are the rioters hoping")); // hope + ing
        assertEquals("Which parties", english.correct("Which parties")); // party + ies
        assertEquals("Who is stopping it", english.correct("Who is stopping it")); // stop + p + ing
        assertEquals("Who led the delegation", english.correct("Who led the delegattion")); // still a slip
    }

    @Test
    void theNamesTheFactsFoundAreWordsToo() {
        assertEquals(
                "Did Sergey Lavrov attend",
                speller(List.of("Sergey Lavrov"), Set.of()).correct("Did Sergey Lavorv attend"));
    }
}

package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.config.Lexicons;
import org.parley.corpus.CorpusLoader;

class TruecaserTest {

    private static final String TEXT = "TESH-KARIM — Kestrian envoy Mara Quill met NATO officials in Tesh-Karim on"
            + " Monday. \"Progress was real,\" Quill said. The president of Kestria, Ilo Varn, stayed home."
            + " President Varn said the talks would resume. US officials did not comment."
            + " Lavrov's aide, Sergei Orlov, was not named by the US side. He met Foreign Minister Ana Pell.";

    private static final Truecaser CASER = caser(List.of(), Set.of("who", "did", "the", "us"));

    private static Truecaser caser(List<String> names, Set<String> keep) {
        return Truecaser.of(
                new CorpusLoader(Lexicons.repository()).fromTexts(List.of("a"), List.of(TEXT)), names, keep);
    }

    @Test
    void wordsTheArticlesOnlyCapitaliseGetTheirCapitals() {
        assertEquals("did Kestria meet NATO in Tesh-Karim", CASER.restore("did kestria meet nato in tesh-karim"));
        assertEquals("what did Kestria's envoy say", CASER.restore("what did kestria's envoy say"));
    }

    @Test
    void aNameWithAnSTypedInLowerCaseGetsTheNamesCapitals() {
        // a possessive typed without its apostrophe, or a plural the articles do not write
        assertEquals("what did Kestrias envoy say", CASER.restore("what did kestrias envoy say"));
        assertEquals("did NATOs officials meet", CASER.restore("did natos officials meet"));
        // "talks" is no possessive of a name, and "uss" of "US" too short to tell.
        assertEquals("what did the talks and uss say", CASER.restore("what did the talks and uss say"));
    }

    @Test
    void wordsTheArticlesAlsoWriteInLowerCaseStayLowerCase() {
        // "president" and "talks" stand in lower case too; "Monday" opens no sentence and stays a name.
        assertEquals(
                "what did the president of Kestria say about the talks on Monday",
                CASER.restore("what did the president of kestria say about the talks on monday"));
    }

    @Test
    void aCapitalOnlyAtTheStartOfASentenceOrQuoteOrBesideOtherCapitalsIsNotTheWordsOwn() {
        // "Lavrov" only opens a sentence and "Progress" a quotation; "Foreign Minister" and "Sergei Orlov" stand only
        // beside other capitals, as titles and bodies' names do. None of them is known to be a name from the text.
        assertEquals(
                "went lavrov to progress with the foreign minister and orlov",
                CASER.restore("went lavrov to progress with the foreign minister and orlov"));
    }

    @Test
    void theNamesTheFactsFoundKeepTheirCapitalsWhereverTheArticlesWriteThem() {
        Truecaser withFacts = caser(List.of("Sergey Lavrov", "Ilo Varn"), Set.of());
        assertEquals("went Lavrov with Ilo Varn", withFacts.restore("went lavrov with ilo varn"));
    }

    @Test
    void keptWordsAndWordsAlreadyCapitalisedAreLeftAsTyped() {
        assertEquals("who told us", CASER.restore("who told us"));
        assertEquals("Did quILL attend", CASER.restore("Did quILL attend"));
    }

    @Test
    void aShoutedQuestionIsReadInLowerCaseWithTheArticlesCapitals() {
        assertEquals("did Kestria meet NATO?", CASER.restore("DID KESTRIA MEET NATO?"));
        assertEquals("did anyone attend", CASER.restore("DID ANYONE ATTEND"));
        // Two words in capitals are more likely acronyms than shouting.
        assertEquals("NATO US", CASER.restore("NATO US"));
    }
}

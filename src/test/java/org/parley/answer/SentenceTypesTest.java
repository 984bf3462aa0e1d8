package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.Lexicons;

/** The answer kinds a sentence can give, read with the repository's lexicon, on invented sentences. */
class SentenceTypesTest {

    private final SentenceTypes types = new SentenceTypes(Lexicons.repository());

    @Test
    void aTimeIsAYearADayAMonthOrATimeWord() {
        assertTrue(types.saysWhen("The ceasefire began in 1994."));
        assertTrue(types.saysWhen("The envoys met on Tuesday."));
        assertTrue(types.saysWhen("The talks resume in September."));
        assertTrue(types.saysWhen("Delegates worked overnight."));
        assertTrue(types.saysWhen("The accord was signed in May."));
        assertFalse(types.saysWhen("Kestria may walk away from the table."), "\"may\" without its capital is a verb");
        assertFalse(types.saysWhen("The envoys met in Solenne."));
    }

    @Test
    void aQuantityIsANumberThatIsNoYearAndNoDayOfAMonth() {
        assertTrue(types.saysHowMany("The dam releases 340 cubic metres a second."));
        assertTrue(types.saysHowMany("Dozens of fishermen protested."));
        assertFalse(types.saysHowMany("The talks ended in 2025."), "a year counts nothing");
        assertFalse(types.saysHowMany("The talks ended on 16 May."), "a day of a month counts nothing");
        assertFalse(types.saysHowMany("ANCHORAGE, Alaska (Aug 16) - The summit ended."), "nor as wire copy writes it");
        assertFalse(types.saysHowMany("The talks ended on Sept. 12."));
        assertFalse(types.saysHowMany("The talks ended on 3 Dec."));
        assertTrue(types.saysHowMany("The envoy arrived with 40 Marines."), "a month's letters inside a word");
        assertFalse(types.saysHowMany("The talks ended without a deal."));
        assertFalse(types.saysHowMany("The talks ended on December 14."), "nor a day after its month");
        assertFalse(types.saysHowMany("Nixon ordered B-52 attacks."), "a designation counts nothing");
        assertFalse(types.saysHowMany("The Five-Power Treaty was signed."), "nor a number word in a name");
        assertTrue(types.saysHowMany("It held three-day talks with 14 envoys on December 14."));
        assertTrue(types.saysHowMany("Five powers signed it."));
    }

    @Test
    void aPlaceIsAPrepositionBeforeACapitalOrAVerbOfHosting() {
        assertTrue(types.saysWhere("The envoys met in Solenne."));
        assertTrue(types.saysWhere("They sat at the Old Customs House."));
        assertTrue(types.saysWhere("The round was hosted by Aldermark."));
        assertFalse(types.saysWhere("The envoys met in secret."));
    }

    @Test
    void causesAndReportedWordsComeFromTheLexicon(@TempDir Path home) throws Exception {
        assertTrue(types.saysWhy("The farmers objected because the quota was too low."));
        assertFalse(types.saysWhy("The farmers objected."));
        assertTrue(types.reportsWords("The minister said the quota was fair."));
        assertTrue(types.reportsWords("\u201CA floor, not a ceiling.\u201D"));
        assertFalse(types.reportsWords("The quota was raised."));
        SentenceTypes more = new SentenceTypes(Lexicons.withAdded(home, "/answer/cause_words", "thanks to"));
        assertTrue(more.saysWhy("The deal held thanks to the mediators."));
        assertFalse(types.saysWhy("The deal held thanks to the mediators."));
    }

    @Test
    void aQuotationWithoutAttributionBorrowsItsSpeaker() {
        assertTrue(types.isBareQuotation("\u201CWe see this as a positive step.\u201D"));
        assertFalse(types.isBareQuotation("\u201CWe see this as a positive step,\u201D Lavrov said."));
        assertFalse(types.isBareQuotation("Lavrov called it \u201Ca positive step\u201D."));
        assertTrue(types.opensWithPronoun("He ruled out any pause."));
        assertFalse(types.opensWithPronoun("Helsinki hosted the round."), "a pronoun is a whole word");
        assertFalse(types.opensWithPronoun("The minister said he would return."));
    }
}

package org.parley.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text, 0).stream().map(Sentence::text).toList();
    }

    @Test
    void keepsUsAbbreviationInsideASentence() {
        assertEquals(
                List.of(
                        "In landmark talks, U.S. Secretary of State Jane Roe met her counterpart.",
                        "They spoke for hours."),
                split(
                        "In landmark talks, U.S. Secretary of State Jane Roe met her counterpart. They spoke for hours."));
    }

    @Test
    void splitsAfterAcronymWhenANewSentenceStarts() {
        assertEquals(
                List.of("The deal was welcomed in the U.S.", "The Kremlin was silent."),
                split("The deal was welcomed in the U.S. The Kremlin was silent."));
    }

    @Test
    void keepsHyphenatedAcronymsDecimalsAndInitials() {
        assertEquals(
                List.of(
                        "U.S.-Russia ties fell 3.5 points, said Vice President J. D. Vance on Feb. 28.",
                        "Gen. Kay Lee agreed."),
                split(
                        "U.S.-Russia ties fell 3.5 points, said Vice President J. D. Vance on Feb. 28. Gen. Kay Lee agreed."));
    }

    @Test
    void closingQuoteAfterThePeriodStaysWithItsSentence() {
        assertEquals(
                List.of(
                        "He called it a chance to partner “geopolitically and, frankly, economically.”",
                        "Lavrov agreed."),
                split("He called it a chance to partner “geopolitically and, frankly, economically.” Lavrov agreed."));
    }

    @Test
    void aQuotationOfTwoSentencesStaysWithItsAttribution() {
        assertEquals(
                List.of(
                        "\"We will take it to them. We hope they say yes,\" Ms. Roe told reporters.",
                        "Talks end today."),
                split("\"We will take it to them. We hope they say yes,\" Ms. Roe told reporters. Talks end today."));
    }

    @Test
    void questionAndExclamationMarksEndSentences() {
        assertEquals(
                List.of("Can peace be reached?", "Nobody knows!", "Time will tell."),
                split("Can peace be reached? Nobody knows! Time will tell."));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "First one. Second one.";
        Sentence second = splitter.split(text, 100).get(1);
        assertEquals("Second one.", text.substring(second.start() - 100, second.end() - 100));
    }

    @Test
    void commonWordsThatLookLikeAbbreviationsStillEndSentences() {
        assertEquals(List.of("Kyiv said no.", "The Kremlin waited."), split("Kyiv said no. The Kremlin waited."));
        assertEquals(List.of("Flights resumed at Gate No. 10 today."), split("Flights resumed at Gate No. 10 today."));
    }

    @Test
    void aQuotedQuestionKeepsItsAttribution() {
        assertEquals(
                List.of("\u201CAre we ready?\u201D Zelenskyy asked.", "Nobody answered."),
                split("\u201CAre we ready?\u201D Zelenskyy asked. Nobody answered."));
    }
}

package org.parley.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.Lexicon;
import org.parley.config.Lexicons;

class SentenceSplitterTest {

    private final SentenceSplitter splitter =
            new SentenceSplitter(Lexicons.repository().splitter());

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
    void aClockTimeKeepsItsZoneButEndsBeforeANewSentence() {
        assertEquals(
                List.of(
                        "Carter announced it at 4:44 a.m. Washington time.",
                        "The talks resumed at 9 a.m. GMT on Friday.",
                        "They met before 11 a.m.",
                        "Reinholt said the time was right.",
                        "The session ran until 3 a.m.",
                        "This time, the two sides agreed."),
                split("Carter announced it at 4:44 a.m. Washington time. The talks resumed at 9 a.m. GMT on Friday. "
                        + "They met before 11 a.m. Reinholt said the time was right. The session ran until 3 a.m. "
                        + "This time, the two sides agreed."));
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

    @Test
    void theLexiconsAbbreviationsAndAttributionVerbsDecideTheBoundaries(@TempDir Path home) throws Exception {
        String text = "Cdr. Ames arrived. \u201CAre we ready?\u201D Zelenskyy murmured. Nobody answered.";
        assertEquals(
                List.of(
                        "Cdr.",
                        "Ames arrived.",
                        "\u201CAre we ready?\u201D",
                        "Zelenskyy murmured.",
                        "Nobody answered."),
                split(text));
        Lexicon custom = Lexicons.edited(home, tree -> {
            ((ArrayNode) tree.at("/splitter/abbreviations")).add("cdr");
            ((ArrayNode) tree.at("/splitter/attribution/after_name")).add("murmured");
        });
        assertEquals(
                List.of("Cdr. Ames arrived.", "\u201CAre we ready?\u201D Zelenskyy murmured.", "Nobody answered."),
                new SentenceSplitter(custom.splitter())
                        .split(text, 0).stream().map(Sentence::text).toList());
    }

    @Test
    void cutsARunWithNoSentenceEndIntoPiecesAtClauseBreaksKeepingEveryWord() {
        StringBuilder run = new StringBuilder("Talks went on");
        for (int i = 0; run.length() < 5 * SentenceSplitter.MAX_SENTENCE; i++)
            run.append(i % 7 == 0 ? ", and " : " ").append("word").append(i);
        String text = run.toString();
        List<Sentence> pieces = splitter.split(text, 100);
        assertTrue(pieces.size() >= 5, "pieces: " + pieces.size());
        for (Sentence piece : pieces) {
            assertTrue(
                    piece.text().length() <= SentenceSplitter.MAX_SENTENCE,
                    piece.text().length() + " characters");
            assertEquals(
                    piece.text(), text.substring(piece.start() - 100, piece.end() - 100), "offsets point at the text");
        }
        assertTrue(
                pieces.get(0).text().endsWith(","),
                "cut after a clause break: " + pieces.get(0).text());
        assertEquals(
                String.join(" ", text.split("\\s+")),
                String.join(" ", pieces.stream().map(Sentence::text).toList()),
                "no word lost or split");
    }

    @Test
    void cutsOneEndlessWordWithoutSplittingASurrogatePair() {
        String emoji = "\uD83D\uDE00";
        String text = emoji.repeat(SentenceSplitter.MAX_SENTENCE); // 2,000 chars, no space
        List<Sentence> pieces = splitter.split(text, 0);
        assertEquals(text, String.join("", pieces.stream().map(Sentence::text).toList()));
        for (Sentence piece : pieces) {
            assertFalse(Character.isLowSurrogate(piece.text().charAt(0)), "a piece starts inside a pair");
            assertTrue(piece.text().length() <= SentenceSplitter.MAX_SENTENCE);
        }
    }
}

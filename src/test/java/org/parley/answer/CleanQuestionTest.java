package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CleanQuestionTest {

    @Test
    void controlCharactersAndUnicodeSeparatorsSeparateWords() {
        assertEquals(
                "Where were the talks held ?",
                CleanQuestion.of("Where\u0085were\u0000the\u2028talks\u00A0held\r\n?", 500)
                        .text());
    }

    @Test
    void aTerminalColourCodeIsDroppedWholeNotLeftAsAWord() {
        assertEquals(
                "Who chaired the talks ?",
                CleanQuestion.of("Who chaired \u001B[31mthe talks\u001B[0m ?", 500)
                        .text());
        assertEquals(
                "Who met?",
                CleanQuestion.of("\u001B[1;32mWho met?\u001B(B", 500).text());
    }

    @Test
    void invisibleCharactersInsideAWordAreDropped() {
        assertEquals(
                "Who met Lavrov?",
                CleanQuestion.of("Who me\u200Bt La\u2060vrov?\uE000", 500).text());
        assertEquals(
                "\uD83D\uDE00 ok",
                CleanQuestion.of("\uD83D\uDE00 \uD800ok", 500).text(),
                "a pair stays, half goes");
    }

    @Test
    void discordMentionsEmojiAndTimestampsAreNoWords() {
        assertEquals(
                "who attended the talks? and",
                CleanQuestion.of(
                                "<@123> who attended <@!45> the talks? <#678> and <@&9> <:wave:101> <t:1700000000:R>",
                                500)
                        .text());
        assertEquals("<@ 12> a<b", CleanQuestion.of("<@ 12> a<b", 500).text(), "only Discord's own markup goes");
    }

    @Test
    void discordFormattingAndLinksAreNoWords() {
        assertEquals(
                "Who met in Riyadh?",
                CleanQuestion.of("**Who** met in __Riyadh__?", 500).text());
        assertEquals(
                "who met in riyadh",
                CleanQuestion.of("||who met in riyadh||", 500).text());
        assertEquals(
                "who met ~40% here",
                CleanQuestion.of("`who` ~~met~~ ~40% here", 500).text());
        assertEquals(
                "Where were the talks?",
                CleanQuestion.of("> Where were the talks?", 500).text());
        assertEquals(
                "Where were the talks?",
                CleanQuestion.of("-# Where were the talks?", 500).text());
        assertEquals(
                "who met?",
                CleanQuestion.of("who met? https://example.com/news/riyadh-talks?id=3", 500)
                        .text());
        assertEquals("Who met", CleanQuestion.of("www.example.org Who met", 500).text());
        assertEquals(
                "Was Lavrov there ( )?",
                CleanQuestion.of("Was Lavrov there (https://x.com/a)?", 500).text());
        assertEquals(
                "# of countries that signed?",
                CleanQuestion.of("# of countries that signed?", 500).text());
        // Marks inside a word, a product or a file name stay.
        assertEquals(
                "dock_fees of 5*3 >40",
                CleanQuestion.of("dock_fees of 5*3 >40", 500).text());
    }

    @Test
    void massMentionsAndHtmlTagsAreNoWords() {
        assertEquals(
                "Where were the talks?",
                CleanQuestion.of("@here Where were the talks?", 500).text());
        assertEquals(
                "Where were the talks?",
                CleanQuestion.of("@everyone Where were the talks?", 500).text());
        assertEquals(
                "Where were the talks ?",
                CleanQuestion.of("<b>Where were the <i>talks</i>?</b>", 500).text(),
                "a tag is a space: \"a<br>b\" is two words");
        assertEquals(
                "alert(1) Where were the talks?",
                CleanQuestion.of("<script type=\"x\">alert(1)</script> Where were the talks?", 500)
                        .text());
        assertEquals(
                "Where were the talks?",
                CleanQuestion.of("@\u200Bhere <\u200B@\u200B123> Where were the talks?", 500)
                        .text(),
                "as Parley itself defuses them, still markup");
        assertEquals(
                "Did turnout stay <half and support >40%?",
                CleanQuestion.of("Did turnout stay <half and support >40%?", 500)
                        .text(),
                "only the tags of text and pages");
        assertEquals(
                "Is 3 < 5 and 7 > 2? Who is here? mail@here",
                CleanQuestion.of("Is 3 < 5 and 7 > 2? Who is here? mail@here", 500)
                        .text(),
                "comparisons, the word here and an address stay");
    }

    @Test
    void fullWidthLettersAreReadAsTheirPlainForms() {
        assertEquals(
                "Where were the talks held?",
                CleanQuestion.of("\uFF37\uFF48\uFF45\uFF52\uFF45 were the talks held\uFF1F", 500)
                        .text());
    }

    @Test
    void aLongQuestionIsCutAtAWordAndSaysSo() {
        CleanQuestion cut = CleanQuestion.of("word ".repeat(200), 100);
        assertTrue(cut.truncated());
        assertTrue(cut.text().length() <= 100, cut.text());
        assertTrue(cut.text().endsWith("word"), cut.text());
        assertFalse(CleanQuestion.of("Who met?", 100).truncated());
    }
}

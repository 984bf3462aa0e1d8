package org.parley.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.config.Lexicons;

/** Whose words a sentence reports, with the repository's lexicon. */
class AttributionTest {

    private final Attribution attribution = new Attribution(Lexicons.repository());

    private static List<int[]> spans(String text, String name) {
        List<int[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    private boolean speaks(String name, String text) {
        return attribution.byName(text, spans(text, name)).isPresent();
    }

    @Test
    void aNameBeforeOrRightAfterItsSpeechVerbSpeaks() {
        assertTrue(speaks("Lavrov", "Lavrov said the talks were useful."));
        assertTrue(
                speaks("Velko", "Foreign Minister Dana Velko, who led the delegation, told reporters it was a start."));
        assertTrue(speaks("Rubio", "\u201CThis is the first step,\u201D said Rubio."));
        assertTrue(speaks("Kaitu", "\"We came to talk about seas,\" said Motu Lahi's President, Ana Kaitu."));
    }

    @Test
    void aNameAfterAPrepositionSpeaksOnlyInItsOwnRelativeClause() {
        assertFalse(speaks("Reagan", "Aides to President-elect Reagan said he would not comment."));
        assertTrue(speaks(
                "Fidan",
                "It was opened by Foreign Minister Hakan Fidan, who told the delegations there were two paths."));
        String navalny = "Putin, who does not refer to Navalny by name, said the opposition figure knew the law.";
        assertTrue(attribution
                .byName(navalny, spans(navalny, "Putin"), spans(navalny, "Navalny"))
                .isPresent());
        // the one the relative clause met is not the subject of the verb after it
        String met =
                "Zelenskiy, who met Turkish President Tayyip Erdogan in Ankara on Thursday, described the delegation"
                        + " as theatre.";
        assertFalse(attribution
                .byName(met, spans(met, "Erdogan"), spans(met, "Zelenskiy"))
                .isPresent());
        assertTrue(attribution
                .byName(met, spans(met, "Zelenskiy"), spans(met, "Erdogan"))
                .isPresent());
    }

    @Test
    void wordsSaidAboutSomeoneAreNotTheirs() {
        assertFalse(speaks("Bhutto", "Bhutto was said by aides to be deeply unhappy with the wording."));
        assertFalse(speaks("Lavrov", "\u201CWe agreed,\u201D said Rubio, adding that Lavrov had listened."));
        assertFalse(speaks("Kushner", "The negotiations were led by Jared Kushner, who had worked for years on it."));
        assertFalse(speaks("Abbas", "Trump said Abbas was welcome."));
        assertFalse(speaks("Shastri", "Shastri has not said whether he will sign."));
    }

    @Test
    void aNameAfterSaidSpeaksOnlyAsTheSpeakerNotAsItsOwnerOrObject() {
        assertFalse(speaks("Reyvik", "\u201CWe will not sign,\u201D said Reyvik's deputy, Marta Ilves."));
        assertTrue(speaks("Ilves", "\u201CWe will not sign,\u201D said Reyvik's deputy, Marta Ilves."));
        assertFalse(speaks("Reyvik", "\u201CHe knows our position,\u201D said Brandauer of Reyvik."));
        assertFalse(speaks("Halm", "A spokesman for Halm, Ivo Brenner, said the crossing would reopen."));
    }

    @Test
    void anotherSubjectBetweenTheNameAndTheVerbTakesTheWords() {
        assertFalse(speaks(
                "Kessler", "Kessler met the delegation on Monday, and its head of mission said the survey was late."));
        assertFalse(
                speaks(
                        "Doru",
                        "It was opened by Hakan Doru, who handed the floor to a hydrologist, who told delegates the river was low."));
        String text = "Dumas arrived on Sunday, and Amadu told reporters the deal was close.";
        assertFalse(attribution
                .byName(text, spans(text, "Dumas"), spans(text, "Amadu"))
                .isPresent());
        assertTrue(attribution
                .byName(text, spans(text, "Amadu"), spans(text, "Dumas"))
                .isPresent());
    }

    @Test
    void aPronounSpeaksAtTheOpeningOfTheSentenceOrOfAClause() {
        assertTrue(
                attribution.byPronoun("\u201CThis is a victory,\u201D he said.").isPresent());
        assertTrue(attribution
                .byPronoun("She also noted that the deadline had passed.")
                .isPresent());
        String clause = "On Crimea, which Russia annexed in 2014, he said the issue was closed.";
        assertFalse(attribution.byPronoun(clause).isPresent(), "the quiz keeps to the plain openings");
        assertTrue(attribution.byPronounInClause(clause).isPresent());
        assertFalse(attribution
                .byPronounInClause("Lavrov thanked the hosts and he said the talks were useful.")
                .isPresent());
    }

    @Test
    void aQuotationNoOneIsSaidToSpeakGoesOnWithTheSpeakerBefore() {
        assertTrue(attribution.unattributedQuotation("\u201CWe see this as a positive step.\u201D"));
        assertFalse(attribution.unattributedQuotation("\u201CWe see this as a step,\u201D Zelenskyy said."));
        assertFalse(attribution.unattributedQuotation("\u201CNo land for peace\u201D read a banner outside."));
        assertFalse(attribution.unattributedQuotation("Zelenskyy called it \u201Ca positive step.\u201D"));
        assertEquals(
                "Trump said " + " ".repeat("\"Kim is\"".length()) + ".",
                Attribution.outsideQuotes("Trump said \"Kim is\"."),
                "quotations are blanked, so the names in them are not looked for");
    }
}

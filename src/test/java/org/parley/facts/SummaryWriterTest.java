package org.parley.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary's choices: each party's strongest objection, and an outcome's party only where its sentence gives it. */
class SummaryWriterTest {

    private static List<String> lines(Facts f, String heading) {
        return new SummaryWriter(s -> s)
                .parts(f).stream()
                        .filter(p -> p.heading().equals(heading))
                        .findFirst()
                        .orElseThrow()
                        .lines();
    }

    @Test
    void aDayWithoutAYearIsGivenTheArticlesDateBesideIt() {
        String when = lines(Extract.fixture("minsk"), "The meeting").stream()
                .filter(l -> l.startsWith("**When:**"))
                .findFirst()
                .orElseThrow();
        assertTrue(when.startsWith("**When:** Feb. 12 (the article is dated 2015-02-12) [\u00B61]"), when);
        // A day the text dates with its year needs none.
        String undated = lines(
                        Extract.texts("---\ndate: 2031-06-12\n---\n\nTalks end\n\nKestria and Norvale met in "
                                + "Dorvik on 11 June 2031 and agreed a ceasefire."),
                        "The meeting")
                .stream()
                .filter(l -> l.startsWith("**When:**"))
                .findFirst()
                .orElseThrow();
        assertFalse(undated.contains("the article is dated"), undated);
    }

    @Test
    void objectionsWithoutASideAreEachPersonsNotOneUnattributedLine() {
        Facts f = Extract.texts("Talks end\n\nThe envoys met in Dorvik on Monday. Opposition leader Mara Velt "
                + "rejected the deal. Senator Ivo Rask said he opposed the deal too.\n\nIn the capital, several farmers' "
                + "unions denounced the deal.");
        List<String> objections = lines(f, "Objections");
        assertEquals(3, objections.size(), objections.toString());
        assertTrue(
                objections.get(0).startsWith("\u2022 **Mara Velt**: \u201COpposition leader"), objections.toString());
        assertTrue(objections.get(1).startsWith("\u2022 **Ivo Rask**: "), objections.toString());
        assertTrue(
                objections.get(2).startsWith("\u2022 **Unattributed**: \u201CIn the capital"), objections.toString());
    }

    @Test
    void ukrainesObjectionIsZelenskyysRejectionNotTheGeneralLine() {
        Facts f = Extract.firstArticle();
        // Ukraine objects in four sentences; the lead's general line comes first.
        assertTrue(
                f.objections().stream().filter(o -> o.party().equals("Ukraine")).count() >= 3,
                f.objections().toString());
        assertEquals(1, f.objections().get(0).citation().paragraph().number());
        Objection ukraine = f.strongestObjections().get("Ukraine");
        assertEquals("Volodymyr Zelenskyy", ukraine.person());
        assertEquals(4, ukraine.citation().paragraph().number());
        assertTrue(ukraine.objection().contains("firmly rejected the talks"), ukraine.objection());
        assertEquals(
                List.of("Ukraine", "Europe", "France"),
                List.copyOf(f.strongestObjections().keySet()));
        String line = lines(f, "Objections").get(0);
        assertTrue(
                line.startsWith(
                        "\u2022 **Ukraine** (Volodymyr Zelenskyy): \u201CUkrainian President Volodymyr Zelenskyy firmly rejected"),
                line);
        assertTrue(line.endsWith("[\u00B64]"), line);
    }

    /**
     * Velmora objects first in a general line with stronger cues, then through its opposition leader's own words;
     * the EU first in a general line, then in a quoted statement with weaker cues.
     */
    @Test
    void aNamedPersonsWordsBeatAGeneralLineAndAQuoteBeatsStrongerCues() {
        Facts f = Extract.fixture("velmora");
        List<Objection> velmora =
                f.objections().stream().filter(o -> o.party().equals("Velmora")).toList();
        List<Objection> eu = f.objections().stream()
                .filter(o -> o.party().equals("European Union"))
                .toList();
        assertEquals(2, velmora.size(), f.objections().toString());
        assertEquals(2, eu.size(), f.objections().toString());
        // The ranking is what chooses here: by cue score or by order the first line of each would win.
        for (List<Objection> party : List.of(velmora, eu)) {
            assertTrue(
                    f.of(party.get(0).citation().key()).objection()
                            > f.of(party.get(1).citation().key()).objection(),
                    party.toString());
        }
        Map<String, Objection> strongest = f.strongestObjections();
        assertEquals("Teodor Brann", strongest.get("Velmora").person());
        assertTrue(strongest.get("Velmora").objection().contains("We will not accept"));
        assertEquals("", strongest.get("European Union").person());
        assertTrue(strongest.get("European Union").objection().startsWith("The European Union later rejected"));
        List<String> objections = lines(f, "Objections");
        assertEquals(2, objections.size(), objections.toString());
        assertTrue(
                objections.get(0).startsWith("\u2022 **Velmora** (Teodor Brann): \u201CVelmoran opposition leader"),
                objections.get(0));
        assertTrue(
                objections.get(1).startsWith("\u2022 **European Union**: \u201CThe European Union later rejected"),
                objections.get(1));
    }

    @Test
    void anOutcomeHasAPartyOnlyWhereItsSentenceSaysWhoseItIs() {
        Map<String, List<String>> parties = partiesByOutcome(Extract.firstArticle());
        assertEquals(List.of("United States", "Russia"), parties.get("The United States and Russia have taken"));
        assertEquals(
                List.of("United States", "Russia"),
                parties.get("In landmark discussions, U.S. Secretary of State Marco Rubio"));
        // Named in the sentence, but not as the ones whose outcome it is.
        assertEquals(List.of(), parties.get("A key outcome of the meeting"));
        assertEquals(List.of(), parties.get("A potential summit between Trump"));
        assertEquals(List.of("United States"), parties.get("U.S. officials, including"));

        Map<String, List<String>> velmora = partiesByOutcome(Extract.fixture("velmora"));
        assertEquals(List.of("Velmora", "Istrana"), velmora.get("Velmora and Istrana agreed"));
        assertEquals(List.of("Istrana"), velmora.get("Istrana will lift its ban"));
        assertEquals(List.of(), velmora.get("Under the accord, a joint fisheries board"));
        assertEquals(
                List.of(),
                velmora.get("Faro said the accord would"),
                "what Faro reports is the accord's, not Istrana's");
    }

    @Test
    void speechAndDatelinesAreReadPastToTheSubject() {
        Map<String, List<String>> parties =
                partiesByOutcome(Extract.texts("KELDA - Norway and Sweden agreed on Friday to a joint patrol. "
                        + "Ukraine said on Tuesday that it was prepared to accept the proposal. "
                        + "Lavrov said the two sides had agreed to a swap. "
                        + "The Ukraine peace talks will resume next week under a new roadmap."));
        assertEquals(List.of("Norway", "Sweden"), parties.get("KELDA - Norway and Sweden"));
        assertEquals(List.of("Ukraine"), parties.get("Ukraine said on Tuesday"));
        assertEquals(List.of(), parties.get("Lavrov said the two sides"));
        assertEquals(List.of(), parties.get("The Ukraine peace talks"));
    }

    @Test
    void theSummaryShowsAnOutcomesPartyOnlyWhenKnown() {
        List<String> outcomes = lines(Extract.firstArticle(), "Outcomes");
        assertFalse(outcomes.isEmpty());
        assertTrue(
                outcomes.contains(
                        "\u2022 **United States and Russia**: \u201CThe United States and Russia have taken an unexpected "
                                + "step towards diplomacy, agreeing to work on ending the war in Ukraine and improving their strained relationship.\u201D [\u00B61]"),
                outcomes.toString());
        assertTrue(
                outcomes.stream().anyMatch(l -> l.startsWith("\u2022 \u201CA key outcome of the meeting")),
                outcomes.toString());
    }

    @Test
    void anotherArticlesDayForTheTalksIsShownBesideTheFirst() {
        Facts f = Extract.texts(
                "Corridor agreed\n\nThe accord was signed in Helsinki on 11 March after two days of talks.",
                "Corridor deal\n\nAfter three days of negotiations, envoys signed a memorandum on Wednesday, March 12.",
                "Corridor, day two\n\nThe talks ended in Helsinki on 11 March, a day of long sessions.");
        assertEquals(
                List.of("March 12"),
                f.meeting().otherDates().stream().map(Meeting.Dated::when).toList(),
                "the third article's \"11 March\" is the first article's day, not another");
        String when = lines(f, "The meeting").stream()
                .filter(l -> l.startsWith("**When:**"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "**When:** 11 March [Corridor agreed \u00B61] \u2014 another article gives March 12 [Corridor deal \u00B61]",
                when);
        assertTrue(Extract.texts("Talks\n\nThe talks ended in Oslo on 3 May.")
                .meeting()
                .otherDates()
                .isEmpty());
    }

    @Test
    void anArticlesPublicationDateIsNotGivenAsTheDayOfTheTalks() {
        // The first article dates itself 2025-02-18 and never says on which day the talks were held.
        assertEquals(
                List.of("**When:** the text does not say; published 2025-02-18"),
                lines(Extract.firstArticle(), "The meeting").stream()
                        .filter(l -> l.startsWith("**When:**"))
                        .toList());
    }

    /** Each outcome's parties, keyed by the opening of its sentence (the first key that the sentence starts with). */
    private static Map<String, List<String>> partiesByOutcome(Facts f) {
        assertFalse(f.outcomes().isEmpty());
        return new java.util.AbstractMap<>() {
            @Override
            public List<String> get(Object opening) {
                return f.outcomes().stream()
                        .filter(o -> o.text().startsWith((String) opening))
                        .findFirst()
                        .map(Outcome::parties)
                        .orElseThrow(() -> new AssertionError("no outcome opens with " + opening + ": "
                                + f.outcomes().stream().map(Outcome::text).toList()));
            }

            @Override
            public java.util.Set<Entry<String, List<String>>> entrySet() {
                throw new UnsupportedOperationException();
            }
        };
    }
}

package org.parley.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.answer.Answer;
import org.parley.answer.Citation;
import org.parley.answer.Facet;
import org.parley.answer.Lead;
import org.parley.answer.Note;
import org.parley.answer.QuestionType;

/** Each kind of lead worded as the engine wrote it before it returned data; the reply within one Discord message. */
class AnswerTextTest {

    private static final Citation RIYADH = citation("Rubio and Lavrov met in Riyadh.", "Talks in Riyadh", 2);
    private static final Citation ISTANBUL = citation("Medinsky led Russia's team.", "Talks in Istanbul", 4);
    private static final Lead.Person RUBIO = new Lead.Person("Marco Rubio", "U.S. Secretary of State", "United States");
    private static final Lead.Person LAVROV = new Lead.Person("Sergey Lavrov", "Foreign Minister", "Russia");

    @Test
    void attendeesNameTheirRolesAndWhoElseIsNamed() {
        assertEquals(
                "**Marco Rubio** (U.S. Secretary of State) and **Sergey Lavrov** (Foreign Minister) were at the talks;"
                        + " also named, but not placed at the talks: **Volodymyr Zelenskyy** \u2014 according to"
                        + " *Talks in Riyadh*:",
                lead(new Lead.Attendees(List.of(RUBIO, LAVROV), List.of("Volodymyr Zelenskyy")), RIYADH));
        assertEquals(
                "**Marco Rubio** (U.S. Secretary of State) was at the talks \u2014 according to the articles:",
                lead(new Lead.Attendees(List.of(RUBIO), List.of()), RIYADH, ISTANBUL));
    }

    @Test
    void partiesAreNamedWithoutPeople() {
        assertEquals(
                "**United States** and **Russia** were at the talks \u2014 according to *Talks in Riyadh*:",
                lead(new Lead.Parties(List.of("United States", "Russia")), RIYADH));
        assertEquals(
                "**Ukraine** was at the talks \u2014 according to the articles:",
                lead(new Lead.Parties(List.of("Ukraine")), RIYADH, ISTANBUL));
    }

    @Test
    void attendanceSaysYesOrThatTheArticlesDoNotPlaceThePerson() {
        assertEquals(
                "Yes \u2014 **Sergey Lavrov** (Foreign Minister) was at the talks, according to *Talks in Riyadh*:",
                lead(new Lead.Attendance(LAVROV, true), RIYADH));
        assertEquals(
                "*Talks in Riyadh* does not place **Volodymyr Zelenskyy** at the talks:",
                lead(new Lead.Attendance(new Lead.Person("Volodymyr Zelenskyy", "", ""), false), RIYADH));
        assertEquals(
                "No \u2014 *Talks in Riyadh* does not place **Volodymyr Zelenskyy** at the talks:",
                lead(new Lead.Attendance(new Lead.Person("Volodymyr Zelenskyy", "", ""), false, true), RIYADH));
        assertEquals(
                "The articles do not place **Volodymyr Zelenskyy** at the talks:",
                lead(new Lead.Attendance(new Lead.Person("Volodymyr Zelenskyy", "", ""), false), RIYADH, ISTANBUL));
    }

    @Test
    void aRollSaysYesOrNoForEach() {
        Lead.Attendance lavrov = new Lead.Attendance(LAVROV, true);
        Lead.Attendance zelenskyy = new Lead.Attendance(new Lead.Person("Volodymyr Zelenskyy", "", ""), false);
        Lead.Attendance rubio = new Lead.Attendance(RUBIO, true);
        assertEquals(
                "**Sergey Lavrov** (Foreign Minister) was at the talks; *Talks in Riyadh* does not place"
                        + " **Volodymyr Zelenskyy** there:",
                lead(new Lead.Roll(List.of(lavrov, zelenskyy), false), RIYADH));
        assertEquals(
                "Yes \u2014 **Marco Rubio** (U.S. Secretary of State) and **Sergey Lavrov** (Foreign Minister) were at"
                        + " the talks, according to *Talks in Riyadh*:",
                lead(new Lead.Roll(List.of(rubio, lavrov), false), RIYADH));
        assertEquals(
                "The articles do not place **Volodymyr Zelenskyy** at the talks:",
                lead(new Lead.Roll(List.of(zelenskyy), false), RIYADH, ISTANBUL));
        // "Did Lavrov not attend?": a bare yes or no would be read both ways, so the facts come without one.
        assertEquals(
                "**Sergey Lavrov** (Foreign Minister) was at the talks, according to *Talks in Riyadh*:",
                lead(new Lead.Roll(List.of(lavrov), true), RIYADH));
        assertEquals(
                "The articles do not place **Volodymyr Zelenskyy** at the talks:",
                lead(new Lead.Roll(List.of(zelenskyy), true), RIYADH, ISTANBUL));
    }

    @Test
    void aPostLeadNamesTheSourceThatGivesIt() {
        assertEquals(
                "*Talks in Riyadh* names **Marco Rubio** as U.S. Secretary of State:",
                lead(new Lead.Post(RUBIO), RIYADH));
        assertEquals(
                "The articles name **Sergey Lavrov** as Foreign Minister:",
                lead(new Lead.Post(LAVROV), RIYADH, ISTANBUL));
    }

    @Test
    void listLeads() {
        assertEquals(
                "Objections came from **Ukraine**, **France** and **the EU**, according to *Talks in Riyadh*:",
                lead(new Lead.Objectors(List.of("Ukraine", "France", "the EU")), RIYADH));
        assertEquals(
                "Here is what was agreed or planned, according to *Talks in Riyadh*:",
                lead(new Lead.Outcomes(), RIYADH));
        assertEquals("Still open, according to the articles:", lead(new Lead.OpenQuestions(), RIYADH, ISTANBUL));
    }

    @Test
    void peopleDatesAndPlainQuotes() {
        assertEquals(
                "**Sergey Lavrov** (Foreign Minister) and **Kirill Dmitriev** \u2014 according to *Talks in Riyadh*:",
                lead(new Lead.People(List.of(LAVROV, new Lead.Person("Kirill Dmitriev", "", ""))), RIYADH));
        assertEquals(
                "The article does not date the talks themselves; it was published 18 February 2025. Here is what"
                        + " *Talks in Riyadh* says:",
                lead(new Lead.Undated("18 February 2025"), RIYADH));
        assertEquals(
                "The talks were on **Tuesday 18 February 2025**, counting from the article's date (2025-02-19)"
                        + " \u2014 according to *Talks in Riyadh*:",
                lead(new Lead.Weekday("Tuesday 18 February 2025", "2025-02-19"), RIYADH));
        assertEquals("According to *Talks in Riyadh*:", lead(new Lead.Quoted(), RIYADH, RIYADH));
    }

    @Test
    void aLikelyWrongQuoteIsOfferedAsTheClosestNotAsTheAnswer() {
        assertEquals(
                "This may not answer your question. The closest passage, in *Talks in Riyadh*:",
                lead(new Lead.Closest(), RIYADH));
        assertEquals(
                "This may not answer your question. The closest passages, in the articles:",
                lead(new Lead.Closest(), RIYADH, ISTANBUL));
    }

    @Test
    void refusalsSayWhyAndWhatWasSearched() {
        assertEquals(
                "I couldn't find that in the article I have (*Talks in Riyadh*), so I won't guess. Try asking about"
                        + " who took part, what was agreed, or who objected.",
                lead(new Lead.Refusal(Lead.Reason.NOT_FOUND, 1, Optional.of("Talks in Riyadh"))));
        assertTrue(lead(new Lead.Refusal(Lead.Reason.NOT_FOUND, 3, Optional.empty()))
                .startsWith("I couldn't find that in the 3 articles I have, so I won't guess."));
        assertEquals(
                "Ask me something about the talks \u2014 for example, *Who took part?*, *What was agreed?* or"
                        + " *Who objected, and why?*",
                lead(new Lead.Refusal(Lead.Reason.EMPTY_QUESTION, 1, Optional.empty())));
        assertEquals(
                "Could you say a little more? I need a few words about what you want to know \u2014 a person, a"
                        + " country, an outcome.",
                lead(new Lead.Refusal(Lead.Reason.TOO_VAGUE, 1, Optional.empty())));
    }

    @Test
    void aRefusalShowsALongTitleCutAsTheSourceLineDoes() {
        String title = "Talks ".repeat(100).strip();
        String refusal = lead(new Lead.Refusal(Lead.Reason.NOT_FOUND, 1, Optional.of(title)));

        assertFalse(refusal.contains(title), refusal);
        assertTrue(refusal.startsWith("I couldn't find that in the article I have (*Talks Talks"), refusal);
        assertTrue(refusal.length() < 256 + 200, refusal);
        assertTrue(refusal.endsWith("Try asking about who took part, what was agreed, or who objected."), refusal);
    }

    @Test
    void factsFromTheArticlesAreEscaped() {
        String lead = lead(new Lead.People(List.of(new Lead.Person("@everyone *Bold*", "<@123>", ""))), RIYADH);
        assertTrue(lead.startsWith("**@\u200Beveryone \\*Bold\\*** (<\u200B@\u200B123\\>)"), lead);
    }

    @Test
    void aCutQuestionIsNotedUnderTheLeadAndAboveTheReply() {
        Answer answer = answer(new Lead.Quoted(), List.of(new Note.QuestionCut(500)), List.of(RIYADH));
        String note = "\n-# Your question was long, so I read only its first 500 characters.";

        assertEquals("According to *Talks in Riyadh*:" + note, AnswerText.lead(answer));
        assertEquals(
                note.strip()
                        + "\nAccording to *Talks in Riyadh*:\n\n> **1.** \u201CRubio and Lavrov met in Riyadh.\u201D"
                        + "\n> \u2014 *Talks in Riyadh*, section \u201CTalks\u201D, paragraph 2 \u00B7"
                        + " <https://example.org/talks-in-riyadh>",
                AnswerText.markdown(answer));
    }

    @Test
    void aRefusalIsItsLeadAlone() {
        Answer refused = answer(new Lead.Refusal(Lead.Reason.TOO_VAGUE, 1, Optional.empty()), List.of(), List.of());
        assertFalse(refused.answered());
        assertEquals(AnswerText.lead(refused), AnswerText.markdown(refused));
    }

    @Test
    void quotesThatDoNotFitInOneMessageAreCounted() {
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < 12; i++) citations.add(citation(("Quote " + i + " is long. ").repeat(20), "T", i + 1));

        String markdown = AnswerText.markdown(answer(new Lead.Quoted(), List.of(), citations));

        assertTrue(markdown.length() <= AnswerText.DISCORD_MESSAGE, () -> "length " + markdown.length());
        assertTrue(markdown.contains("> **1.** \u201CQuote 0 is long."), markdown);
        int shown = markdown.split("\n> \\*\\*").length - 1;
        assertTrue(shown >= 1 && shown < 12, "shown " + shown);
        assertTrue(markdown.endsWith("\n-# " + (12 - shown) + " more quotes did not fit here."), markdown);
    }

    @Test
    void aFirstQuoteTooLongForTheMessageIsCutAtAWordRatherThanLeftOut() {
        Citation longest = citation("The envoys spoke at length about water. ".repeat(65), "Long talks", 3);
        assertTrue(longest.quote().length() > AnswerText.DISCORD_MESSAGE);

        String markdown = AnswerText.markdown(answer(new Lead.Quoted(), List.of(), List.of(longest, RIYADH)));

        assertTrue(markdown.length() <= AnswerText.DISCORD_MESSAGE, () -> "length " + markdown.length());
        assertTrue(markdown.contains("> **1.** \u201CThe envoys spoke at length about water."), markdown);
        assertTrue(markdown.contains("\u2026\u201D\n> \u2014 *Long talks*, section"), markdown);
        assertTrue(markdown.endsWith("\n-# 1 more quote did not fit here."), markdown);
    }

    @Test
    void aHugeLeadIsCutToLeaveRoomForTheNote() {
        Lead huge = new Lead.People(List.of(new Lead.Person("Name ".repeat(1_000), "", "")));
        String markdown = AnswerText.markdown(answer(huge, List.of(), List.of(RIYADH)));
        assertTrue(markdown.length() <= AnswerText.DISCORD_MESSAGE, () -> "length " + markdown.length());
        assertTrue(markdown.endsWith("\n-# 1 more quote did not fit here."), markdown);
    }

    @Test
    void readAsAndMoreQuotesAreWordedOnce() {
        assertEquals("-# Read as: What did Lavrov say?", AnswerText.readAs("What did Lavrov say?"));
        assertEquals("1 more quote did not fit", AnswerText.moreQuotes(1));
        assertEquals("3 more quotes did not fit", AnswerText.moreQuotes(3));
    }

    private static String lead(Lead lead, Citation... citations) {
        return AnswerText.lead(answer(lead, List.of(), List.of(citations)));
    }

    private static Answer answer(Lead lead, List<Note> notes, List<Citation> citations) {
        return new Answer("Who met?", lead, notes, citations, 0.9, 3, QuestionType.WHO, Facet.NONE);
    }

    private static Citation citation(String quote, String title, int paragraph) {
        return new Citation(
                quote,
                title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
                title,
                "Talks",
                paragraph,
                1,
                Optional.of("https://example.org/"
                        + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')),
                quote,
                0.5);
    }
}

package org.parley.store;

import java.util.List;
import java.util.Optional;
import org.parley.answer.Answer;
import org.parley.answer.Citation;
import org.parley.answer.Facet;
import org.parley.answer.Lead;
import org.parley.answer.Note;
import org.parley.answer.QuestionType;

/** Answers as the engine shapes them, for recording in the store. */
final class Answers {

    private Answers() {}

    static Answer answered(String question, Lead lead, List<Note> notes, String quote, String title, int paragraph) {
        Citation first = new Citation(quote, "doc", title, "Lead", paragraph, 1, Optional.empty(), quote, 0.9);
        Citation second = new Citation(
                "Another sentence.",
                "doc",
                title,
                "Lead",
                paragraph + 1,
                1,
                Optional.empty(),
                "Another sentence.",
                0.5);
        return new Answer(question, lead, notes, List.of(first, second), 0.875, 5, QuestionType.WHO, Facet.NONE);
    }

    static Answer answered(String question) {
        return answered(
                question,
                new Lead.People(List.of(new Lead.Person("A", "", ""), new Lead.Person("B", "", ""))),
                List.of(),
                "The sessions were chaired by Rafael Quintero.",
                "Talks in Riyadh",
                3);
    }

    /** Answered with the closest passage only: the first quote more likely wrong than right. */
    static Answer closest(String question) {
        Answer a = answered(question, new Lead.Closest(), List.of(), "Talks went on.", "Talks in Riyadh", 2);
        return new Answer(question, a.lead(), a.notes(), a.citations(), 0.3, 5, QuestionType.WHO, Facet.NONE);
    }

    /** Not searched: too few words ("Why?"), so Parley asked for more. */
    static Answer tooVague(String question) {
        return refusal(question, Lead.Reason.TOO_VAGUE, 0, QuestionType.WHY);
    }

    static Answer refused(String question) {
        return refusal(question, Lead.Reason.NOT_FOUND, 0.125, QuestionType.WHO);
    }

    private static Answer refusal(String question, Lead.Reason reason, double confidence, QuestionType type) {
        return new Answer(
                question,
                new Lead.Refusal(reason, 2, Optional.empty()),
                List.of(),
                List.of(),
                confidence,
                5,
                type,
                Facet.NONE);
    }
}

package org.parley.answer;

import java.util.List;

/**
 * A question as Parley understands it.
 *
 * @param listIntent asks for the whole list of a facet ("Who objected?"), not one fact
 * @param asksWords  asks what someone said or thought, so quotes and speech verbs matter
 * @param asksQuantity asks how long, how many or how much, so numbers matter
 * @param asksNext   asks what comes next, so future and scheduling words matter
 */
record Question(
        String text,
        QuestionType type,
        Facet facet,
        boolean listIntent,
        boolean asksWords,
        boolean asksQuantity,
        boolean asksNext,
        List<QueryTerm> terms) {
    Question {
        terms = List.copyOf(terms);
    }

    /** "Where did the talks take place?", "When did the delegations meet?": about the meeting itself. */
    boolean asksAboutTheMeeting() {
        return (type == QuestionType.WHERE || type == QuestionType.WHEN)
                && terms.stream().allMatch(QueryTerm::generic);
    }

    double totalWeight() {
        return terms.stream().mapToDouble(QueryTerm::weight).sum();
    }
}

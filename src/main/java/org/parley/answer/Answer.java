package org.parley.answer;

import java.util.List;

/**
 * Parley's reply to one question, as data: {@code ui.AnswerText} words it for Discord and the console.
 *
 * @param lead      what the reply's first line says: the facts that answer in brief, or why there is no answer
 * @param notes     small print under that line
 * @param citations best first; none for a refusal
 * @param confidence the answerer's probability (0..1) that the first citation answers the question; for a refusal,
 *                   how likely the best sentence it set aside would have
 */
public record Answer(
        String question,
        Lead lead,
        List<Note> notes,
        List<Citation> citations,
        double confidence,
        long tookMs,
        QuestionType type,
        Facet facet) {
    public Answer {
        notes = List.copyOf(notes);
        citations = List.copyOf(citations);
    }

    /** False when the articles do not answer it (then there are no citations). */
    public boolean answered() {
        return !(lead instanceof Lead.Refusal);
    }

    /**
     * A greeting, thanks or a request for the summary, answered in kind: no question to record, refuse or hand to a
     * moderator.
     */
    public boolean smallTalk() {
        return lead instanceof Lead.Refusal r
                && (r.reason() == Lead.Reason.GREETING
                        || r.reason() == Lead.Reason.THANKS
                        || r.reason() == Lead.Reason.SUMMARY);
    }

    /** Answered, but more likely not by its first quote: offered as the closest passage ({@link Lead.Closest}). */
    public boolean tentative() {
        return lead instanceof Lead.Closest;
    }
}

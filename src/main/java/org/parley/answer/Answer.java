package org.parley.answer;

import java.util.List;

/**
 * Parley's reply to one question.
 *
 * @param answered  false when the articles do not answer it (then there are no citations)
 * @param lead      one line that answers in brief, or says why there is no answer
 * @param markdown  the whole reply as Discord markdown: lead, numbered quotes, citations
 * @param citations best first
 * @param confidence the answerer's probability (0..1) that the first citation answers the question; for a refusal,
 *                   how likely the best sentence it set aside would have
 */
public record Answer(
        String question,
        boolean answered,
        String lead,
        String markdown,
        List<Citation> citations,
        double confidence,
        long tookMs,
        QuestionType type,
        Facet facet) {
    public Answer {
        citations = List.copyOf(citations);
    }
}

package org.parley.facts;

import java.util.List;
import java.util.Optional;
import org.parley.corpus.Passage;

/**
 * Who met, where and when, as far as the articles say.
 *
 * @param whenCitation the sentence that dates the talks, when the text does (else the date is the article's)
 * @param weekday      the day of the week the text dates the talks by ("met on Monday") when it gives no calendar
 *                     date: {@code when} is then that day reckoned from the article's date ("Monday 28 July 2025")
 * @param otherDates   other days other articles give the talks (outlets that disagree, or a later day), each cited
 */
public record Meeting(
        List<String> who,
        Optional<String> where,
        Optional<Passage> whereCitation,
        Optional<String> when,
        Optional<Passage> whenCitation,
        Optional<String> weekday,
        List<Dated> otherDates) {
    public Meeting {
        who = List.copyOf(who);
        otherDates = List.copyOf(otherDates);
    }

    /** A day an article gives the talks, with the sentence that gives it. */
    public record Dated(String when, Passage citation) {}
}

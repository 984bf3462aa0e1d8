package org.parley.facts;

import java.util.List;
import java.util.Optional;
import org.parley.corpus.Passage;

/**
 * Who met, where and when, as far as the articles say.
 *
 * @param whenCitation the sentence that dates the talks, when the text does (else the date is the article's)
 * @param otherDates   other days other articles give the talks (outlets that disagree, or a later day), each cited
 */
public record Meeting(
        List<String> who,
        Optional<String> where,
        Optional<Passage> whereCitation,
        Optional<String> when,
        Optional<Passage> whenCitation,
        List<Dated> otherDates) {
    public Meeting {
        who = List.copyOf(who);
        otherDates = List.copyOf(otherDates);
    }

    /** A day an article gives the talks, with the sentence that gives it. */
    public record Dated(String when, Passage citation) {}
}

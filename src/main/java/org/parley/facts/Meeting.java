package org.parley.facts;

import java.util.List;
import java.util.Optional;
import org.parley.corpus.Passage;

/**
 * Who met, where and when, as far as the articles say.
 *
 * @param whenCitation the sentence that dates the talks, when the text does (else the date is the article's)
 */
public record Meeting(
        List<String> who,
        Optional<String> where,
        Optional<Passage> whereCitation,
        Optional<String> when,
        Optional<Passage> whenCitation) {
    public Meeting {
        who = List.copyOf(who);
    }
}

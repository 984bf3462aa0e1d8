package org.parley.facts;

import java.util.List;
import java.util.Optional;
import org.parley.corpus.Passage;

/** Who met, where and when, as far as the articles say. */
public record Meeting(List<String> who, Optional<String> where, Optional<Passage> whereCitation, Optional<String> when) {
    public Meeting {
        who = List.copyOf(who);
    }
}

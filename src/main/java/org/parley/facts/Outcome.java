package org.parley.facts;

import java.util.List;
import org.parley.corpus.Passage;

/**
 * Something agreed, established or planned.
 *
 * @param parties whose outcome it is, only as the sentence itself says: the parties (or their people) its main
 *                clause opens with ("The United States and Russia agreed …"); empty when the sentence names none
 */
public record Outcome(String text, List<String> parties, Passage citation) {
    public Outcome {
        parties = List.copyOf(parties);
    }

    /** The parties as one phrase ("United States and Russia"), or empty. */
    public String party() {
        if (parties.size() <= 1) return parties.isEmpty() ? "" : parties.get(0);
        return String.join(", ", parties.subList(0, parties.size() - 1)) + " and " + parties.get(parties.size() - 1);
    }
}

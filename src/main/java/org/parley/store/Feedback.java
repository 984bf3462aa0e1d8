package org.parley.store;

import java.time.Instant;
import java.util.List;

/**
 * One 👍/👎 on an answer, as stored.
 *
 * @param userHash SHA-256 of the Discord user id, hex; the raw id is never stored
 * @param helpful  true for 👍, false for 👎
 */
public record Feedback(
        Instant timestamp, String question, String lead, List<String> citationKeys, String userHash, boolean helpful) {
    public Feedback {
        citationKeys = List.copyOf(citationKeys);
    }
}

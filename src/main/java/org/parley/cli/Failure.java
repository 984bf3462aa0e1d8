package org.parley.cli;

import java.util.UUID;
import org.slf4j.Logger;

/**
 * A question that failed inside the engine: a short id, logged with the stack trace and shown to the person,
 * so a report can be matched to the log.
 */
record Failure(String id, String message) {

    static Failure logged(Logger log, RuntimeException error) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Question failed [{}]", id, error);
        return new Failure(id, "Sorry, something went wrong while answering (error " + id + ").");
    }
}

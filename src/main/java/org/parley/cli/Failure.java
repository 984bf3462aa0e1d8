package org.parley.cli;

import org.parley.ui.ErrorId;
import org.slf4j.Logger;

/**
 * A question that failed inside the engine: a short id, logged with the stack trace and shown to the person,
 * so a report can be matched to the log. Ids come from the same {@link ErrorId} as the bot's.
 */
record Failure(String id, String message) {

    static Failure logged(Logger log, RuntimeException error) {
        String id = ErrorId.next();
        log.error("Question failed [{}]", id, error);
        return new Failure(id, ErrorId.apology(id));
    }
}

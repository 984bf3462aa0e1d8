package org.parley.discord;

import org.parley.discord.reply.BotReply;
import org.parley.ui.ErrorId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into a polite reply with a short error id, and logs the same id with the stack trace. */
final class ErrorReplies {

    private static final Logger log = LoggerFactory.getLogger(ErrorReplies.class);

    BotReply reply(Throwable error, String doing) {
        String id = ErrorId.next();
        log.error("Error {} while {}", id, doing, error);
        return BotReply.privateNote(ErrorId.apology(id));
    }
}

package org.parley.discord;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.parley.discord.reply.BotReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into a polite reply with a short error id, and logs the same id with the stack trace. */
final class ErrorReplies {

    private static final Logger log = LoggerFactory.getLogger(ErrorReplies.class);

    private final SecureRandom random = new SecureRandom();

    BotReply reply(Throwable error, String doing) {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        log.error("Error {} while {}", id, doing, error);
        return BotReply.privateNote("Sorry \u2014 something went wrong on my side and I could not answer. "
                + "Please try again in a moment. (error id `" + id + "`)");
    }
}

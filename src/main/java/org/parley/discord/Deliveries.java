package org.parley.discord;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import org.parley.discord.reply.BotReply;
import org.parley.store.QuestionLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens once a reply is on Discord: its message is linked to the recorded question (votes after a restart,
 * threads started from it), and a thread is opened from it when the reply asks for one.
 */
final class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final QuestionLog questions;

    Deliveries(QuestionLog questions) {
        this.questions = questions;
    }

    /** Whether {@link #sent} has anything to do, so callers skip fetching the message otherwise. */
    static boolean wanted(BotReply reply) {
        return !reply.ephemeral() && (reply.questionId() > 0 || !reply.thread().isEmpty());
    }

    void sent(BotReply reply, Message message) {
        if (reply.ephemeral()) return;
        if (reply.questionId() > 0) {
            try {
                questions.linkMessage(reply.questionId(), message.getId());
            } catch (RuntimeException e) {
                log.warn(
                        "Could not link message {} to question {}: {}",
                        message.getId(),
                        reply.questionId(),
                        e.toString());
            }
        }
        if (!reply.thread().isEmpty() && message.getChannelType() == ChannelType.TEXT) {
            message.createThreadChannel(reply.thread())
                    .queue(
                            thread -> log.debug("Opened thread {} for question {}", thread.getId(), reply.questionId()),
                            failure -> log.warn(
                                    "Could not open a thread from message {} (I may lack Create Public Threads): {}",
                                    message.getId(),
                                    failure.toString()));
        }
    }
}

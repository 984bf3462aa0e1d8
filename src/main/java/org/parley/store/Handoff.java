package org.parley.store;

import java.time.Instant;

/**
 * A question handed to moderators: from a refusal or a 👎.
 *
 * @param questionId      the {@link QuestionLog} id, 0 when unknown
 * @param messageId       the bot's answer message, "" if unknown
 * @param askerId         the raw Discord id, so the moderator's answer can reach the asker
 * @param reply           what Parley answered
 * @param status          {@link Handoffs#OPEN} or {@link Handoffs#ANSWERED}
 * @param moderatorId     "" while open
 * @param moderatorAnswer "" while open
 * @param answeredAt      null while open
 */
public record Handoff(
        long id,
        Instant at,
        long questionId,
        String guildId,
        String channelId,
        String messageId,
        String askerId,
        String question,
        String reply,
        String status,
        String moderatorId,
        String moderatorAnswer,
        Instant answeredAt) {}

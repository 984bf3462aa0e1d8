package org.parley.store;

import java.time.Instant;

/**
 * Every question Parley answered or refused in public, with where and how.
 *
 * @param guildId       "" for DMs and the console
 * @param userHash      {@link FeedbackStore#hashUserId} of the asker
 * @param firstCitation "Title, paragraph 3"; "" when refused
 * @param via           "slash", "mention", "thread" or "console"
 */
public record AskedQuestion(
        long id,
        Instant at,
        String guildId,
        String channelId,
        String userHash,
        String question,
        boolean answered,
        double confidence,
        String lead,
        String firstQuote,
        String firstCitation,
        String via) {}

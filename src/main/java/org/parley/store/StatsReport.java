package org.parley.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Moderators' figures for the questions asked in {@code [from, to)}.
 *
 * @param answered      questions answered from the articles, not counting those offered only the closest passage
 *                      (as the session digest counts them); per day and per channel likewise
 * @param helpful       👍 votes cast in the period
 * @param unhelpful     👎 votes cast in the period
 * @param mostRefused   refused questions, by how often they were asked (same question = same normalised text)
 * @param mostClosest   questions offered only the closest passage (a reply under confidence one half), likewise
 * @param mostDownvoted questions by how many 👎 they got
 * @param perDay        UTC days with at least one question, oldest first
 * @param perChannel    channels by questions asked, most first
 */
public record StatsReport(
        Instant from,
        Instant to,
        long asked,
        long answered,
        long helpful,
        long unhelpful,
        List<Count> mostRefused,
        List<Count> mostClosest,
        List<Count> mostDownvoted,
        List<DayCount> perDay,
        List<ChannelCount> perChannel) {

    public StatsReport {
        mostRefused = List.copyOf(mostRefused);
        mostClosest = List.copyOf(mostClosest);
        mostDownvoted = List.copyOf(mostDownvoted);
        perDay = List.copyOf(perDay);
        perChannel = List.copyOf(perChannel);
    }

    /** A question, as first asked, and how many times it counted. */
    public record Count(String question, long times) {}

    public record DayCount(LocalDate day, long asked, long answered) {}

    public record ChannelCount(String channelId, long asked, long answered) {}

    /** The share of questions answered from the articles, 0 when nothing was asked. */
    public double answeredShare() {
        return asked == 0 ? 0 : (double) answered / asked;
    }
}

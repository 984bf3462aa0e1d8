package org.parley.store;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What moderators read in /stats, as data both Discord (an embed) and the console (markdown) lay out: a title, one
 * line of totals, and headed lists.
 *
 * @param parts the refused and voted-down questions (what the articles lack), then per day and per channel
 */
public record StatsView(String title, String totals, List<Part> parts) {

    /** One headed list; {@code inline} parts sit side by side in an embed. */
    public record Part(String heading, List<String> lines, boolean inline) {}

    /** The last {@code days} days up to and including now; the store's periods are [from, to). */
    public record Period(Instant from, Instant to, long days) {
        /** Days asked for when none are given, and the most one report covers (a year, to the day). */
        public static final long DEFAULT_DAYS = 7;

        public static final int MAX_DAYS = 366;

        public static Period lastDays(Instant now, long days) {
            long kept = Math.max(1, Math.min(MAX_DAYS, days));
            // A question asked this very millisecond belongs in "the last N days".
            Instant to = now.plusMillis(1);
            return new Period(to.minus(java.time.Duration.ofDays(kept)), to, kept);
        }
    }

    /** Channels listed at most; more are in the CSV export. */
    public static final int MAX_CHANNELS = 10;

    /**
     * @param escape makes question text safe where it is shown
     * @param channel how a channel id is shown ({@code <#id>} on Discord)
     */
    public static StatsView of(StatsReport r, long days, UnaryOperator<String> escape, UnaryOperator<String> channel) {
        String share = r.asked() == 0 ? "\u2014" : Math.round(100 * r.answeredShare()) + "%";
        String totals = "**" + r.asked() + "** asked \u00B7 **" + r.answered() + "** answered from the articles ("
                + share + ") \u00B7 \uD83D\uDC4D " + r.helpful() + " \u00B7 \uD83D\uDC4E " + r.unhelpful();
        return new StatsView(
                "Parley stats \u2014 last " + days + (days == 1 ? " day" : " days"),
                totals,
                List.of(
                        new Part("Most often refused (what the articles lack)", counts(r.mostRefused(), escape), false),
                        new Part(
                                "Most often offered only the closest passage (what they answer loosely)",
                                counts(r.mostClosest(), escape),
                                false),
                        new Part("Most voted down", counts(r.mostDownvoted(), escape), false),
                        new Part(
                                "Per day (asked / answered)",
                                r.perDay().stream()
                                        .map(d -> d.day() + ": " + d.asked() + " / " + d.answered())
                                        .toList(),
                                true),
                        new Part(
                                "Per channel (asked / answered)",
                                r.perChannel().stream()
                                        .limit(MAX_CHANNELS)
                                        .map(c ->
                                                channel.apply(c.channelId()) + ": " + c.asked() + " / " + c.answered())
                                        .toList(),
                                true)));
    }

    public String markdown() {
        StringBuilder out = new StringBuilder("**")
                .append(title)
                .append("**\n")
                .append(totals)
                .append('\n');
        for (Part p : parts) {
            out.append("\n**").append(p.heading()).append("**\n");
            out.append(p.lines().isEmpty() ? "\u2014" : String.join("\n", p.lines()))
                    .append('\n');
        }
        return out.toString().strip();
    }

    private static List<String> counts(List<StatsReport.Count> counts, UnaryOperator<String> escape) {
        return counts.stream()
                .map(c -> "\u2022 " + escape.apply(c.question()) + " (" + c.times() + "\u00D7)")
                .toList();
    }
}

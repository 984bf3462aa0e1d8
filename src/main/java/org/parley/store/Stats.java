package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.store.StatsReport.ChannelCount;
import org.parley.store.StatsReport.Count;
import org.parley.store.StatsReport.DayCount;
import org.parley.ui.AnswerText;

/**
 * Moderators' figures over the question log and the feedback. Periods are half-open, {@code [from, to)}; a
 * guild id of "" means every guild. A vote belongs to a guild through the question it is linked to, so votes
 * never linked to a question (id 0) count only when every guild is asked for.
 */
public final class Stats {

    private static final long DAY_MILLIS = 86_400_000L;
    private static final String QUESTIONS =
            " FROM question q WHERE q.asked_at >= ? AND q.asked_at < ? " + "AND (? = '' OR q.guild_id = ?) ";
    private static final String VOTES = " FROM feedback f LEFT JOIN question q ON q.id = f.question_id "
            + "WHERE f.created_at >= ? AND f.created_at < ? AND (? = '' OR q.guild_id = ?) ";
    private static final String CSV_HEADER =
            "at,guild,channel,via,question,answered,confidence,helpful_votes," + "unhelpful_votes,first_citation";

    /** Questions answered and not only with the closest passage (its lead's opening, the one parameter). */
    private static final String ANSWERED_WELL = "SUM(CASE WHEN q.answered = 1 AND q.lead NOT LIKE ? THEN 1 ELSE 0 END)";

    private final Database db;

    public Stats(Database db) {
        this.db = db;
    }

    /**
     * @param top how many questions {@code mostRefused} and {@code mostDownvoted} list at most
     */
    public StatsReport report(String guildId, Instant from, Instant to, int top) {
        Object[] period = {from, to, guildId, guildId};
        return db.read("read the figures", c -> {
            // "Answered" as the session digest counts it: not the replies that offered only the closest passage.
            Object[] answeredPeriod = {AnswerText.CLOSEST_OPENING + "%", from, to, guildId, guildId};
            long[] totals = Sql.first(
                            c,
                            "SELECT COUNT(*), COALESCE(" + ANSWERED_WELL + ", 0)" + QUESTIONS,
                            r -> new long[] {r.getLong(1), r.getLong(2)},
                            answeredPeriod)
                    .orElseThrow();
            long helpful = Sql.number(c, "SELECT COUNT(*)" + VOTES + "AND f.helpful = 1", period);
            long unhelpful = Sql.number(c, "SELECT COUNT(*)" + VOTES + "AND f.helpful = 0", period);
            // Refused for what the articles lack: not the questions Parley only asked to say more about ("Why?").
            List<Count> refused = mostFrequent(
                    texts(
                            c,
                            "SELECT q.question" + QUESTIONS + "AND q.answered = 0 AND q.lead NOT LIKE ? ORDER BY q.id",
                            from,
                            to,
                            guildId,
                            guildId,
                            AnswerText.VAGUE_OPENING + "%"),
                    top);
            // Answered, but only with the closest passage: what the articles answer loosely, if at all.
            List<Count> closest = mostFrequent(
                    texts(
                            c,
                            "SELECT q.question" + QUESTIONS + "AND q.answered = 1 AND q.lead LIKE ? ORDER BY q.id",
                            from,
                            to,
                            guildId,
                            guildId,
                            AnswerText.CLOSEST_OPENING + "%"),
                    top);
            // A vote linked to a recorded question counts for that question's text, else for the text it was cast on.
            List<Count> downvoted = mostFrequent(
                    texts(
                            c,
                            "SELECT COALESCE(q.question, f.question)" + VOTES + "AND f.helpful = 0 ORDER BY f.id",
                            period),
                    top);
            List<DayCount> perDay = Sql.list(
                    c,
                    "SELECT q.asked_at / " + DAY_MILLIS + " AS day, COUNT(*) AS asked, " + ANSWERED_WELL
                            + " AS answered" + QUESTIONS + "GROUP BY q.asked_at / " + DAY_MILLIS + " ORDER BY day",
                    r -> new DayCount(
                            LocalDate.ofEpochDay(r.getLong("day")), r.getLong("asked"), r.getLong("answered")),
                    answeredPeriod);
            List<ChannelCount> perChannel = Sql.list(
                    c,
                    "SELECT q.channel_id, COUNT(*) AS asked, " + ANSWERED_WELL + " AS answered" + QUESTIONS
                            + "GROUP BY q.channel_id ORDER BY asked DESC, q.channel_id",
                    r -> new ChannelCount(r.getString("channel_id"), r.getLong("asked"), r.getLong("answered")),
                    answeredPeriod);
            return new StatsReport(
                    from,
                    to,
                    totals[0],
                    totals[1],
                    helpful,
                    unhelpful,
                    refused,
                    closest,
                    downvoted,
                    perDay,
                    perChannel);
        });
    }

    /**
     * One CSV row per question asked in the period, oldest first, under a header row:
     * at,guild,channel,via,question,answered,confidence,helpful_votes,unhelpful_votes,first_citation.
     * RFC 4180 (CRLF, quotes doubled); a cell starting with = + - @ gets a leading ' so a spreadsheet shows it
     * as text instead of running it as a formula. Votes are those linked to the question by id.
     */
    public String csv(String guildId, Instant from, Instant to) {
        List<List<String>> rows = db.read(
                "read the questions for a CSV",
                c -> Sql.list(
                        c,
                        "SELECT q.asked_at, q.guild_id, q.channel_id, q.via, "
                                + "q.question, q.answered, q.confidence, q.first_citation, "
                                + "(SELECT COUNT(*) FROM feedback f WHERE f.question_id = q.id AND f.helpful = 1) AS helpful_votes, "
                                + "(SELECT COUNT(*) FROM feedback f WHERE f.question_id = q.id AND f.helpful = 0) AS unhelpful_votes"
                                + QUESTIONS + "ORDER BY q.asked_at, q.id",
                        r -> List.of(
                                Sql.instant(r, "asked_at").toString(),
                                r.getString("guild_id"),
                                r.getString("channel_id"),
                                r.getString("via"),
                                r.getString("question"),
                                String.valueOf(Sql.bool(r, "answered")),
                                String.format(Locale.ROOT, "%.3f", r.getDouble("confidence")),
                                String.valueOf(r.getLong("helpful_votes")),
                                String.valueOf(r.getLong("unhelpful_votes")),
                                r.getString("first_citation")),
                        from,
                        to,
                        guildId,
                        guildId));
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        for (List<String> row : rows) {
            out.append(String.join(",", row.stream().map(Stats::csvCell).toList()))
                    .append("\r\n");
        }
        return out.toString();
    }

    /** One CSV cell: defused against formulas, then quoted when it holds a comma, quote or line break. */
    static String csvCell(String value) {
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static List<String> texts(Connection c, String sql, Object... values) throws SQLException {
        return Sql.list(c, sql, r -> r.getString(1), values);
    }

    /** Groups questions by their normalised form, shown as first asked; most frequent first, then by text. */
    private static List<Count> mostFrequent(List<String> questions, int top) {
        Map<String, Count> byForm = new LinkedHashMap<>();
        for (String q : questions) {
            byForm.merge(QuestionLog.normalise(q), new Count(q, 1), (a, b) -> new Count(a.question(), a.times() + 1));
        }
        return byForm.values().stream()
                .sorted(Comparator.comparingLong(Count::times).reversed().thenComparing(Count::question))
                .limit(top)
                .toList();
    }
}

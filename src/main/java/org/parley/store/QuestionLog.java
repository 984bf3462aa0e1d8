package org.parley.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.answer.Answer;
import org.parley.ui.AnswerText;

/** Records every question Parley answered or refused in public; the ground for hand-offs, feedback and stats. */
public final class QuestionLog {

    private static final String COLUMNS = "id, asked_at, guild_id, channel_id, user_hash, question, answered, "
            + "confidence, lead, first_quote, first_citation, via";

    private final Database db;
    private final Clock clock;

    public QuestionLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Records a question and Parley's answer, committed before this returns (or, while a PostgreSQL server is
     * away, queued in the spool and written when it is back).
     *
     * @param guildId "" for DMs and the console
     * @param userId  the raw id; only its hash is stored
     * @param via     "slash", "mention", "thread" or "console"
     * @return the question's id, for linking feedback and hand-offs to it; 0 (unknown, as for questions never
     *         recorded) when the question was queued
     */
    public long record(String guildId, String channelId, String userId, Answer answer, String via) {
        return db.defer(
                Deferrable.QUESTION,
                clock.instant(),
                guildId,
                channelId,
                FeedbackStore.hashUserId(userId),
                answer.question(),
                answer.answered(),
                answer.confidence(),
                AnswerText.lead(answer),
                Columns.firstQuote(answer),
                Columns.firstLabel(answer),
                via);
    }

    public Optional<AskedQuestion> find(long id) {
        return db.read(
                "read a question",
                c -> Sql.first(c, "SELECT " + COLUMNS + " FROM question WHERE id = ?", QuestionLog::row, id));
    }

    /** Notes the message that carried the answer (sent after the question was recorded); nothing for id 0. */
    public void linkMessage(long id, String messageId) {
        if (id == 0) return;
        db.defer(Deferrable.MESSAGE_LINK, messageId, id);
    }

    /** The question whose answer a message carried; a thread started from that message has the same id. */
    public Optional<AskedQuestion> byMessage(String messageId) {
        if (messageId == null || messageId.isEmpty()) return Optional.empty();
        return db.read(
                "find the question a message answered",
                c -> Sql.first(
                        c,
                        "SELECT " + COLUMNS + " FROM question WHERE message_id = ? ORDER BY id LIMIT 1",
                        QuestionLog::row,
                        messageId));
    }

    /** The channel's latest questions, newest first. */
    public List<AskedQuestion> recentInChannel(String channelId, int limit) {
        return db.read(
                "read a channel's questions",
                c -> Sql.list(
                        c,
                        "SELECT " + COLUMNS + " FROM question WHERE channel_id = ? ORDER BY id DESC " + "LIMIT ?",
                        QuestionLog::row,
                        channelId,
                        limit));
    }

    /**
     * The form under which one question typed with other capitals, spacing or end marks counts once: lower case, whitespace
     * collapsed, trailing ?!. dropped.
     */
    static String normalise(String question) {
        return question.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip().replaceAll("[?!.\\s]+$", "");
    }

    private static AskedQuestion row(ResultSet r) throws SQLException {
        return new AskedQuestion(
                r.getLong("id"),
                Sql.instant(r, "asked_at"),
                r.getString("guild_id"),
                r.getString("channel_id"),
                r.getString("user_hash"),
                r.getString("question"),
                Sql.bool(r, "answered"),
                r.getDouble("confidence"),
                r.getString("lead"),
                r.getString("first_quote"),
                r.getString("first_citation"),
                r.getString("via"));
    }
}

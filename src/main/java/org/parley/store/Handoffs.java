package org.parley.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Questions handed to moderators, and their answers; the first moderator to answer wins. */
public final class Handoffs {

    public static final String OPEN = "open";
    public static final String ANSWERED = "answered";

    private static final String SELECT = "SELECT id, created_at, question_id, guild_id, channel_id, message_id, "
            + "asker_id, question, reply, status, moderator_id, moderator_answer, answered_at FROM handoff ";

    private final Database db;
    private final Clock clock;

    public Handoffs(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Hands a question to the moderators. Asking twice for the same question and asker returns the existing
     * hand-off, open or answered, instead of a second one: the same question is the same {@code questionId}, or
     * the same text when the id is 0 (unknown).
     */
    public Handoff open(
            long questionId,
            String guildId,
            String channelId,
            String messageId,
            String askerId,
            String question,
            String reply) {
        return db.write("hand a question to the moderators", c -> {
            // Two processes handing the same asker's question over at once take turns: the second finds the first's.
            db.dialect().takeTurn(c, "handoff:" + askerId);
            Optional<Handoff> existing = questionId != 0
                    ? Sql.first(
                            c,
                            SELECT + "WHERE question_id = ? AND asker_id = ? ORDER BY id",
                            Handoffs::row,
                            questionId,
                            askerId)
                    : Sql.first(
                            c,
                            SELECT + "WHERE question_id = 0 AND asker_id = ? AND question = ? ORDER BY id",
                            Handoffs::row,
                            askerId,
                            question);
            if (existing.isPresent()) return existing.get();
            long id = Sql.insert(
                    c,
                    "INSERT INTO handoff (created_at, question_id, guild_id, channel_id, message_id, "
                            + "asker_id, question, reply, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    clock.instant(),
                    questionId,
                    guildId,
                    channelId,
                    messageId,
                    askerId,
                    question,
                    reply,
                    OPEN);
            return find(c, id).orElseThrow();
        });
    }

    public Optional<Handoff> find(long id) {
        return db.read("read a hand-off", c -> find(c, id));
    }

    /** Records the moderator's answer; false when it was already answered (first answer wins) or is unknown. */
    public boolean answer(long id, String moderatorId, String answer) {
        // One conditional UPDATE: of two moderators answering at once, exactly one changes the row.
        return db.write(
                "record a moderator's answer",
                c -> Sql.update(
                                c,
                                "UPDATE handoff SET status = ?, moderator_id = ?, moderator_answer = ?, "
                                        + "answered_at = ? WHERE id = ? AND status = ?",
                                ANSWERED,
                                moderatorId,
                                answer,
                                clock.instant(),
                                id,
                                OPEN)
                        == 1);
    }

    /** The hand-offs still open, oldest first. */
    public List<Handoff> open() {
        return db.read(
                "read the open hand-offs",
                c -> Sql.list(c, SELECT + "WHERE status = ? ORDER BY id", Handoffs::row, OPEN));
    }

    private static Optional<Handoff> find(Connection c, long id) throws SQLException {
        return Sql.first(c, SELECT + "WHERE id = ?", Handoffs::row, id);
    }

    private static Handoff row(ResultSet r) throws SQLException {
        return new Handoff(
                r.getLong("id"),
                Sql.instant(r, "created_at"),
                r.getLong("question_id"),
                r.getString("guild_id"),
                r.getString("channel_id"),
                r.getString("message_id"),
                r.getString("asker_id"),
                r.getString("question"),
                r.getString("reply"),
                r.getString("status"),
                orEmpty(r, "moderator_id"),
                orEmpty(r, "moderator_answer"),
                Sql.instantOrNull(r, "answered_at"));
    }

    private static String orEmpty(ResultSet r, String column) throws SQLException {
        String value = r.getString(column);
        return value == null ? "" : value;
    }
}

package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parley.answer.Answer;
import org.parley.ui.AnswerText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Q&amp;A sessions that educators run in a channel: between start and end every question asked there is
 * recorded, and ending the session yields a digest of what was asked and answered. Each question is committed
 * as it is recorded, so a restart loses nothing and an unfinished session resumes where it was.
 */
public final class QaSessions {

    private static final Logger log = LoggerFactory.getLogger(QaSessions.class);
    private static final String RUNNING =
            "SELECT id, started_at FROM qa_session WHERE channel_id = ? AND ended_at IS NULL";

    private final Database db;
    private final Clock clock;

    public QaSessions(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Starts a session in a channel; false when one is already running there (first start wins). */
    public boolean start(String channel, String startedBy) {
        // At most one running session per channel is a unique index: of two processes starting one at once,
        // the second's insert does nothing.
        return db.write(
                "start a Q&A session",
                c -> Sql.update(
                                c,
                                "INSERT INTO qa_session (channel_id, started_by, "
                                        + "started_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                                channel,
                                startedBy,
                                clock.instant())
                        == 1);
    }

    public boolean active(String channel) {
        return db.read("read the Q&A sessions", c -> running(c, channel).isPresent());
    }

    /**
     * Records a question and Parley's answer, when a session runs in the channel (while a PostgreSQL server is
     * away: when one runs there as the queued entry is written). A journal that cannot be written is logged,
     * never allowed to cost the asker their answer.
     */
    public void record(String channel, Answer answer) {
        try {
            db.defer(
                    Deferrable.SESSION_ENTRY,
                    clock.instant(),
                    answer.question(),
                    answer.answered(),
                    AnswerText.lead(answer),
                    Columns.firstQuote(answer),
                    Columns.list(Columns.labels(answer)),
                    channel);
        } catch (RuntimeException e) {
            log.warn("Could not journal a question for the Q&A session in channel {}: {}", channel, e.toString());
        }
    }

    /** Ends the session in a channel and returns its digest; empty when none was running (first end wins). */
    public Optional<Digest> end(String channel) {
        return db.write("end a Q&A session", c -> {
            Optional<Running> session = running(c, channel);
            if (session.isEmpty()) return Optional.empty();
            Instant ended = clock.instant();
            // Conditional: of two processes ending it at once, the second waits for the first and changes nothing.
            if (Sql.update(
                            c,
                            "UPDATE qa_session SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
                            ended,
                            session.get().id())
                    == 0) {
                return Optional.empty();
            }
            List<Digest.Entry> entries = Sql.list(
                    c,
                    "SELECT asked_at, question, answered, lead, first_quote, citations "
                            + "FROM qa_entry WHERE session_id = ? ORDER BY id",
                    row -> new Digest.Entry(
                            Sql.instant(row, "asked_at"),
                            row.getString("question"),
                            Sql.bool(row, "answered"),
                            row.getString("lead"),
                            row.getString("first_quote"),
                            Columns.list(row.getString("citations"))),
                    session.get().id());
            return Optional.of(new Digest(channel, session.get().started(), ended, entries));
        });
    }

    private record Running(long id, Instant started) {}

    private static Optional<Running> running(Connection c, String channel) throws SQLException {
        return Sql.first(c, RUNNING, row -> new Running(row.getLong("id"), Sql.instant(row, "started_at")), channel);
    }

    /** The running session's id in a channel, if any (for the legacy import). */
    static Optional<Long> runningId(Connection c, String channel) throws SQLException {
        return running(c, channel).map(Running::id);
    }

    static long insertSession(Connection c, String channel, String startedBy, Instant at) throws SQLException {
        return Sql.insert(
                c,
                "INSERT INTO qa_session (channel_id, started_by, started_at) VALUES (?, ?, ?)",
                channel,
                startedBy,
                at);
    }

    static void insertEntry(Connection c, long sessionId, Digest.Entry e) throws SQLException {
        Sql.insert(
                c,
                "INSERT INTO qa_entry (session_id, asked_at, question, answered, lead, first_quote, citations) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                sessionId,
                e.at(),
                e.question(),
                e.answered(),
                e.lead(),
                e.firstQuote(),
                Columns.list(e.citations()));
    }
}

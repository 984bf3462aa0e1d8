package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The writes whose callers need nothing back from the database but an id they can do without: while a
 * PostgreSQL server is away they wait in the {@link Spool} and are written, in order, when it is back. Each is
 * one statement; a spooled line names its kind, never SQL, so the spool file cannot carry statements of its own.
 */
enum Deferrable {

    /** Returns the question's id. */
    QUESTION(
            "record a question",
            "INSERT INTO question (asked_at, guild_id, channel_id, user_hash, question, "
                    + "answered, confidence, lead, first_quote, first_citation, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            true),
    MESSAGE_LINK(
            "link a question to the message that carried its answer",
            "UPDATE question SET message_id = ? WHERE id = ?",
            false),
    FEEDBACK(
            "record a vote",
            "INSERT INTO feedback (created_at, question, lead, citation_keys, user_hash, helpful, "
                    + "question_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            false),
    /** Joins the session running in the channel when it is written; nothing when none runs there. */
    SESSION_ENTRY(
            "record a question for a Q&A session",
            "INSERT INTO qa_entry (session_id, asked_at, question, "
                    + "answered, lead, first_quote, citations) SELECT id, ?, ?, ?, ?, ?, ? FROM qa_session "
                    + "WHERE channel_id = ? AND ended_at IS NULL",
            false);

    private final String what;
    private final String sql;
    private final boolean returnsId;

    Deferrable(String what, String sql, boolean returnsId) {
        this.what = what;
        this.sql = sql;
        this.returnsId = returnsId;
    }

    /** What the write does, for "Could not ..." messages. */
    String what() {
        return what;
    }

    /** Runs the statement; the new row's id for {@link #QUESTION}, else the rows it touched. */
    long apply(Connection c, List<Object> values) throws SQLException {
        Object[] bound = values.toArray();
        return returnsId ? Sql.insert(c, sql, bound) : Sql.update(c, sql, bound);
    }
}

package org.parley.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

/** Every 👍/👎 on an answer, in the {@code feedback} table. */
public final class FeedbackStore {

    private final Database db;

    public FeedbackStore(Database db) {
        this.db = db;
    }

    public void record(Feedback feedback) {
        record(feedback, 0);
    }

    /**
     * Committed before this returns, or, while a PostgreSQL server is away, queued in the spool and written when
     * it is back.
     *
     * @param questionId the {@link QuestionLog} id of the question voted on, 0 when unknown
     */
    public void record(Feedback feedback, long questionId) {
        db.defer(Deferrable.FEEDBACK, values(feedback, questionId));
    }

    /** Every vote, oldest first. */
    public List<Feedback> all() {
        return db.read(
                "read the votes",
                c -> Sql.list(
                        c,
                        "SELECT created_at, question, lead, citation_keys, user_hash, helpful "
                                + "FROM feedback ORDER BY id",
                        row -> new Feedback(
                                Sql.instant(row, "created_at"),
                                row.getString("question"),
                                row.getString("lead"),
                                Columns.list(row.getString("citation_keys")),
                                row.getString("user_hash"),
                                Sql.bool(row, "helpful"))));
    }

    static void insert(Connection c, Feedback f, long questionId) throws SQLException {
        Deferrable.FEEDBACK.apply(c, List.of(values(f, questionId)));
    }

    private static Object[] values(Feedback f, long questionId) {
        return new Object[] {
            f.timestamp(), f.question(), f.lead(), Columns.list(f.citationKeys()), f.userHash(), f.helpful(), questionId
        };
    }

    /** SHA-256 of a user id as hex: lets us count distinct voters without keeping who they are. */
    public static String hashUserId(String userId) {
        return sha256Hex(userId.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}

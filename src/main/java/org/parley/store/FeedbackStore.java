package org.parley.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

/** Every 👍/👎 on an answer, in the {@code feedback} table; each vote is committed before {@code record} returns. */
public final class FeedbackStore {

    private final Database db;

    public FeedbackStore(Database db) {
        this.db = db;
    }

    public void record(Feedback feedback) {
        record(feedback, 0);
    }

    /** @param questionId the {@link QuestionLog} id of the question voted on, 0 when unknown */
    public void record(Feedback feedback, long questionId) {
        db.write(c -> insert(c, feedback, questionId));
    }

    /** Every vote, oldest first. */
    public List<Feedback> all() {
        return db.read(c -> Sql.list(c, "SELECT created_at, question, lead, citation_keys, user_hash, helpful "
                + "FROM feedback ORDER BY id", row -> new Feedback(Sql.instant(row, "created_at"),
                row.getString("question"), row.getString("lead"), Columns.list(row.getString("citation_keys")),
                row.getString("user_hash"), Sql.bool(row, "helpful"))));
    }

    static long insert(Connection c, Feedback f, long questionId) throws SQLException {
        return Sql.insert(c, "INSERT INTO feedback (created_at, question, lead, citation_keys, user_hash, helpful, "
                + "question_id) VALUES (?, ?, ?, ?, ?, ?, ?)", f.timestamp(), f.question(), f.lead(),
                Columns.list(f.citationKeys()), f.userHash(), f.helpful(), questionId);
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

package org.parley.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Quizzes in a channel: the caller holds the questions and says whether a choice was right; the store keeps who
 * answered what, one try per person per question, and the scoreboard.
 */
public final class Quizzes {

    private final Database db;
    private final Clock clock;

    public Quizzes(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Starts a quiz of {@code questionCount} questions and returns its id. */
    public long start(String channelId, String startedBy, int questionCount) {
        if (questionCount < 1) throw new IllegalArgumentException("a quiz has at least one question");
        return db.write(
                "start a quiz",
                c -> Sql.insert(
                        c,
                        "INSERT INTO quiz (channel_id, started_by, question_count, started_at) "
                                + "VALUES (?, ?, ?, ?)",
                        channelId,
                        startedBy,
                        questionCount,
                        clock.instant()));
    }

    /**
     * Records one answer. One try per person per question: false if this user already answered that question,
     * and false when the quiz is unknown or has ended.
     *
     * @param questionIndex 0-based, below the quiz's question count
     */
    public boolean answer(long quizId, int questionIndex, String userId, int choice, boolean correct) {
        return db.write("record a quiz answer", c -> {
            Optional<Integer> count = Sql.first(
                    c, "SELECT question_count FROM quiz WHERE id = ? AND ended_at IS NULL", r -> r.getInt(1), quizId);
            if (count.isEmpty()) return false;
            if (questionIndex < 0 || questionIndex >= count.get()) {
                throw new IllegalArgumentException(
                        "quiz " + quizId + " has questions 0 to " + (count.get() - 1) + ", not " + questionIndex);
            }
            // The primary key is the one try: of two clicks at once, on two processes, the second inserts nothing.
            return Sql.update(
                            c,
                            "INSERT INTO quiz_answer (quiz_id, question_index, user_id, choice, correct, "
                                    + "answered_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                            quizId,
                            questionIndex,
                            userId,
                            choice,
                            correct,
                            clock.instant())
                    == 1;
        });
    }

    /** Every player: most right first, then fewest answered, then by user id. */
    public List<QuizScore> scoreboard(long quizId) {
        return db.read(
                "read a quiz's scoreboard",
                c -> Sql.list(
                        c,
                        "SELECT user_id, SUM(correct) AS right_answers, COUNT(*) AS answered "
                                + "FROM quiz_answer WHERE quiz_id = ? GROUP BY user_id "
                                + "ORDER BY right_answers DESC, answered ASC, user_id ASC",
                        r -> new QuizScore(r.getString("user_id"), r.getInt("right_answers"), r.getInt("answered")),
                        quizId));
    }

    /** Ends a quiz; false if it had already ended or is unknown. */
    public boolean end(long quizId) {
        return db.write(
                "end a quiz",
                c -> Sql.update(
                                c,
                                "UPDATE quiz SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
                                clock.instant(),
                                quizId)
                        == 1);
    }

    /** How many questions the quiz was started with, running or ended; empty when the quiz is unknown. */
    public OptionalInt questionCount(long quizId) {
        return db.read(
                "read a quiz's length",
                c -> Sql.first(c, "SELECT question_count FROM quiz WHERE id = ?", r -> r.getInt(1), quizId)
                        .map(OptionalInt::of)
                        .orElse(OptionalInt.empty()));
    }

    public boolean running(long quizId) {
        return db.read(
                "read a quiz",
                c -> Sql.number(c, "SELECT COUNT(*) FROM quiz WHERE id = ? AND ended_at IS NULL", quizId) > 0);
    }

    /** The quiz running in a channel, the latest started if there are several. */
    public OptionalLong runningIn(String channelId) {
        return db.read(
                "read a channel's quiz",
                c -> Sql.first(
                                c,
                                "SELECT id FROM quiz WHERE channel_id = ? AND ended_at IS NULL ORDER BY id DESC",
                                r -> r.getLong(1),
                                channelId)
                        .map(OptionalLong::of)
                        .orElse(OptionalLong.empty()));
    }
}

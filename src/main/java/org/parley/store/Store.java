package org.parley.store;

import java.time.Clock;

/** Everything Parley keeps, over one database: what the bot and the console are given. */
public record Store(
        Database database,
        QuestionLog questions,
        FeedbackStore feedback,
        QaSessions sessions,
        Handoffs handoffs,
        Quizzes quizzes,
        Stats stats) {

    public static Store over(Database database, Clock clock) {
        return new Store(
                database,
                new QuestionLog(database, clock),
                new FeedbackStore(database),
                new QaSessions(database, clock),
                new Handoffs(database, clock),
                new Quizzes(database, clock),
                new Stats(database));
    }
}

package org.parley.discord.reply;

import org.parley.answer.Answer;
import org.parley.answer.AnswerEngine;
import org.parley.store.QaSessions;

/**
 * Asks the engine and renders its answer with buttons that can find the answer again. Public answers in a
 * channel running a Q&amp;A session go into that session's journal; private ones stay private.
 */
public final class AnswerReplies {

    private final AnswerEngine engine;
    private final AnswerRenderer renderer;
    private final RecentAnswers recent;
    private final QaSessions sessions;

    public AnswerReplies(AnswerEngine engine, AnswerRenderer renderer, RecentAnswers recent, QaSessions sessions) {
        this.engine = engine;
        this.renderer = renderer;
        this.recent = recent;
        this.sessions = sessions;
    }

    public BotReply ask(String question, boolean ephemeral, String channelId) {
        Answer answer = engine.ask(question);
        if (!ephemeral) sessions.record(channelId, answer);
        return renderer.render(answer, recent.remember(answer), ephemeral);
    }
}

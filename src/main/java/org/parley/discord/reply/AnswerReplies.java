package org.parley.discord.reply;

import org.parley.answer.Answer;
import org.parley.answer.AnswerEngine;

/** Asks the engine and renders its answer with buttons that can find the answer again. */
public final class AnswerReplies {

    private final AnswerEngine engine;
    private final AnswerRenderer renderer;
    private final RecentAnswers recent;

    public AnswerReplies(AnswerEngine engine, AnswerRenderer renderer, RecentAnswers recent) {
        this.engine = engine;
        this.renderer = renderer;
        this.recent = recent;
    }

    public BotReply ask(String question, boolean ephemeral) {
        Answer answer = engine.ask(question);
        return renderer.render(answer, recent.remember(answer), ephemeral);
    }
}

package org.parley.discord.reply;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.parley.answer.Answer;
import org.parley.answer.AnswerEngine;
import org.parley.answer.FollowUps;
import org.parley.store.QaSessions;
import org.parley.store.QuestionLog;

/**
 * Asks the engine (reading a follow-up against its conversation first), records the question, and renders the
 * answer with buttons that find it again by the id the store gave it. Public answers in a channel running a Q&amp;A
 * session also go into that session's journal; private ones stay private.
 */
public final class AnswerReplies {

    /**
     * One question to answer.
     *
     * @param via     "slash", "mention", "thread" or "console": how it was asked (for the stats)
     * @param earlier the conversation so far in a thread Parley started, oldest first; empty elsewhere
     * @param openThread open a thread from the answer for follow-ups
     */
    public record Asking(String question, boolean ephemeral, String guildId, String channelId, String userId, String via,
                         List<FollowUps.Exchange> earlier, boolean openThread) {
        public Asking {
            earlier = List.copyOf(earlier);
        }
    }

    private final Supplier<AnswerEngine> engine;
    private final AnswerRenderer renderer;
    private final RecentAnswers recent;
    private final QaSessions sessions;
    private final QuestionLog questions;
    private final boolean moderatorsTakeQuestions;

    /** @param moderatorsTakeQuestions a moderators' channel is configured, so refusals offer "Ask a moderator" */
    public AnswerReplies(Supplier<AnswerEngine> engine, AnswerRenderer renderer, RecentAnswers recent, QaSessions sessions,
            QuestionLog questions, boolean moderatorsTakeQuestions) {
        this.engine = engine;
        this.renderer = renderer;
        this.recent = recent;
        this.sessions = sessions;
        this.questions = questions;
        this.moderatorsTakeQuestions = moderatorsTakeQuestions;
    }

    public BotReply ask(Asking asking) {
        AnswerEngine current = engine.get();
        FollowUps.Reading reading = current.readFollowUp(asking.question(), asking.earlier());
        Answer answer = current.ask(reading.resolved());
        long id = questions.record(asking.guildId(), asking.channelId(), asking.userId(), answer, asking.via());
        if (!asking.ephemeral()) sessions.record(asking.channelId(), answer);
        String answerId = Long.toString(id);
        recent.remember(answerId, answer);
        AnswerRenderer.Presentation presentation = new AnswerRenderer.Presentation(
                reading.rewritten() ? Optional.of(reading.asked()) : Optional.empty(), moderatorsTakeQuestions);
        BotReply reply = renderer.render(answer, answerId, asking.ephemeral(), presentation).withQuestionId(id);
        return asking.openThread() && !asking.ephemeral() ? reply.withThread(reading.asked()) : reply;
    }
}

package org.parley.discord.reply;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
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
    public record Asking(
            String question,
            boolean ephemeral,
            String guildId,
            String channelId,
            String userId,
            String via,
            List<FollowUps.Exchange> earlier,
            boolean openThread) {
        public Asking {
            earlier = List.copyOf(earlier);
        }
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AnswerReplies.class);
    /** Shown under an answer the store could not keep (database locked, read-only, or away). */
    public static final String NOT_RECORDED = "I could not record this question (my database is unavailable), so it "
            + "will not count in stats or a session digest.";

    private final Supplier<AnswerEngine> engine;
    private final AnswerRenderer renderer;
    private final RecentAnswers recent;
    private final QaSessions sessions;
    private final QuestionLog questions;
    private final boolean moderatorsTakeQuestions;

    /** @param moderatorsTakeQuestions a moderators' channel is configured, so refusals offer "Ask a moderator" */
    public AnswerReplies(
            Supplier<AnswerEngine> engine,
            AnswerRenderer renderer,
            RecentAnswers recent,
            QaSessions sessions,
            QuestionLog questions,
            boolean moderatorsTakeQuestions) {
        this.engine = engine;
        this.renderer = renderer;
        this.recent = recent;
        this.sessions = sessions;
        this.questions = questions;
        this.moderatorsTakeQuestions = moderatorsTakeQuestions;
    }

    /** Whether the message only greets or thanks: then no thread is opened for it. */
    public boolean smallTalk(String message) {
        return engine.get().smallTalk(message);
    }

    public BotReply ask(Asking asking) {
        AnswerEngine current = engine.get();
        FollowUps.Reading reading = current.readFollowUp(asking.question(), asking.earlier());
        Answer answer = current.ask(reading.resolved());
        if (answer.smallTalk()) {
            // "hi", "thanks": a word back, with nothing to record, rate or hand to a moderator
            return renderer.render(answer, "", asking.ephemeral(), AnswerRenderer.Presentation.PLAIN);
        }
        long id = 0;
        Optional<String> note = Optional.empty();
        try {
            id = questions.record(asking.guildId(), asking.channelId(), asking.userId(), answer, asking.via());
            if (!asking.ephemeral()) sessions.record(asking.channelId(), answer);
        } catch (RuntimeException e) {
            // The answer matters more than the record: answer anyway, and say what could not be kept.
            log.warn("Could not record a question in channel {}: {}", asking.channelId(), e.toString());
            note = Optional.of(NOT_RECORDED);
        }
        // Without a stored id the buttons still work for this process's lifetime through RecentAnswers.
        String answerId = id > 0
                ? Long.toString(id)
                : "t" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
        recent.remember(answerId, answer);
        AnswerRenderer.Presentation presentation = new AnswerRenderer.Presentation(
                reading.rewritten() ? Optional.of(reading.asked()) : Optional.empty(),
                moderatorsTakeQuestions && id > 0,
                note);
        BotReply reply = renderer.render(answer, answerId, asking.ephemeral(), presentation)
                .withQuestionId(id);
        return asking.openThread() && !asking.ephemeral() ? reply.withThread(reading.asked()) : reply;
    }
}

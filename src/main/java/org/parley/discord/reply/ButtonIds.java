package org.parley.discord.reply;

import java.util.Optional;
import net.dv8tion.jda.api.components.buttons.Button;

/**
 * Custom ids of Parley's buttons and modals. Discord allows 100 characters and hands the id back on a click, so
 * the id carries what the click needs: the citation key for "Show context", the answer id for feedback and the
 * hand-off, the hand-off id for the moderators' "Answer", the quiz, question and choice for a quiz button. Ids are
 * numbers the store gave, so they still mean the same after a restart.
 */
public final class ButtonIds {

    public static final int MAX_LENGTH = Button.ID_MAX_LENGTH;

    private static final String CONTEXT = "ctx:";
    private static final String CONTEXT_BY_ANSWER = "ctx@";
    private static final String HELPFUL = "fb+:";
    private static final String UNHELPFUL = "fb-:";

    private ButtonIds() {}

    /** A click on "Show context": either the citation key itself, or (if too long) the answer it belongs to. */
    public record ContextClick(Optional<String> citationKey, Optional<String> answerId) {}

    /** A click on 👍 or 👎. */
    public record FeedbackClick(String answerId, boolean helpful) {}

    public static String context(String citationKey, String answerId) {
        String direct = CONTEXT + citationKey;
        return direct.length() <= MAX_LENGTH ? direct : CONTEXT_BY_ANSWER + answerId;
    }

    public static String feedback(String answerId, boolean helpful) {
        return (helpful ? HELPFUL : UNHELPFUL) + answerId;
    }

    public static Optional<ContextClick> parseContext(String id) {
        if (id.startsWith(CONTEXT)) {
            return Optional.of(new ContextClick(Optional.of(id.substring(CONTEXT.length())), Optional.empty()));
        }
        if (id.startsWith(CONTEXT_BY_ANSWER)) {
            return Optional.of(
                    new ContextClick(Optional.empty(), Optional.of(id.substring(CONTEXT_BY_ANSWER.length()))));
        }
        return Optional.empty();
    }

    private static final String HANDOFF = "ho:";
    private static final String HANDOFF_ANSWER = "hoa:";
    private static final String HANDOFF_MODAL = "hom:";
    private static final String QUIZ_CHOICE = "qz:";
    private static final String QUIZ_NEXT = "qzn:";

    /** "Ask a moderator" under answer {@code answerId}, shown in message {@code messageId} ("" when not known). */
    public record HandoffClick(String answerId, String messageId) {}

    /** A choice on quiz {@code quizId}'s question {@code question} (0-based). */
    public record QuizChoice(long quizId, int question, int choice) {}

    /** The educator's "Reveal and next" on quiz {@code quizId}'s question {@code question}. */
    public record QuizNext(long quizId, int question) {}

    public static String handoff(String answerId, String messageId) {
        return HANDOFF + answerId + ":" + messageId;
    }

    public static Optional<HandoffClick> parseHandoff(String id) {
        if (!id.startsWith(HANDOFF)) return Optional.empty();
        String[] parts = id.substring(HANDOFF.length()).split(":", -1);
        return parts.length == 2 ? Optional.of(new HandoffClick(parts[0], parts[1])) : Optional.empty();
    }

    /** The moderators' "Answer" button on hand-off {@code handoffId}. */
    public static String handoffAnswer(long handoffId) {
        return HANDOFF_ANSWER + handoffId;
    }

    public static Optional<Long> parseHandoffAnswer(String id) {
        return number(id, HANDOFF_ANSWER);
    }

    /** The modal a moderator writes the answer in. */
    public static String handoffModal(long handoffId) {
        return HANDOFF_MODAL + handoffId;
    }

    public static Optional<Long> parseHandoffModal(String id) {
        return number(id, HANDOFF_MODAL);
    }

    public static String quizChoice(long quizId, int question, int choice) {
        return QUIZ_CHOICE + quizId + ":" + question + ":" + choice;
    }

    public static Optional<QuizChoice> parseQuizChoice(String id) {
        if (!id.startsWith(QUIZ_CHOICE)) return Optional.empty();
        String[] parts = id.substring(QUIZ_CHOICE.length()).split(":");
        try {
            return parts.length == 3
                    ? Optional.of(new QuizChoice(
                            Long.parseLong(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static String quizNext(long quizId, int question) {
        return QUIZ_NEXT + quizId + ":" + question;
    }

    public static Optional<QuizNext> parseQuizNext(String id) {
        if (!id.startsWith(QUIZ_NEXT)) return Optional.empty();
        String[] parts = id.substring(QUIZ_NEXT.length()).split(":");
        try {
            return parts.length == 2
                    ? Optional.of(new QuizNext(Long.parseLong(parts[0]), Integer.parseInt(parts[1])))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The stored question an answer id names; 0 when the answer was never stored (a transient id such as
     * {@code t3f…}, given while the database was unavailable).
     */
    public static long questionId(String answerId) {
        return number(answerId, "").orElse(0L);
    }

    private static Optional<Long> number(String id, String prefix) {
        if (!id.startsWith(prefix)) return Optional.empty();
        try {
            return Optional.of(Long.parseLong(id.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static Optional<FeedbackClick> parseFeedback(String id) {
        if (id.startsWith(HELPFUL)) return Optional.of(new FeedbackClick(id.substring(HELPFUL.length()), true));
        if (id.startsWith(UNHELPFUL)) return Optional.of(new FeedbackClick(id.substring(UNHELPFUL.length()), false));
        return Optional.empty();
    }
}

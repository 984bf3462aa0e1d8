package org.parley.discord.reply;

import java.util.Optional;

import net.dv8tion.jda.api.components.buttons.Button;

/**
 * Custom ids of Parley's buttons. Discord allows 100 characters and hands the id back on a click, so the id
 * carries what the click needs: the citation key for "Show context", the answer id for feedback.
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
            return Optional.of(new ContextClick(Optional.empty(), Optional.of(id.substring(CONTEXT_BY_ANSWER.length()))));
        }
        return Optional.empty();
    }

    public static Optional<FeedbackClick> parseFeedback(String id) {
        if (id.startsWith(HELPFUL)) return Optional.of(new FeedbackClick(id.substring(HELPFUL.length()), true));
        if (id.startsWith(UNHELPFUL)) return Optional.of(new FeedbackClick(id.substring(UNHELPFUL.length()), false));
        return Optional.empty();
    }
}

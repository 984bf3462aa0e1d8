package org.parley.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.parley.answer.AnswerEngine;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.ButtonIds;
import org.parley.discord.reply.Limits;
import org.parley.discord.reply.Outgoing;
import org.parley.discord.reply.Style;
import org.parley.quiz.QuizMaker;
import org.parley.quiz.QuizQuestion;
import org.parley.store.QuizScore;
import org.parley.store.Quizzes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quizzes in a channel: one question at a time with four choice buttons (one try each, told privately whether it
 * was right) and a "Reveal and next" button for the educator, which shows the right answer with its verbatim
 * citation and posts the next question; after the last, the scoreboard. The questions come from the articles
 * ({@link QuizMaker}) with the quiz's id as the seed, so after a restart the same quiz is rebuilt from the store.
 */
final class QuizDesk {

    private static final Logger log = LoggerFactory.getLogger(QuizDesk.class);
    static final String[] LETTERS = {"A", "B", "C", "D"};
    /** A quiz someone sits through in a lesson: long enough to be worth it, short enough to finish. */
    static final int MAX_QUESTIONS = org.parley.discord.command.ParleyCommands.MAX_QUIZ;

    private static final String FOOTER = "One try each \u00B7 the educator reveals the answer";

    private final Supplier<AnswerEngine> engine;
    private final Quizzes quizzes;
    private final Moderators moderators;
    private final Map<Long, List<QuizQuestion>> running = new ConcurrentHashMap<>();

    QuizDesk(Supplier<AnswerEngine> engine, Quizzes quizzes, Moderators moderators) {
        this.engine = engine;
        this.quizzes = quizzes;
        this.moderators = moderators;
    }

    /** Starts a quiz of {@code requested} questions in a channel and returns its first question. */
    BotReply start(String channelId, String userId, long requested) {
        if (quizzes.runningIn(channelId).isPresent()) {
            return BotReply.privateNote("A quiz is already running in this channel; finish it with its "
                    + "\u201CReveal & next\u201D button first.");
        }
        int count = (int) Math.max(1, Math.min(MAX_QUESTIONS, requested));
        long quizId = quizzes.start(channelId, userId, count);
        List<QuizQuestion> questions = make(quizId, count);
        if (questions.isEmpty()) {
            quizzes.end(quizId);
            return BotReply.privateNote("Sorry \u2014 I could not build quiz questions from these articles: they name "
                    + "too few people, places or dates to ask about.");
        }
        running.put(quizId, questions);
        // A shorter quiz than asked says why, where the educator sees it: under the first question.
        String footer = questions.size() == count
                ? FOOTER
                : questions.size() + " of the " + count + " questions asked for: the articles support no more "
                        + "\u00B7 " + FOOTER;
        return question(quizId, questions, 0, footer);
    }

    private List<QuizQuestion> make(long quizId, int count) {
        AnswerEngine current = engine.get();
        return new QuizMaker(current.corpus(), current.facts(), current.lexicon())
                .make(count, new SplittableRandom(quizId));
    }

    List<QuizQuestion> questions(long quizId) {
        // After a restart the questions are rebuilt from the same seed (the quiz id), articles and length: the
        // same questions, never more than the quiz started with (the store refuses answers past its length).
        return running.computeIfAbsent(
                quizId, id -> make(id, quizzes.questionCount(id).orElse(MAX_QUESTIONS)));
    }

    static BotReply question(long quizId, List<QuizQuestion> questions, int index) {
        return question(quizId, questions, index, FOOTER);
    }

    private static BotReply question(long quizId, List<QuizQuestion> questions, int index, String footer) {
        QuizQuestion q = questions.get(index);
        StringBuilder text = new StringBuilder(Limits.fitEscaped(q.prompt(), QuizMaker.MAX_PROMPT)).append("\n");
        for (int i = 0; i < q.choices().size(); i++) {
            text.append("\n**")
                    .append(LETTERS[i])
                    .append(".** ")
                    .append(Limits.fitEscaped(q.choices().get(i), QuizMaker.MAX_CHOICE));
        }
        MessageEmbed embed = Style.embed(Style.Tone.QUIZ)
                .setTitle("Quiz \u2014 question " + (index + 1) + " of " + questions.size())
                .setDescription(text.toString())
                .setFooter(footer)
                .build();
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < q.choices().size(); i++) {
            buttons.add(Button.secondary(ButtonIds.quizChoice(quizId, index, i), LETTERS[i]));
        }
        buttons.add(Button.primary(
                ButtonIds.quizNext(quizId, index), index + 1 < questions.size() ? "Reveal & next" : "Reveal & finish"));
        return BotReply.of(embed, buttons, false);
    }

    /** A person picked a choice: recorded once, and they alone are told whether it was right. */
    BotReply choose(ButtonInteractionEvent event, ButtonIds.QuizChoice click) {
        if (!quizzes.running(click.quizId())) return BotReply.privateNote("This quiz has ended.");
        List<QuizQuestion> questions = questions(click.quizId());
        if (click.question() >= questions.size()
                || click.choice() >= questions.get(click.question()).choices().size()) {
            return BotReply.privateNote("Sorry \u2014 I can no longer find that question.");
        }
        QuizQuestion q = questions.get(click.question());
        boolean right = click.choice() == q.answer();
        if (!quizzes.answer(click.quizId(), click.question(), event.getUser().getId(), click.choice(), right)) {
            return BotReply.privateNote("You've already answered this one \u2014 one try each.");
        }
        return BotReply.privateNote(
                right
                        ? "\u2705 Right! Keep it to yourself until the answer is revealed."
                        : "\u274C Not quite. The answer is revealed when your educator moves on.");
    }

    /** The educator moves on: reveal this question's answer with its citation, then the next question or the scores. */
    void next(ButtonInteractionEvent event, ButtonIds.QuizNext click, InteractionResponder responder) {
        if (!moderators.allowed(event.getMember(), event.getGuildChannel())) {
            responder.replyNow(
                    event,
                    BotReply.privateNote("Only the educator who runs the quiz (or a moderator) can "
                            + "reveal the answer and move on."));
            return;
        }
        // Acknowledge as an edit of the question itself, then reveal on a worker: the click's own response
        // updates the message, whoever sent it (an interaction reply or a channel message).
        event.deferEdit()
                .queue(
                        hook -> responder.work(() -> advance(event, hook, click), "moving a quiz on"),
                        failure -> log.warn("Could not acknowledge a quiz button: {}", failure.toString()));
    }

    private void advance(ButtonInteractionEvent event, InteractionHook hook, ButtonIds.QuizNext click) {
        if (!quizzes.running(click.quizId())) return;
        List<QuizQuestion> questions = questions(click.quizId());
        if (click.question() >= questions.size()) return;
        MessageEmbed revealed =
                reveal(questions.get(click.question()), event.getMessage().getEmbeds());
        Outgoing.silenced(hook.editOriginal(new MessageEditBuilder()
                        .setEmbeds(revealed)
                        .setComponents(List.of())
                        .setAllowedMentions(List.of())
                        .build()))
                .complete();
        int next = click.question() + 1;
        BotReply following;
        if (next < questions.size()) {
            following = question(click.quizId(), questions, next);
        } else {
            quizzes.end(click.quizId());
            running.remove(click.quizId());
            following = scoreboard(quizzes.scoreboard(click.quizId()), questions.size());
        }
        Outgoing.silenced(event.getChannel().sendMessage(Outgoing.create(following)))
                .complete();
    }

    /** The question with its right answer and the verbatim sentence that proves it. */
    static MessageEmbed reveal(QuizQuestion q, List<MessageEmbed> shown) {
        String before = shown.isEmpty() || shown.get(0).getDescription() == null
                ? Limits.fitEscaped(q.prompt(), 300)
                : shown.get(0).getDescription();
        String title = shown.isEmpty() || shown.get(0).getTitle() == null
                ? "Quiz"
                : shown.get(0).getTitle();
        String proof =
                "\u2705 **" + LETTERS[q.answer()] + ". " + Limits.fitEscaped(q.rightChoice(), QuizMaker.MAX_CHOICE)
                        + "**\n\u201C" + Limits.fitEscaped(q.citation().quote(), 1_200) + "\u201D\n\u2014 *"
                        + Limits.fitEscaped(q.citation().article().title(), 200) + "*, paragraph "
                        + q.citation().paragraph().number();
        return Style.embed(Style.Tone.DIGEST)
                .setTitle(title + " \u2014 answer")
                .setDescription(Limits.fit(before + "\n\n" + proof, MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .build();
    }

    /** Who got most right, as links to their names (never pings). */
    static BotReply scoreboard(List<QuizScore> scores, int questions) {
        StringBuilder text = new StringBuilder();
        if (scores.isEmpty()) text.append("Nobody answered this time.");
        int rank = 0;
        for (QuizScore s : scores) {
            if (++rank > 20) {
                text.append("\n\u2026 and ").append(scores.size() - 20).append(" more");
                break;
            }
            text.append(rank)
                    .append(". <@")
                    .append(s.userId())
                    .append("> \u2014 ")
                    .append(s.right())
                    .append(" of ")
                    .append(questions)
                    .append(" right")
                    .append(s.answered() < questions ? " (answered " + s.answered() + ")" : "")
                    .append('\n');
        }
        MessageEmbed embed = Style.embed(Style.Tone.DIGEST)
                .setTitle("Quiz over \u2014 scoreboard")
                .setDescription(Limits.fit(text.toString().strip(), MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .setFooter("Every answer is quoted from the articles \u00B7 /ask to dig deeper")
                .build();
        return BotReply.of(embed, List.of(), false);
    }
}

package org.parley.discord;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.parley.answer.Answer;
import org.parley.answer.AnswerEngine;
import org.parley.answer.Citation;
import org.parley.discord.reply.AnswerRenderer;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.ButtonIds;
import org.parley.discord.reply.Limits;
import org.parley.discord.reply.RecentAnswers;
import org.parley.discord.reply.Style;
import org.parley.store.AskedQuestion;
import org.parley.store.Feedback;
import org.parley.store.FeedbackStore;
import org.parley.store.QuestionLog;

/** Every button and form: "Show context", 👍/👎, "Ask a moderator", the moderators' "Answer", and quiz buttons. */
final class ButtonListener extends ListenerAdapter {

    static final String THANKS = "Thanks for the feedback!";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ButtonListener.class);

    private final Supplier<AnswerEngine> engine;
    private final RecentAnswers recent;
    private final QuestionLog questions;
    private final FeedbackStore feedback;
    private final HandoffDesk handoffs;
    private final QuizDesk quizzes;
    private final InteractionResponder responder;
    private final Clock clock;

    ButtonListener(
            Supplier<AnswerEngine> engine,
            RecentAnswers recent,
            QuestionLog questions,
            FeedbackStore feedback,
            HandoffDesk handoffs,
            QuizDesk quizzes,
            InteractionResponder responder,
            Clock clock) {
        this.engine = engine;
        this.recent = recent;
        this.questions = questions;
        this.feedback = feedback;
        this.handoffs = handoffs;
        this.quizzes = quizzes;
        this.responder = responder;
        this.clock = clock;
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        String id = event.getComponentId();
        Optional<ButtonIds.ContextClick> context = ButtonIds.parseContext(id);
        if (context.isPresent()) {
            responder.respond(event, true, () -> showContext(context.get()), "showing context");
            return;
        }
        Optional<ButtonIds.FeedbackClick> vote = ButtonIds.parseFeedback(id);
        if (vote.isPresent()) {
            responder.respond(event, true, () -> recordFeedback(event, vote.get()), "recording feedback");
            return;
        }
        Optional<ButtonIds.HandoffClick> handoff = ButtonIds.parseHandoff(id);
        if (handoff.isPresent()) {
            responder.respond(
                    event, true, () -> handoffs.handOff(event, handoff.get()), "handing a question to moderators");
            return;
        }
        Optional<Long> answer = ButtonIds.parseHandoffAnswer(id);
        if (answer.isPresent()) {
            handoffs.openForm(event, answer.get(), responder);
            return;
        }
        Optional<ButtonIds.QuizChoice> choice = ButtonIds.parseQuizChoice(id);
        if (choice.isPresent()) {
            responder.respond(event, true, () -> quizzes.choose(event, choice.get()), "recording a quiz answer");
            return;
        }
        Optional<ButtonIds.QuizNext> next = ButtonIds.parseQuizNext(id);
        if (next.isPresent()) {
            quizzes.next(event, next.get(), responder);
            return;
        }
        responder.replyNow(
                event,
                BotReply.privateNote("Sorry \u2014 that button is from an older version of me and no "
                        + "longer works. Please ask again."));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        Optional<Long> handoff = ButtonIds.parseHandoffModal(event.getModalId());
        if (handoff.isPresent()) {
            responder.respond(event, true, () -> handoffs.answer(event, handoff.get()), "posting a moderator's answer");
            return;
        }
        responder.replyNow(event, BotReply.privateNote("Sorry \u2014 I don't know that form any more."));
    }

    private BotReply showContext(ButtonIds.ContextClick click) {
        Optional<Citation> citation = click.citationKey()
                .flatMap(engine.get()::citation)
                .or(() -> click.answerId()
                        .flatMap(recent::find)
                        .flatMap(a -> a.citations().stream().findFirst()));
        if (citation.isEmpty()) {
            return BotReply.privateNote("Sorry \u2014 I can no longer find that passage; please ask again.");
        }
        Citation c = citation.get();
        var embed = Style.embed(Style.Tone.ANSWER)
                .setTitle(Limits.fitEscaped(c.title(), MessageEmbed.TITLE_MAX_LENGTH))
                .setDescription(AnswerRenderer.highlight(c.context(), c.quote(), MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .setFooter(
                        Limits.fit(c.section() + " \u00B7 paragraph " + c.paragraph(), MessageEmbed.TEXT_MAX_LENGTH));
        Style.webLink(c.url()).ifPresent(embed::setUrl);
        return BotReply.of(embed.build(), List.of(), true);
    }

    private BotReply recordFeedback(ButtonInteractionEvent event, ButtonIds.FeedbackClick click) {
        try {
            return storeFeedback(event, click);
        } catch (RuntimeException e) {
            log.warn("Could not record feedback: {}", e.toString());
            return BotReply.privateNote("Thanks! I could not save your vote right now (my database is unavailable).");
        }
    }

    private BotReply storeFeedback(ButtonInteractionEvent event, ButtonIds.FeedbackClick click) {
        long questionId = ButtonIds.questionId(click.answerId());
        Optional<AskedQuestion> asked = questionId > 0 ? questions.find(questionId) : Optional.empty();
        Optional<Answer> answer = recent.find(click.answerId());
        String question = asked.map(AskedQuestion::question).orElseGet(() -> shownQuestion(event.getMessage()));
        String lead = asked.map(AskedQuestion::lead).orElseGet(() -> shownLead(event.getMessage()));
        List<String> keys = answer.map(
                        a -> a.citations().stream().map(Citation::key).toList())
                .orElseGet(() -> shownKeys(event.getMessage()));
        feedback.record(
                new Feedback(
                        clock.instant(),
                        question,
                        lead,
                        keys,
                        FeedbackStore.hashUserId(event.getUser().getId()),
                        click.helpful()),
                asked.map(AskedQuestion::id).orElse(0L));
        if (click.helpful() || !handoffs.available() || event.getGuild() == null) return BotReply.privateNote(THANKS);
        return BotReply.privateNote(THANKS + " If you'd like a person to answer it, I can pass it to the moderators.")
                .withButtons(List.of(AnswerRenderer.handoffButton(
                        click.answerId(), event.getMessage().getId())));
    }

    // After a restart without the store's record (older messages), record what the message shows instead.

    private static String shownQuestion(Message message) {
        return message.getEmbeds().stream()
                .findFirst()
                .map(AnswerRenderer::questionShownIn)
                .orElse("");
    }

    private static String shownLead(Message message) {
        return message.getEmbeds().stream()
                .findFirst()
                .map(MessageEmbed::getDescription)
                .map(d -> d.lines().findFirst().orElse(""))
                .orElse("");
    }

    private static List<String> shownKeys(Message message) {
        List<String> keys = new ArrayList<>();
        for (Button button : message.getComponentTree().findAll(Button.class)) {
            if (button.getCustomId() == null) continue;
            ButtonIds.parseContext(button.getCustomId())
                    .flatMap(ButtonIds.ContextClick::citationKey)
                    .ifPresent(keys::add);
        }
        return keys;
    }
}

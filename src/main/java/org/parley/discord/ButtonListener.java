package org.parley.discord;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parley.answer.Answer;
import org.parley.answer.AnswerEngine;
import org.parley.answer.Citation;
import org.parley.discord.reply.AnswerRenderer;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.ButtonIds;
import org.parley.discord.reply.Limits;
import org.parley.discord.reply.RecentAnswers;
import org.parley.discord.reply.Style;
import org.parley.store.Feedback;
import org.parley.store.FeedbackStore;

import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/** "Show context" and 👍/👎 under an answer. */
final class ButtonListener extends ListenerAdapter {

    static final String THANKS = "Thanks for the feedback!";

    private final AnswerEngine engine;
    private final RecentAnswers recent;
    private final FeedbackStore feedback;
    private final InteractionResponder responder;
    private final Clock clock;

    ButtonListener(AnswerEngine engine, RecentAnswers recent, FeedbackStore feedback, InteractionResponder responder,
            Clock clock) {
        this.engine = engine;
        this.recent = recent;
        this.feedback = feedback;
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
        }
        // Other ids are not ours (or from an older version): Discord shows "interaction failed", which is fair.
    }

    private BotReply showContext(ButtonIds.ContextClick click) {
        Optional<Citation> citation = click.citationKey().flatMap(engine::citation)
                .or(() -> click.answerId().flatMap(recent::find).flatMap(a -> a.citations().stream().findFirst()));
        if (citation.isEmpty()) {
            return BotReply.privateNote("Sorry \u2014 I can no longer find that passage; please ask again.");
        }
        Citation c = citation.get();
        EmbedBuilder embed = Style.embed(Style.Tone.ANSWER)
                .setTitle(Limits.fitEscaped(c.title(), MessageEmbed.TITLE_MAX_LENGTH))
                .setDescription(AnswerRenderer.highlight(c.context(), c.quote(), MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .setFooter(Limits.fit(c.section() + " \u00B7 paragraph " + c.paragraph(), MessageEmbed.TEXT_MAX_LENGTH));
        Style.webLink(c.url()).ifPresent(embed::setUrl);
        return BotReply.of(embed.build(), List.of(), true);
    }

    private BotReply recordFeedback(ButtonInteractionEvent event, ButtonIds.FeedbackClick click) {
        Optional<Answer> answer = recent.find(click.answerId());
        String question = answer.map(Answer::question).orElseGet(() -> shownQuestion(event.getMessage()));
        String lead = answer.map(Answer::lead).orElseGet(() -> shownLead(event.getMessage()));
        List<String> keys = answer.map(a -> a.citations().stream().map(Citation::key).toList())
                .orElseGet(() -> shownKeys(event.getMessage()));
        feedback.record(new Feedback(clock.instant(), question, lead, keys,
                FeedbackStore.hashUserId(event.getUser().getId()), click.helpful()));
        return BotReply.privateNote(THANKS);
    }

    // After a restart the answer is gone from memory; record what the message shows instead.

    private static String shownQuestion(Message message) {
        return message.getEmbeds().stream().findFirst().map(AnswerRenderer::questionShownIn).orElse("");
    }

    private static String shownLead(Message message) {
        return message.getEmbeds().stream().findFirst().map(MessageEmbed::getDescription)
                .map(d -> d.lines().findFirst().orElse("")).orElse("");
    }

    private static List<String> shownKeys(Message message) {
        List<String> keys = new ArrayList<>();
        for (Button button : message.getComponentTree().findAll(Button.class)) {
            if (button.getCustomId() == null) continue;
            ButtonIds.parseContext(button.getCustomId()).flatMap(ButtonIds.ContextClick::citationKey).ifPresent(keys::add);
        }
        return keys;
    }
}

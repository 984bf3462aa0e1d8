package org.parley.discord;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.parley.discord.reply.AnswerRenderer;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.ButtonIds;
import org.parley.discord.reply.Limits;
import org.parley.discord.reply.Outgoing;
import org.parley.discord.reply.Style;
import org.parley.store.AskedQuestion;
import org.parley.store.Handoff;
import org.parley.store.Handoffs;
import org.parley.store.QuestionLog;
import org.parley.ui.Markdown;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hand-off for what Parley cannot answer: "Ask a moderator" sends the question, who asked (a link, never a
 * ping) and Parley's reply to the moderators' channel; a moderator's "Answer" opens a form, and the answer is posted
 * under the original question, marked as a moderator's, and recorded next to it.
 */
final class HandoffDesk {

    private static final Logger log = LoggerFactory.getLogger(HandoffDesk.class);
    static final String ANSWER_FIELD = "answer";
    /** Room for a considered answer, short of the 4,096-character embed description it is shown in. */
    static final int MAX_ANSWER = 1_500;

    static final String NO_CHANNEL =
            "Sorry \u2014 I cannot reach the moderators' channel right now. Please ask a " + "moderator directly.";

    private final Handoffs handoffs;
    private final QuestionLog questions;
    private final Optional<String> moderatorChannel;
    private final Moderators moderators;
    private final Clock clock;

    HandoffDesk(
            Handoffs handoffs,
            QuestionLog questions,
            Optional<String> moderatorChannel,
            Moderators moderators,
            Clock clock) {
        this.handoffs = handoffs;
        this.questions = questions;
        this.moderatorChannel = moderatorChannel;
        this.moderators = moderators;
        this.clock = clock;
    }

    boolean available() {
        return moderatorChannel.isPresent();
    }

    /** "Ask a moderator" was clicked; runs on a worker (it writes and posts). */
    BotReply handOff(ButtonInteractionEvent event, ButtonIds.HandoffClick click) {
        if (moderatorChannel.isEmpty() || event.getGuild() == null) {
            return BotReply.privateNote("Sorry \u2014 this server has no moderators' channel set up for questions.");
        }
        TextChannel desk = event.getJDA().getTextChannelById(moderatorChannel.get());
        if (desk == null) return BotReply.privateNote(NO_CHANNEL);
        long questionId = ButtonIds.questionId(click.answerId());
        Optional<AskedQuestion> asked = find(questionId);
        Message shown = event.getMessage();
        String question = asked.map(AskedQuestion::question)
                .orElseGet(() -> shown.getEmbeds().stream()
                        .findFirst()
                        .map(AnswerRenderer::questionShownIn)
                        .orElse(""));
        String reply = asked.map(HandoffDesk::parleySaid).orElse("");
        String messageId = click.messageId().isEmpty() ? shown.getId() : click.messageId();
        Instant before = clock.instant();
        Handoff handoff;
        try {
            handoff = handoffs.open(
                    questionId,
                    event.getGuild().getId(),
                    event.getChannel().getId(),
                    messageId,
                    event.getUser().getId(),
                    question,
                    reply);
        } catch (RuntimeException e) {
            log.warn("Could not record a hand-off: {}", e.toString());
            return BotReply.privateNote("Sorry \u2014 I cannot pass questions on right now (my database is "
                    + "unavailable). Please ask a moderator directly.");
        }
        if (handoff.at().isBefore(before)) {
            return BotReply.privateNote(
                    Handoffs.ANSWERED.equals(handoff.status())
                            ? "A moderator has already answered this question; their answer is under it."
                            : "This question is already with the moderators in <#" + desk.getId() + ">.");
        }
        try {
            Outgoing.silenced(desk.sendMessage(Outgoing.create(deskMessage(handoff))))
                    .complete();
        } catch (RuntimeException e) {
            log.warn(
                    "Could not post hand-off {} to the moderators' channel {}: {}",
                    handoff.id(),
                    desk.getId(),
                    e.toString());
            return BotReply.privateNote(NO_CHANNEL);
        }
        return BotReply.privateNote("Thanks \u2014 I've passed your question to the moderators in <#" + desk.getId()
                + ">. Their answer will appear under your question.");
    }

    /** What the moderators see: the question, who asked and where (links, no pings), and what Parley said. */
    static BotReply deskMessage(Handoff h) {
        String where = h.messageId().isEmpty()
                ? "<#" + h.channelId() + ">"
                : "<#" + h.channelId() + "> \u00B7 [jump to the question](" + jumpLink(h) + ")";
        String description = "**Question:** " + Limits.fitEscaped(h.question(), 1_000)
                + "\n**Asked by:** <@" + h.askerId() + "> in " + where
                + "\n\n**Parley said:** "
                + (h.reply().isBlank() ? "_nothing recorded_" : Limits.fitEscaped(h.reply(), 1_500));
        MessageEmbed embed = Style.embed(Style.Tone.MODERATOR)
                .setTitle("Question for the moderators")
                .setDescription(Limits.fit(description, MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .setFooter("Hand-off #" + h.id() + " \u00B7 Answer posts under the question, without a ping")
                .build();
        return BotReply.of(embed, List.of(Button.primary(ButtonIds.handoffAnswer(h.id()), "Answer")), false);
    }

    /** A moderator clicked "Answer": show the form (must be the first response, so no deferral). */
    void openForm(ButtonInteractionEvent event, long handoffId, InteractionResponder responder) {
        if (!moderators.allowed(event.getMember(), event.getGuildChannel())) {
            responder.replyNow(event, BotReply.privateNote(Moderators.REFUSAL));
            return;
        }
        Optional<Handoff> handoff = handoffs.find(handoffId);
        if (handoff.isEmpty()) {
            responder.replyNow(event, BotReply.privateNote("Sorry \u2014 I can no longer find that hand-off."));
            return;
        }
        if (Handoffs.ANSWERED.equals(handoff.get().status())) {
            responder.replyNow(
                    event,
                    BotReply.privateNote("<@" + handoff.get().moderatorId() + "> has already answered this one."));
            return;
        }
        TextInput input = TextInput.create(ANSWER_FIELD, TextInputStyle.PARAGRAPH)
                .setRequiredRange(1, MAX_ANSWER)
                .setPlaceholder("Your answer, posted under the question and marked as a moderator's")
                .build();
        Modal modal = Modal.create(ButtonIds.handoffModal(handoffId), "Answer the question")
                .addComponents(Label.of("Answer", input))
                .build();
        event.replyModal(modal)
                .queue(ok -> {}, failure -> log.warn("Could not show the answer form: {}", failure.toString()));
    }

    /** The form came back; runs on a worker. */
    BotReply answer(ModalInteractionEvent event, long handoffId) {
        if (!moderators.allowed(event.getMember(), event.getGuildChannel()))
            return BotReply.privateNote(Moderators.REFUSAL);
        String text = Optional.ofNullable(event.getValue(ANSWER_FIELD))
                .map(v -> v.getAsString().strip())
                .orElse("");
        if (text.isEmpty()) return BotReply.privateNote("Your answer was empty, so nothing was posted.");
        Optional<Handoff> found = handoffs.find(handoffId);
        if (found.isEmpty()) return BotReply.privateNote("Sorry \u2014 I can no longer find that hand-off.");
        if (!handoffs.answer(handoffId, event.getUser().getId(), text)) {
            Handoff done = handoffs.find(handoffId).orElseThrow();
            return BotReply.privateNote(
                    "<@" + done.moderatorId() + "> answered this one first; nothing else was posted.");
        }
        Handoff h = found.get();
        JDA jda = event.getJDA();
        GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, h.channelId());
        if (channel == null) {
            return BotReply.privateNote(
                    "Your answer is recorded, but I cannot reach <#" + h.channelId() + "> to post it.");
        }
        MessageCreateAction post = Outgoing.silenced(channel.sendMessage(
                Outgoing.create(answerMessage(h, event.getUser().getId(), text))));
        if (!h.messageId().isEmpty())
            post = post.setMessageReference(h.messageId()).failOnInvalidReply(false);
        try {
            post.complete();
        } catch (RuntimeException e) {
            log.warn("Could not post the moderator's answer to hand-off {}: {}", h.id(), e.toString());
            return BotReply.privateNote(
                    "Your answer is recorded, but I could not post it in <#" + h.channelId() + ">.");
        }
        Message desk = event.getMessage();
        if (desk != null) markAnswered(desk, event.getUser().getId());
        return BotReply.privateNote("Posted under the question in <#" + h.channelId() + ">. Thank you!");
    }

    /** The moderator's answer as posted: marked as theirs (their formatting kept, mentions defused), with the question. */
    static BotReply answerMessage(Handoff h, String moderatorId, String text) {
        String description =
                "**Q:** " + Limits.fitEscaped(h.question(), 500) + "\n\n" + Limits.fitDefused(text, MAX_ANSWER)
                        + "\n\n-# Answered by <@" + moderatorId + ">, a moderator \u2014 not from the articles.";
        MessageEmbed embed = Style.embed(Style.Tone.MODERATOR)
                .setTitle("A moderator's answer")
                .setDescription(Limits.fit(description, MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .build();
        return BotReply.of(embed, List.of(), false);
    }

    private static void markAnswered(Message desk, String moderatorId) {
        List<MessageEmbed> embeds = desk.getEmbeds().stream()
                .map(e -> new net.dv8tion.jda.api.EmbedBuilder(e)
                        .setColor(Style.Tone.DIGEST.color())
                        .addField("Answered", "by <@" + moderatorId + ">", false)
                        .build())
                .toList();
        Outgoing.silenced(desk.editMessage(new MessageEditBuilder()
                        .setEmbeds(embeds)
                        .setComponents(List.of())
                        .setAllowedMentions(List.of())
                        .build()))
                .queue(
                        ok -> {},
                        failure -> log.warn(
                                "Could not mark hand-off message {} answered: {}", desk.getId(), failure.toString()));
    }

    /** The recorded question; empty when unknown or the store is unavailable (the hand-off then says so). */
    private Optional<AskedQuestion> find(long questionId) {
        if (questionId <= 0) return Optional.empty();
        try {
            return questions.find(questionId);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String parleySaid(AskedQuestion q) {
        String lead = Markdown.plain(q.lead());
        return q.firstQuote().isBlank()
                ? lead
                : lead + " \u201C" + q.firstQuote() + "\u201D (" + q.firstCitation() + ")";
    }

    private static String jumpLink(Handoff h) {
        return "https://discord.com/channels/" + h.guildId() + "/" + h.channelId() + "/" + h.messageId();
    }
}

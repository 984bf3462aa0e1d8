package org.parley.discord;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.parley.answer.FollowUps;
import org.parley.discord.reply.AnswerReplies;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.Conversations;
import org.parley.discord.reply.Outgoing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A message that mentions the bot (or any direct message) is a question. Discord delivers the content of messages
 * that mention the bot even without the privileged Message Content intent. In a thread Parley started, a message
 * is a follow-up read with the thread's earlier questions; with {@code discord.messageContent} it needs no mention.
 * With {@code discord.threads}, a question in a channel opens a thread from it and the answer goes there.
 */
final class MentionListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(MentionListener.class);

    private final AnswerReplies answers;
    private final ChannelPolicy channels;
    private final Cooldown cooldown;
    private final ExecutorService workers;
    private final ErrorReplies errors;
    private final Conversations conversations;
    private final Deliveries deliveries;
    private final BotSettings settings;

    MentionListener(
            AnswerReplies answers,
            ChannelPolicy channels,
            Cooldown cooldown,
            ExecutorService workers,
            ErrorReplies errors,
            Conversations conversations,
            Deliveries deliveries,
            BotSettings settings) {
        this.answers = answers;
        this.channels = channels;
        this.cooldown = cooldown;
        this.workers = workers;
        this.errors = errors;
        this.conversations = conversations;
        this.deliveries = deliveries;
        this.settings = settings;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        User author = event.getAuthor();
        // Never answer bots (including ourselves) or webhooks: two bots could otherwise talk forever.
        if (author.isBot() || author.isSystem() || event.isWebhookMessage()) return;
        Message message = event.getMessage();
        User self = event.getJDA().getSelfUser();
        boolean direct = event.isFromType(ChannelType.PRIVATE);
        boolean inOurThread = Conversations.isParleyThread(event.getChannel(), self.getId());
        boolean mentioned = message.getMentions().isMentioned(self, Message.MentionType.USER);
        boolean followUp = inOurThread
                && settings.messageContent()
                && !message.getContentRaw().isBlank();
        if (!direct && !mentioned && !followUp) return;
        if (!direct && !channels.allows(event.getChannel())) {
            log.debug(
                    "Ignoring a mention in channel {}, not in discord.allowedChannels",
                    event.getChannel().getId());
            return;
        }
        Optional<Duration> wait = cooldown.tryAcquire(author.getId());
        if (wait.isPresent()) {
            reply(message, BotReply.privateNote(SlashCommandListener.slowDown(wait.get())));
            return;
        }
        String question = withoutSelfMention(message.getContentRaw(), self.getId());
        String guild = event.isFromGuild() ? event.getGuild().getId() : "";
        // "@Parley thanks!" gets its word back where it was said, not a thread of its own.
        boolean openThread = settings.threads() && event.isFromType(ChannelType.TEXT) && !answers.smallTalk(question);
        if (openThread) {
            message.createThreadChannel(BotReply.threadName(question))
                    .queue(
                            thread -> answer(
                                    new AnswerReplies.Asking(
                                            question,
                                            false,
                                            guild,
                                            thread.getId(),
                                            author.getId(),
                                            "mention",
                                            List.of(),
                                            false),
                                    reply -> send(thread, reply)),
                            failure -> {
                                log.warn(
                                        "Could not open a thread for message {}: {}",
                                        message.getId(),
                                        failure.toString());
                                answer(
                                        asking(question, guild, event.getChannel(), author, inOurThread, "mention"),
                                        reply -> reply(message, reply));
                            });
            return;
        }
        answer(
                asking(question, guild, event.getChannel(), author, inOurThread, direct ? "dm" : "mention"),
                reply -> reply(message, reply));
    }

    private AnswerReplies.Asking asking(
            String question, String guild, MessageChannel channel, User author, boolean inOurThread, String via) {
        List<FollowUps.Exchange> earlier = inOurThread ? conversations.earlier(channel.getId()) : List.of();
        return new AnswerReplies.Asking(
                question, false, guild, channel.getId(), author.getId(), inOurThread ? "thread" : via, earlier, false);
    }

    private void answer(AnswerReplies.Asking asking, java.util.function.Consumer<BotReply> deliver) {
        CompletableFuture.supplyAsync(() -> answers.ask(asking), workers)
                .exceptionally(error -> errors.reply(error, "answering a mention"))
                .thenAccept(deliver)
                .whenComplete((done, failure) -> {
                    if (failure != null)
                        log.error("Could not answer a mention in channel {}", asking.channelId(), failure);
                });
    }

    static String withoutSelfMention(String content, String selfId) {
        return content.replace("<@!" + selfId + ">", " ")
                .replace("<@" + selfId + ">", " ")
                .strip();
    }

    private void reply(Message question, BotReply reply) {
        Outgoing.silenced(question.reply(Outgoing.create(reply)))
                .queue(
                        sent -> deliveries.sent(reply, sent),
                        failure -> log.warn("Could not reply to message {}: {}", question.getId(), failure.toString()));
    }

    private void send(ThreadChannel thread, BotReply reply) {
        Outgoing.silenced(thread.sendMessage(Outgoing.create(reply)))
                .queue(
                        sent -> deliveries.sent(reply, sent),
                        failure -> log.warn("Could not answer in thread {}: {}", thread.getId(), failure.toString()));
    }
}

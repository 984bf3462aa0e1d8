package org.parley.discord;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import org.parley.discord.reply.AnswerReplies;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.Outgoing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * A message that mentions the bot (or any direct message) is a question, answered as a reply to it. Discord
 * delivers the content of messages that mention the bot even without the privileged Message Content intent.
 */
final class MentionListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(MentionListener.class);

    private final AnswerReplies answers;
    private final ChannelPolicy channels;
    private final Cooldown cooldown;
    private final ExecutorService workers;
    private final ErrorReplies errors;

    MentionListener(AnswerReplies answers, ChannelPolicy channels, Cooldown cooldown, ExecutorService workers,
            ErrorReplies errors) {
        this.answers = answers;
        this.channels = channels;
        this.cooldown = cooldown;
        this.workers = workers;
        this.errors = errors;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        User author = event.getAuthor();
        // Never answer bots (including ourselves) or webhooks: two bots could otherwise talk forever.
        if (author.isBot() || author.isSystem() || event.isWebhookMessage()) return;
        Message message = event.getMessage();
        User self = event.getJDA().getSelfUser();
        boolean direct = event.isFromType(ChannelType.PRIVATE);
        if (!direct && !message.getMentions().isMentioned(self, Message.MentionType.USER)) return;
        if (!direct && !channels.allows(event.getChannel())) {
            log.debug("Ignoring a mention in channel {}, not in discord.allowedChannels", event.getChannel().getId());
            return;
        }
        Optional<Duration> wait = cooldown.tryAcquire(author.getId());
        if (wait.isPresent()) {
            send(message, BotReply.privateNote(SlashCommandListener.slowDown(wait.get())));
            return;
        }
        String question = withoutSelfMention(message.getContentRaw(), self.getId());
        CompletableFuture.supplyAsync(() -> answers.ask(question, false, message.getChannel().getId()), workers)
                .exceptionally(error -> errors.reply(error, "answering a mention"))
                .thenAccept(reply -> send(message, reply))
                .whenComplete((done, failure) -> {
                    if (failure != null) log.error("Could not answer the mention in message {}", message.getId(), failure);
                });
    }

    static String withoutSelfMention(String content, String selfId) {
        return content.replace("<@!" + selfId + ">", " ").replace("<@" + selfId + ">", " ").strip();
    }

    private static void send(Message question, BotReply reply) {
        Outgoing.silenced(question.reply(Outgoing.create(reply))).queue(ok -> { },
                failure -> log.warn("Could not reply to message {}: {}", question.getId(), failure.toString()));
    }
}

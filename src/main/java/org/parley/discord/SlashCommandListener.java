package org.parley.discord;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.parley.discord.command.Invocation;
import org.parley.discord.command.ParleyCommands;
import org.parley.discord.command.SlashCommand;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.Conversations;
import org.parley.ui.CommandCatalog;

/** Routes slash commands: channel allow-list, permission, cooldown, then the command on a worker. */
final class SlashCommandListener extends ListenerAdapter {

    private final ParleyCommands commands;
    private final ChannelPolicy channels;
    private final Cooldown cooldown;
    private final InteractionResponder responder;
    private final Moderators moderators;

    SlashCommandListener(
            ParleyCommands commands,
            ChannelPolicy channels,
            Cooldown cooldown,
            InteractionResponder responder,
            Moderators moderators) {
        this.moderators = moderators;
        this.commands = commands;
        this.channels = channels;
        this.cooldown = cooldown;
        this.responder = responder;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        Optional<SlashCommand> found = commands.find(event.getName());
        if (found.isEmpty()) {
            responder.replyNow(event, BotReply.privateNote("Sorry \u2014 I don't know that command. Try `/help`."));
            return;
        }
        SlashCommand command = found.get();
        if (!channels.allows(event.getChannel())) {
            responder.replyNow(event, BotReply.privateNote(ChannelPolicy.REFUSAL));
            return;
        }
        Invocation invocation = invocation(event);
        if (CommandCatalog.get(command.name()).moderated() && !invocation.moderator()) {
            responder.replyNow(event, BotReply.privateNote(Moderators.REFUSAL));
            return;
        }
        Optional<String> refusal = command.refusal(invocation);
        if (refusal.isPresent()) {
            responder.replyNow(event, BotReply.privateNote(refusal.get()));
            return;
        }
        if (command.rateLimited()) {
            Optional<Duration> wait = cooldown.tryAcquire(event.getUser().getId());
            if (wait.isPresent()) {
                responder.replyNow(event, BotReply.privateNote(slowDown(wait.get())));
                return;
            }
        }
        responder.respond(
                event, command.ephemeral(invocation), () -> command.run(invocation), "answering /" + command.name());
    }

    static String slowDown(Duration wait) {
        return "You're asking quickly \u2014 please wait " + Cooldown.wholeSeconds(wait) + " seconds.";
    }

    private Invocation invocation(SlashCommandInteractionEvent event) {
        Map<String, Object> options = new LinkedHashMap<>();
        for (OptionMapping option : event.getOptions()) {
            Object value = switch (option.getType()) {
                case BOOLEAN -> option.getAsBoolean();
                case INTEGER -> option.getAsLong();
                default -> option.getAsString();
            };
            options.put(option.getName(), value);
        }
        Member member = event.getMember();
        boolean moderator = member != null && moderators.allowed(member, event.getGuildChannel());
        String guild = event.getGuild() == null ? "" : event.getGuild().getId();
        boolean ourThread = Conversations.isParleyThread(
                event.getChannel(), event.getJDA().getSelfUser().getId());
        boolean text = event.getChannelType() == ChannelType.TEXT;
        return new Invocation(
                event.getUser().getId(), guild, event.getChannelId(), options, moderator, ourThread, text);
    }
}

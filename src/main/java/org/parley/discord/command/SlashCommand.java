package org.parley.discord.command;

import java.util.Optional;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.parley.discord.reply.BotReply;

/** A slash command: how Discord shows it, and what it answers. Listed in {@link ParleyCommands}. */
public interface SlashCommand {

    /** Name, description, options and default permissions, as registered with Discord. */
    SlashCommandData definition();

    default String name() {
        return definition().getName();
    }

    /** Commands that ask the engine count against the per-user cooldown; /help does not. */
    default boolean rateLimited() {
        return true;
    }

    /** Whether only the user will see the reply; known before running, because a deferral must say so. */
    default boolean ephemeral(Invocation invocation) {
        return false;
    }

    /** A polite reason not to run, e.g. a missing permission; checked quickly before any work. */
    default Optional<String> refusal(Invocation invocation) {
        return Optional.empty();
    }

    /** The reply; may take a while (it runs on a worker thread, never on JDA's event thread). */
    BotReply run(Invocation invocation);
}

package org.parley.discord.command;

/**
 * A command whose reply only the user sees and that asks nothing of the engine, so it costs no cooldown:
 * {@code /help}, {@code /stats}, {@code /reload}.
 */
interface PrivateCommand extends SlashCommand {

    @Override
    default boolean rateLimited() {
        return false;
    }

    @Override
    default boolean ephemeral(Invocation invocation) {
        return true;
    }
}

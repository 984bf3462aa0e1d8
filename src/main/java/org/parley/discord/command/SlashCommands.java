package org.parley.discord.command;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.parley.ui.CommandCatalog;
import org.parley.ui.CommandInfo;

/** Slash command definitions made from the {@link CommandCatalog}: one description, one permission rule. */
final class SlashCommands {

    /** Moderator commands are shown to members who can manage messages; servers can widen this per role. */
    static final Permission MODERATOR_PERMISSION = Permission.MESSAGE_MANAGE;

    private SlashCommands() {}

    static SlashCommandData define(String name) {
        CommandInfo info = CommandCatalog.get(name);
        SlashCommandData data = Commands.slash(info.name(), info.summary());
        if (info.moderated()) {
            // Moderator commands make no sense in a DM and are hidden from members without the permission.
            data.setContexts(InteractionContextType.GUILD)
                    .setDefaultPermissions(DefaultMemberPermissions.enabledFor(MODERATOR_PERMISSION));
        }
        return data;
    }
}

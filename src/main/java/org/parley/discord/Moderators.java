package org.parley.discord;

import java.util.Locale;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;

/**
 * Who may run moderator and educator commands: members with Manage Messages in the channel, or with the configured
 * educator role. Discord already hides those commands from others (default member permissions); this is the check
 * at run time, because a server can change who sees a command and buttons are visible to everyone.
 */
final class Moderators {

    static final String REFUSAL = "Sorry \u2014 that is for moderators and educators here (Manage Messages, or the "
            + "educator role). Anyone can still ask with `/ask`.";

    private final String educatorRole;

    /** @param educatorRole a role id or exact name (case ignored); empty: only Manage Messages counts */
    Moderators(String educatorRole) {
        this.educatorRole = educatorRole == null ? "" : educatorRole.strip();
    }

    boolean allowed(Member member, GuildChannel channel) {
        if (member == null) return false; // a DM: there is nothing to moderate
        if (channel != null && member.hasPermission(channel, Permission.MESSAGE_MANAGE)) return true;
        if (channel == null && member.hasPermission(Permission.MESSAGE_MANAGE)) return true;
        return !educatorRole.isEmpty() && member.getRoles().stream().anyMatch(this::isEducatorRole);
    }

    private boolean isEducatorRole(Role role) {
        return role.getId().equals(educatorRole)
                || role.getName().toLowerCase(Locale.ROOT).equals(educatorRole.toLowerCase(Locale.ROOT));
    }
}

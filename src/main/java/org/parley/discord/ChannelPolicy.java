package org.parley.discord;

import java.util.Set;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;

/** Where the bot answers: everywhere, or only in the allowed channels and their threads. */
final class ChannelPolicy {

    static final String REFUSAL = "Sorry \u2014 I only answer in the channels the moderators chose for me.";

    private final Set<String> allowed;

    ChannelPolicy(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    boolean allows(Channel channel) {
        if (allowed.isEmpty()) return true;
        if (channel == null) return false;
        if (allowed.contains(channel.getId())) return true;
        return channel instanceof ThreadChannel thread
                && allowed.contains(thread.getParentChannel().getId());
    }
}

package org.parley.discord.command;

import java.util.Map;

/**
 * One use of a slash command, stripped of JDA so commands are plain to test.
 *
 * @param options           option values by name: String, Boolean or Long
 * @param guildId   the server, or "" in a direct message
 * @param moderator whether the user may run moderator commands here: Manage Messages in this channel, or the
 *                  configured educator role
 * @param inParleyThread the command was used in a thread Parley started, so a question is a follow-up
 * @param textChannel the channel is a server text channel (where a thread can be opened)
 */
public record Invocation(
        String userId,
        String guildId,
        String channelId,
        Map<String, Object> options,
        boolean moderator,
        boolean inParleyThread,
        boolean textChannel) {

    public Invocation {
        options = Map.copyOf(options);
    }

    public String string(String name) {
        Object value = options.get(name);
        return value == null ? "" : value.toString();
    }

    /** A whole-number option, or {@code fallback} when it was not given. */
    public long number(String name, long fallback) {
        return options.get(name) instanceof Long value ? value : fallback;
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(options.get(name));
    }
}

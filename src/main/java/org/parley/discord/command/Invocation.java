package org.parley.discord.command;

import java.util.Map;

/**
 * One use of a slash command, stripped of JDA so commands are plain to test.
 *
 * @param options           option values by name: String, Boolean or Long
 * @param canManageMessages whether the user holds Manage Messages in this channel
 */
public record Invocation(String userId, String channelId, Map<String, Object> options, boolean canManageMessages) {

    public Invocation {
        options = Map.copyOf(options);
    }

    public String string(String name) {
        Object value = options.get(name);
        return value == null ? "" : value.toString();
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(options.get(name));
    }
}

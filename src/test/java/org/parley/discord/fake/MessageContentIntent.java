package org.parley.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What Discord's gateway hides from a bot that did not ask for the privileged MESSAGE_CONTENT intent: content,
 * embeds, attachments, components and polls of messages come empty, unless the message is the bot's own, a DM,
 * or mentions the bot. (REST is not affected: READY says the application has the intent enabled.)
 */
final class MessageContentIntent {

    static final long MESSAGE_CONTENT = 1L << 15;

    private MessageContentIntent() {}

    /** The message payload (MESSAGE_CREATE, MESSAGE_UPDATE) as a session with these intents receives it. */
    static JsonNode asSeenBy(JsonNode message, long intents, String botId) {
        // Direct messages carry no guild_id and are always readable.
        if ((intents & MESSAGE_CONTENT) != 0 || !message.isObject() || !message.has("guild_id")) {
            return message;
        }
        ObjectNode copy = message.deepCopy();
        redact(copy, botId);
        return copy;
    }

    private static void redact(ObjectNode message, String botId) {
        if (!readable(message, botId)) {
            message.put("content", "");
            message.putArray("embeds");
            message.putArray("attachments");
            message.putArray("components");
            message.remove("poll");
        }
        // The replied-to message is a message too, under the same rule.
        if (message.path("referenced_message").isObject()) {
            redact((ObjectNode) message.get("referenced_message"), botId);
        }
    }

    private static boolean readable(JsonNode message, String botId) {
        if (message.path("author").path("id").asText().equals(botId)) {
            return true;
        }
        for (JsonNode mentioned : message.path("mentions")) {
            if (mentioned.path("id").asText().equals(botId)) {
                return true;
            }
        }
        return false;
    }
}

package org.parley.discord.fake;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds INTERACTION_CREATE payloads the way Discord sends them for a guild text channel. */
final class InteractionPayloads {

    static final int TYPE_APPLICATION_COMMAND = 2;
    static final int TYPE_MESSAGE_COMPONENT = 3;

    private static final int OPTION_SUB_COMMAND = 1;
    private static final int OPTION_SUB_COMMAND_GROUP = 2;
    private static final int OPTION_STRING = 3;
    private static final int OPTION_INTEGER = 4;
    private static final int OPTION_BOOLEAN = 5;
    private static final int OPTION_USER = 6;
    private static final int OPTION_CHANNEL = 7;
    private static final int OPTION_ROLE = 8;
    private static final int OPTION_MENTIONABLE = 9;
    private static final int OPTION_NUMBER = 10;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final FakeGuild guild;
    private final String applicationId;

    InteractionPayloads(FakeGuild guild, String applicationId) {
        this.guild = guild;
        this.applicationId = applicationId;
    }

    /**
     * @param registered the command as registered through REST, whose option types win over guesses from the
     *                   Java values; MissingNode if the bot never registered it
     */
    ObjectNode slashCommand(String id, String token, String userId, String channelId, String name,
            Map<String, Object> options, String commandId, JsonNode registered) {
        ObjectNode interaction = base(id, token, TYPE_APPLICATION_COMMAND, userId, channelId);
        ObjectNode data = interaction.putObject("data")
                .put("id", commandId)
                .put("name", name)
                .put("type", 1);
        if (registered.has("guild_id")) {
            data.put("guild_id", registered.get("guild_id").asText());
        }
        ObjectNode resolved = JSON.objectNode();
        data.set("options", options(options, registered.path("options"), resolved));
        if (!resolved.isEmpty()) {
            data.set("resolved", resolved);
        }
        return interaction;
    }

    ObjectNode buttonClick(String id, String token, String userId, String channelId, JsonNode message,
            String customId) {
        ObjectNode interaction = base(id, token, TYPE_MESSAGE_COMPONENT, userId, channelId);
        interaction.set("message", message);
        interaction.putObject("data").put("custom_id", customId).put("component_type", 2);
        return interaction;
    }

    /** What Discord copies into interaction_metadata of the messages answering this interaction. */
    ObjectNode metadata(String id, int type, String userId, String commandName, String componentMessageId) {
        ObjectNode metadata = JSON.objectNode().put("id", id).put("type", type);
        metadata.set("user", guild.userJson(guild.requireMember(userId).user()));
        metadata.putObject("authorizing_integration_owners").put("0", guild.id());
        if (commandName != null) {
            metadata.put("name", commandName).put("command_type", 1);
        }
        if (componentMessageId != null) {
            metadata.put("interacted_message_id", componentMessageId);
        }
        return metadata;
    }

    private ObjectNode base(String id, String token, int type, String userId, String channelId) {
        FakeGuild.Member member = guild.requireMember(userId);
        FakeGuild.Channel channel = guild.requireChannel(channelId);
        String memberPermissions = Long.toString(guild.permissionsOf(userId));

        ObjectNode interaction = JSON.objectNode()
                .put("id", id)
                .put("application_id", applicationId)
                .put("type", type)
                .put("token", token)
                .put("version", 1)
                .put("guild_id", guild.id())
                .put("channel_id", channel.id())
                .put("locale", "en-US")
                .put("guild_locale", "en-US")
                .put("context", 0) // GUILD
                .put("app_permissions", Long.toString(guild.permissionsOf(guild.bot().id())))
                .put("attachment_size_limit", 10 * 1024 * 1024);
        interaction.putObject("authorizing_integration_owners").put("0", guild.id());
        interaction.putArray("entitlements");
        ObjectNode guildJson = interaction.putObject("guild").put("id", guild.id()).put("locale", "en-US");
        guildJson.putArray("features");
        interaction.set("channel", guild.channelJson(channel).put("permissions", memberPermissions));
        interaction.set("member", guild.memberJson(member, true).put("permissions", memberPermissions));
        return interaction;
    }

    private ArrayNode options(Map<String, Object> values, JsonNode declared, ObjectNode resolved) {
        ArrayNode options = JSON.arrayNode();
        values.forEach((name, value) -> {
            JsonNode declaration = declarationOf(declared, name);
            int type = declaration.isMissingNode() ? guessType(name, value) : declaration.get("type").asInt();
            ObjectNode option = options.addObject().put("name", name).put("type", type);
            switch (type) {
                case OPTION_SUB_COMMAND, OPTION_SUB_COMMAND_GROUP -> {
                    if (!(value instanceof Map<?, ?> nested)) {
                        throw new IllegalArgumentException("Option " + name + " is a subcommand: pass a Map");
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> nestedValues = (Map<String, Object>) nested;
                    option.set("options", options(nestedValues, declaration.path("options"), resolved));
                }
                case OPTION_STRING -> option.put("value", String.valueOf(value));
                case OPTION_INTEGER -> option.put("value", ((Number) value).longValue());
                case OPTION_BOOLEAN -> option.put("value", (Boolean) value);
                case OPTION_NUMBER -> option.put("value", ((Number) value).doubleValue());
                case OPTION_USER, OPTION_CHANNEL, OPTION_ROLE, OPTION_MENTIONABLE -> {
                    String id = String.valueOf(value);
                    option.put("value", id);
                    resolve(id, resolved);
                }
                default -> throw new IllegalArgumentException("Unsupported option type " + type + " for " + name);
            }
        });
        return options;
    }

    /** Adds whatever entity the id names to "resolved", as Discord does for entity options. */
    private void resolve(String id, ObjectNode resolved) {
        guild.findMember(id).ifPresent(member -> {
            resolved.withObjectProperty("users").set(id, guild.userJson(member.user()));
            resolved.withObjectProperty("members").set(id, guild.memberJson(member, false)
                    .put("permissions", Long.toString(guild.permissionsOf(id))));
        });
        guild.findChannel(id).ifPresent(channel -> resolved.withObjectProperty("channels").set(id, JSON.objectNode()
                .put("id", id)
                .put("name", channel.name())
                .put("type", 0)
                .put("permissions", Long.toString(guild.permissionsOf(guild.bot().id())))));
        guild.roles().stream().filter(r -> r.id().equals(id)).findFirst()
                .ifPresent(role -> resolved.withObjectProperty("roles").set(id, guild.roleJson(role)));
    }

    private static JsonNode declarationOf(JsonNode declared, String name) {
        for (JsonNode option : declared) {
            if (option.path("name").asText().equals(name)) {
                return option;
            }
        }
        return MissingNode.getInstance();
    }

    /** For commands the bot never registered: the Java type decides, a Map means a subcommand. */
    private static int guessType(String name, Object value) {
        if (value instanceof Map<?, ?> nested) {
            return nested.values().stream().anyMatch(v -> v instanceof Map) ? OPTION_SUB_COMMAND_GROUP
                    : OPTION_SUB_COMMAND;
        }
        if (value instanceof String) {
            return OPTION_STRING;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return OPTION_INTEGER;
        }
        if (value instanceof Boolean) {
            return OPTION_BOOLEAN;
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            return OPTION_NUMBER;
        }
        throw new IllegalArgumentException("Cannot tell the Discord option type of " + name + "=" + value
                + "; register the command first or pass a String, integer, Boolean, Double or Map");
    }
}

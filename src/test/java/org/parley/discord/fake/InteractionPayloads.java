package org.parley.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds INTERACTION_CREATE payloads the way Discord sends them for a guild text channel or thread; the channel
 * decides the guild.
 */
final class InteractionPayloads {

    static final int TYPE_APPLICATION_COMMAND = 2;
    static final int TYPE_MESSAGE_COMPONENT = 3;
    static final int TYPE_MODAL_SUBMIT = 5;

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

    private static final int COMPONENT_ACTION_ROW = 1;
    private static final int COMPONENT_STRING_SELECT = 3;
    private static final int COMPONENT_TEXT_INPUT = 4;
    private static final int COMPONENT_LABEL = 18;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Channels channels;
    private final String applicationId;

    InteractionPayloads(Channels channels, String applicationId) {
        this.channels = channels;
        this.applicationId = applicationId;
    }

    /**
     * @param registered the command as registered through REST, whose option types win over guesses from the
     *                   Java values; MissingNode if the bot never registered it
     */
    ObjectNode slashCommand(
            String id,
            String token,
            String userId,
            String channelId,
            String name,
            Map<String, Object> options,
            String commandId,
            JsonNode registered) {
        ObjectNode interaction = base(id, token, TYPE_APPLICATION_COMMAND, userId, channelId);
        ObjectNode data = interaction
                .putObject("data")
                .put("id", commandId)
                .put("name", name)
                .put("type", 1);
        if (registered.has("guild_id")) {
            data.put("guild_id", registered.get("guild_id").asText());
        }
        ObjectNode resolved = JSON.objectNode();
        data.set("options", options(channels.guildOf(channelId), options, registered.path("options"), resolved));
        if (!resolved.isEmpty()) {
            data.set("resolved", resolved);
        }
        return interaction;
    }

    ObjectNode buttonClick(
            String id, String token, String userId, String channelId, JsonNode message, String customId) {
        ObjectNode interaction = base(id, token, TYPE_MESSAGE_COMPONENT, userId, channelId);
        interaction.set("message", message);
        interaction.putObject("data").put("custom_id", customId).put("component_type", 2);
        return interaction;
    }

    /**
     * A modal submission: one entry per component of the modal as shown (ids included), a Label (18) carrying
     * its child with what the user entered, as JDA 6.4.2 reads it; legacy action rows come back as rows.
     *
     * @param message the message whose component opened the modal, or null
     * @param values  what the user entered, by the inputs' custom_id; inputs left out keep their pre-filled value
     */
    ObjectNode modalSubmit(
            String id,
            String token,
            String userId,
            String channelId,
            JsonNode message,
            JsonNode modal,
            Map<String, String> values) {
        ObjectNode interaction = base(id, token, TYPE_MODAL_SUBMIT, userId, channelId);
        if (message != null) {
            interaction.set("message", message);
        }
        ObjectNode data = interaction
                .putObject("data")
                .put("custom_id", modal.get("custom_id").asText());
        ArrayNode submitted = data.putArray("components");
        Set<String> unused = new LinkedHashSet<>(values.keySet());
        for (JsonNode component : modal.path("components")) {
            ObjectNode entry = submitted
                    .addObject()
                    .put("type", component.get("type").asInt())
                    .put("id", component.get("id").asInt());
            switch (component.get("type").asInt()) {
                case COMPONENT_LABEL ->
                    entry.set("component", submittedInput(component.get("component"), values, unused));
                case COMPONENT_ACTION_ROW -> {
                    ArrayNode row = entry.putArray("components");
                    component.path("components").forEach(child -> row.add(submittedInput(child, values, unused)));
                }
                default -> {
                    // Text displays come back as type and id only.
                }
            }
        }
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException(
                    "The modal '" + modal.get("custom_id").asText() + "' has no inputs " + unused);
        }
        return interaction;
    }

    /** What the client sends for one input; it refuses what the user could not submit. */
    private static ObjectNode submittedInput(JsonNode input, Map<String, String> values, Set<String> unused) {
        int type = input.get("type").asInt();
        String customId = input.path("custom_id").asText();
        unused.remove(customId);
        ObjectNode submitted = JSON.objectNode()
                .put("type", type)
                .put("id", input.get("id").asInt())
                .put("custom_id", customId);
        switch (type) {
            case COMPONENT_TEXT_INPUT -> {
                String value = values.getOrDefault(customId, input.path("value").asText(""));
                if (input.path("required").asBoolean(true) && value.isEmpty()) {
                    throw new IllegalArgumentException("Input '" + customId + "' is required");
                }
                if (!value.isEmpty()
                        && (value.length() < input.path("min_length").asInt(0)
                                || value.length() > input.path("max_length").asInt(4000))) {
                    throw new IllegalArgumentException(
                            "Input '" + customId + "' does not allow " + value.length() + " characters: " + input);
                }
                submitted.put("value", value);
            }
            case COMPONENT_STRING_SELECT -> {
                ArrayNode chosen = submitted.putArray("values");
                if (values.containsKey(customId)) {
                    chosen.add(values.get(customId));
                }
            }
            default ->
                throw new UnsupportedOperationException(
                        "FakeDiscord submits text inputs and string selects only, not component type " + type);
        }
        return submitted;
    }

    /**
     * Gives every component of a modal without one the numeric id Discord assigns: counting up from 1 in
     * reading order, skipping ids the bot chose.
     */
    static ObjectNode withComponentIds(JsonNode modal) {
        ObjectNode copy = modal.deepCopy();
        List<ObjectNode> inReadingOrder = new ArrayList<>();
        collect(copy.path("components"), inReadingOrder);
        Set<Integer> taken = new HashSet<>();
        inReadingOrder.stream()
                .filter(c -> c.has("id"))
                .forEach(c -> taken.add(c.get("id").asInt()));
        int next = 1;
        for (ObjectNode component : inReadingOrder) {
            if (!component.has("id")) {
                while (taken.contains(next)) {
                    next++;
                }
                component.put("id", next);
                taken.add(next);
            }
        }
        return copy;
    }

    private static void collect(JsonNode components, List<ObjectNode> into) {
        for (JsonNode component : components) {
            into.add((ObjectNode) component);
            if (component.path("component").isObject()) {
                into.add((ObjectNode) component.get("component"));
            }
            collect(component.path("components"), into);
        }
    }

    /** What Discord copies into interaction_metadata of the messages answering this interaction. */
    ObjectNode metadata(
            FakeGuild guild, String id, int type, String userId, String commandName, String componentMessageId) {
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

    /** A modal submission's metadata also names the interaction that opened the modal. */
    ObjectNode modalSubmitMetadata(FakeGuild guild, String id, String userId, ObjectNode openerMetadata) {
        ObjectNode metadata = metadata(guild, id, TYPE_MODAL_SUBMIT, userId, null, null);
        metadata.set("triggering_interaction_metadata", openerMetadata);
        return metadata;
    }

    private ObjectNode base(String id, String token, int type, String userId, String channelId) {
        FakeGuild guild = channels.guildOf(channelId);
        FakeGuild.Member member = guild.requireMember(userId);
        ObjectNode channel = channels.require(channelId);
        long permissions = channels.permissionsIn(userId, channelId);
        if (permissions == 0) {
            throw new IllegalArgumentException(
                    "User " + userId + " cannot see channel " + channelId + ", so cannot interact there");
        }
        // Discord sends the member's permissions in this channel, overwrites included.
        String memberPermissions = Long.toString(permissions);

        ObjectNode interaction = JSON.objectNode()
                .put("id", id)
                .put("application_id", applicationId)
                .put("type", type)
                .put("token", token)
                .put("version", 1)
                .put("guild_id", guild.id())
                .put("channel_id", channelId)
                .put("locale", "en-US")
                .put("guild_locale", "en-US")
                .put("context", 0) // GUILD
                .put(
                        "app_permissions",
                        Long.toString(channels.permissionsIn(guild.bot().id(), channelId)))
                .put("attachment_size_limit", 10 * 1024 * 1024);
        interaction.putObject("authorizing_integration_owners").put("0", guild.id());
        interaction.putArray("entitlements");
        ObjectNode guildJson =
                interaction.putObject("guild").put("id", guild.id()).put("locale", "en-US");
        guildJson.putArray("features");
        interaction.set("channel", channel.put("permissions", memberPermissions));
        interaction.set("member", guild.memberJson(member, true).put("permissions", memberPermissions));
        return interaction;
    }

    private ArrayNode options(FakeGuild guild, Map<String, Object> values, JsonNode declared, ObjectNode resolved) {
        ArrayNode options = JSON.arrayNode();
        values.forEach((name, value) -> {
            JsonNode declaration = declarationOf(declared, name);
            int type = declaration.isMissingNode()
                    ? guessType(name, value)
                    : declaration.get("type").asInt();
            ObjectNode option = options.addObject().put("name", name).put("type", type);
            switch (type) {
                case OPTION_SUB_COMMAND, OPTION_SUB_COMMAND_GROUP -> {
                    if (!(value instanceof Map<?, ?> nested)) {
                        throw new IllegalArgumentException("Option " + name + " is a subcommand: pass a Map");
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> nestedValues = (Map<String, Object>) nested;
                    option.set("options", options(guild, nestedValues, declaration.path("options"), resolved));
                }
                case OPTION_STRING -> option.put("value", String.valueOf(value));
                case OPTION_INTEGER -> option.put("value", ((Number) value).longValue());
                case OPTION_BOOLEAN -> option.put("value", (Boolean) value);
                case OPTION_NUMBER -> option.put("value", ((Number) value).doubleValue());
                case OPTION_USER, OPTION_CHANNEL, OPTION_ROLE, OPTION_MENTIONABLE -> {
                    String id = String.valueOf(value);
                    option.put("value", id);
                    resolve(guild, id, resolved);
                }
                default -> throw new IllegalArgumentException("Unsupported option type " + type + " for " + name);
            }
        });
        return options;
    }

    /** Adds whatever entity the id names to "resolved", as Discord does for entity options. */
    private void resolve(FakeGuild guild, String id, ObjectNode resolved) {
        guild.findMember(id).ifPresent(member -> {
            resolved.withObjectProperty("users").set(id, guild.userJson(member.user()));
            resolved.withObjectProperty("members")
                    .set(
                            id,
                            guild.memberJson(member, false).put("permissions", Long.toString(guild.permissionsOf(id))));
        });
        channels.find(id)
                .ifPresent(channel -> resolved.withObjectProperty("channels")
                        .set(
                                id,
                                channel.put(
                                        "permissions",
                                        Long.toString(channels.permissionsIn(
                                                guild.bot().id(), id)))));
        guild.roles().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
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
            return nested.values().stream().anyMatch(v -> v instanceof Map)
                    ? OPTION_SUB_COMMAND_GROUP
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

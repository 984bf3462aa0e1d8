package org.parley.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Application commands as Discord stores them: per scope (global, or one guild), keyed by name and type, so that
 * re-registering a command keeps its id, as on Discord.
 */
final class CommandRegistry {

    private static final String GLOBAL = "global";

    private final String applicationId;
    private final Snowflakes ids;
    private final Map<String, Map<String, ObjectNode>> commandsByScope = new LinkedHashMap<>();

    CommandRegistry(String applicationId, Snowflakes ids) {
        this.applicationId = applicationId;
        this.ids = ids;
    }

    /** PUT: the given list replaces the scope's commands. */
    synchronized List<ObjectNode> replaceAll(String guildId, JsonNode commands) {
        Map<String, ObjectNode> previous = scope(guildId);
        Map<String, ObjectNode> replacement = new LinkedHashMap<>();
        for (JsonNode command : commands) {
            String key = keyOf(command);
            ObjectNode old = previous.get(key);
            replacement.put(
                    key,
                    stored(
                            guildId,
                            command,
                            old == null ? ids.next() : old.get("id").asText()));
        }
        commandsByScope.put(scopeKey(guildId), replacement);
        return copies(replacement);
    }

    /** POST: creates the command, or overwrites the one with the same name and type. */
    synchronized ObjectNode upsert(String guildId, JsonNode command) {
        Map<String, ObjectNode> scope = scope(guildId);
        ObjectNode old = scope.get(keyOf(command));
        ObjectNode stored = stored(
                guildId, command, old == null ? ids.next() : old.get("id").asText());
        scope.put(keyOf(command), stored);
        return stored.deepCopy();
    }

    synchronized List<ObjectNode> list(String guildId) {
        return copies(scope(guildId));
    }

    synchronized ObjectNode get(String guildId, String commandId) {
        return find(guildId, commandId).deepCopy();
    }

    synchronized ObjectNode edit(String guildId, String commandId, JsonNode patch) {
        ObjectNode command = find(guildId, commandId);
        ObjectNode merged = command.deepCopy();
        patch.fields().forEachRemaining(field -> merged.set(field.getKey(), field.getValue()));
        Map<String, ObjectNode> scope = scope(guildId);
        scope.remove(keyOf(command));
        ObjectNode stored = stored(guildId, merged, commandId);
        scope.put(keyOf(stored), stored);
        return stored.deepCopy();
    }

    synchronized void delete(String guildId, String commandId) {
        ObjectNode command = find(guildId, commandId);
        scope(guildId).remove(keyOf(command));
    }

    /** The slash command a user would pick by name in this guild: guild commands shadow global ones. */
    synchronized Optional<ObjectNode> findSlashCommand(String guildId, String name) {
        String key = name + "#1";
        return Optional.ofNullable(scope(guildId).get(key))
                .or(() -> Optional.ofNullable(scope(null).get(key)))
                .map(ObjectNode::deepCopy);
    }

    private ObjectNode find(String guildId, String commandId) {
        return scope(guildId).values().stream()
                .filter(c -> c.get("id").asText().equals(commandId))
                .findFirst()
                .orElseThrow(() -> new DiscordError(404, 10063, "Unknown application command"));
    }

    private ObjectNode stored(String guildId, JsonNode command, String id) {
        ObjectNode stored = command.deepCopy();
        stored.put("id", id)
                .put("application_id", applicationId)
                .put("version", ids.next())
                .put("type", command.path("type").asInt(1));
        if (guildId != null) {
            stored.put("guild_id", guildId);
        }
        if (!stored.has("default_member_permissions")) {
            stored.putNull("default_member_permissions");
        }
        if (!stored.has("nsfw")) {
            stored.put("nsfw", false);
        }
        return stored;
    }

    private Map<String, ObjectNode> scope(String guildId) {
        return commandsByScope.computeIfAbsent(scopeKey(guildId), k -> new LinkedHashMap<>());
    }

    private static String scopeKey(String guildId) {
        return guildId == null ? GLOBAL : guildId;
    }

    private static String keyOf(JsonNode command) {
        return command.path("name").asText() + "#" + command.path("type").asInt(1);
    }

    private static List<ObjectNode> copies(Map<String, ObjectNode> commands) {
        List<ObjectNode> result = new ArrayList<>();
        commands.values().forEach(c -> result.add(c.deepCopy()));
        return result;
    }
}

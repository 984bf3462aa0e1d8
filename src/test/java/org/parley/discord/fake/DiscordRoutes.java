package org.parley.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import org.parley.discord.fake.RestServer.Call;
import org.parley.discord.fake.RestServer.Reply;

/**
 * The REST routes JDA 6.4.2 uses for a bot like Parley, answered with realistic payloads. Templates are spelled
 * exactly as in JDA's {@code Route} class so recorded route names can be compared with JDA's.
 */
final class DiscordRoutes {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static final int CALLBACK_CHANNEL_MESSAGE = 4;
    private static final int CALLBACK_DEFERRED_CHANNEL_MESSAGE = 5;
    private static final int CALLBACK_DEFERRED_UPDATE_MESSAGE = 6;
    private static final int CALLBACK_UPDATE_MESSAGE = 7;
    private static final int CALLBACK_AUTOCOMPLETE_RESULT = 8;
    private static final int CALLBACK_MODAL = 9;

    private static final Set<Integer> AUTO_ARCHIVE_MINUTES = Set.of(60, 1440, 4320, 10080);
    private static final int MODAL_MAX_TITLE = 45;
    private static final int MODAL_MAX_COMPONENTS = 5;

    // The first guild: its owner owns the application, and its bot user is the bot in every guild.
    private final FakeGuild home;
    private final Channels channels;
    private final Snowflakes ids;
    private final String applicationId;
    private final MessageStore messages;
    private final CommandRegistry commands;
    private final InteractionLedger interactions;
    private final GatewayServer gateway;
    private final int recommendedShards;

    DiscordRoutes(
            Channels channels,
            Snowflakes ids,
            String applicationId,
            MessageStore messages,
            CommandRegistry commands,
            InteractionLedger interactions,
            GatewayServer gateway,
            int recommendedShards) {
        this.home = channels.guilds().get(0);
        this.channels = channels;
        this.ids = ids;
        this.applicationId = applicationId;
        this.messages = messages;
        this.commands = commands;
        this.interactions = interactions;
        this.gateway = gateway;
        this.recommendedShards = recommendedShards;
    }

    void registerOn(RestServer rest) {
        // Login and application
        rest.route("GET", "users/@me", call -> Reply.ok(selfUser()));
        rest.route("GET", "oauth2/applications/@me", call -> Reply.ok(applicationInfo()));
        rest.route("GET", "gateway", call -> Reply.ok(JSON.objectNode().put("url", gateway.url())));
        rest.route("GET", "gateway/bot", call -> Reply.ok(gatewayBot()));

        // Application commands, global and per guild
        rest.route(
                "GET", "applications/{application_id}/commands", call -> Reply.ok(array(commands.list(scopeOf(call)))));
        rest.route(
                "PUT",
                "applications/{application_id}/commands",
                call -> Reply.ok(array(commands.replaceAll(scopeOf(call), call.body()))));
        rest.route(
                "POST",
                "applications/{application_id}/commands",
                call -> Reply.ok(commands.upsert(scopeOf(call), call.body())));
        rest.route(
                "GET",
                "applications/{application_id}/commands/{command_id}",
                call -> Reply.ok(commands.get(scopeOf(call), call.param("command_id"))));
        rest.route(
                "PATCH",
                "applications/{application_id}/commands/{command_id}",
                call -> Reply.ok(commands.edit(scopeOf(call), call.param("command_id"), call.body())));
        rest.route("DELETE", "applications/{application_id}/commands/{command_id}", call -> {
            commands.delete(scopeOf(call), call.param("command_id"));
            return Reply.noContent();
        });
        rest.route(
                "GET",
                "applications/{application_id}/guilds/{guild_id}/commands",
                call -> Reply.ok(array(commands.list(scopeOf(call)))));
        rest.route(
                "PUT",
                "applications/{application_id}/guilds/{guild_id}/commands",
                call -> Reply.ok(array(commands.replaceAll(scopeOf(call), call.body()))));
        rest.route(
                "POST",
                "applications/{application_id}/guilds/{guild_id}/commands",
                call -> Reply.ok(commands.upsert(scopeOf(call), call.body())));
        rest.route(
                "GET",
                "applications/{application_id}/guilds/{guild_id}/commands/{command_id}",
                call -> Reply.ok(commands.get(scopeOf(call), call.param("command_id"))));
        rest.route(
                "PATCH",
                "applications/{application_id}/guilds/{guild_id}/commands/{command_id}",
                call -> Reply.ok(commands.edit(scopeOf(call), call.param("command_id"), call.body())));
        rest.route("DELETE", "applications/{application_id}/guilds/{guild_id}/commands/{command_id}", call -> {
            commands.delete(scopeOf(call), call.param("command_id"));
            return Reply.noContent();
        });

        // Interaction responses; authorized by the interaction token, not the bot token
        rest.tokenRoute("POST", "interactions/{interaction_id}/{interaction_token}/callback", this::callback);
        rest.tokenRoute("POST", "webhooks/{application_id}/{interaction_token}", this::followUp);
        rest.tokenRoute(
                "GET",
                "webhooks/{application_id}/{interaction_token}/messages/{message_id}",
                call -> Reply.ok(messages.find(webhookMessageId(call))
                        .orElseThrow(() -> new DiscordError(404, 10008, "Unknown Message"))));
        rest.tokenRoute(
                "PATCH",
                "webhooks/{application_id}/{interaction_token}/messages/{message_id}",
                call -> Reply.ok(messages.edit(webhookMessageId(call), call.body(), call.files())));
        rest.tokenRoute("DELETE", "webhooks/{application_id}/{interaction_token}/messages/{message_id}", call -> {
            messages.delete(webhookMessageId(call));
            return Reply.noContent();
        });

        // Channels and messages; literal "pins" routes first so they win over {message_id}
        rest.route(
                "GET",
                "channels/{channel_id}",
                call -> Reply.ok(channels.find(call.param("channel_id")).orElseThrow(DiscordError::unknownChannel)));
        rest.route("POST", "channels/{channel_id}/typing", call -> {
            channelId(call);
            return Reply.noContent();
        });
        rest.route("POST", "channels/{channel_id}/threads", this::createThread);
        rest.route("POST", "channels/{channel_id}/messages/{message_id}/threads", this::createThread);
        rest.route("GET", "channels/{channel_id}/messages/pins", this::pins);
        rest.route("PUT", "channels/{channel_id}/messages/pins/{message_id}", call -> pin(call, true));
        rest.route("DELETE", "channels/{channel_id}/messages/pins/{message_id}", call -> pin(call, false));
        rest.route(
                "GET",
                "channels/{channel_id}/messages",
                call -> Reply.ok(array(messages.history(channelId(call), limitOf(call)))));
        rest.route("POST", "channels/{channel_id}/messages", call -> {
            ObjectNode message =
                    messages.postByBot(channelId(call), call.body(), call.files(), MessageStore.Origin.CHANNEL);
            echo(message);
            return Reply.ok(message);
        });
        rest.route(
                "GET",
                "channels/{channel_id}/messages/{message_id}",
                call -> Reply.ok(messages.getInChannel(channelId(call), call.param("message_id"))));
        rest.route("PATCH", "channels/{channel_id}/messages/{message_id}", call -> {
            messages.getInChannel(channelId(call), call.param("message_id"));
            return Reply.ok(messages.edit(call.param("message_id"), call.body(), call.files()));
        });
        rest.route("DELETE", "channels/{channel_id}/messages/{message_id}", call -> {
            messages.getInChannel(channelId(call), call.param("message_id"));
            messages.delete(call.param("message_id"));
            return Reply.noContent();
        });
        rest.route(
                "PUT",
                "channels/{channel_id}/messages/{message_id}/reactions/{reaction_code}/{user_id}",
                call -> react(call, true));
        rest.route(
                "DELETE",
                "channels/{channel_id}/messages/{message_id}/reactions/{reaction_code}/{user_id}",
                call -> react(call, false));
    }

    // ---- interactions ----

    private Reply callback(Call call) {
        InteractionLedger.Entry interaction =
                interactions.acknowledge(call.param("interaction_id"), call.param("interaction_token"));
        int type = call.body().path("type").asInt();
        JsonNode data = call.body().path("data");
        boolean ephemeral = (data.path("flags").asInt() & MessageStore.FLAG_EPHEMERAL) != 0;

        ObjectNode resource = JSON.objectNode().put("type", type);
        switch (type) {
            case CALLBACK_CHANNEL_MESSAGE -> {
                ObjectNode message =
                        messages.postByBot(interaction.channelId, data, call.files(), originOf(interaction));
                interactions.setOriginal(interaction, message.get("id").asText());
                echo(message);
                resource.set("message", message);
            }
            case CALLBACK_DEFERRED_CHANNEL_MESSAGE -> {
                ObjectNode message =
                        messages.postLoadingPlaceholder(interaction.channelId, ephemeral, originOf(interaction));
                interactions.setOriginal(interaction, message.get("id").asText());
                echo(message);
                resource.set("message", message);
            }
            case CALLBACK_DEFERRED_UPDATE_MESSAGE ->
                resource.set(
                        "message",
                        messages.find(requireComponentMessage(interaction)).orElseThrow());
            case CALLBACK_UPDATE_MESSAGE ->
                resource.set("message", messages.edit(requireComponentMessage(interaction), data, call.files()));
            case CALLBACK_MODAL -> interactions.setModal(interaction, validModal(data));
            case CALLBACK_AUTOCOMPLETE_RESULT -> {
                // Nothing to store: the client shows the choices.
            }
            default -> throw DiscordError.invalidFormBody("type", "BASE_TYPE_CHOICES", "Value must be one of ...");
        }

        if (!call.queryFlag("with_response")) {
            return Reply.noContent();
        }
        ObjectNode response = JSON.objectNode();
        ObjectNode summary =
                response.putObject("interaction").put("id", interaction.id).put("type", interaction.type);
        if (resource.has("message")) {
            JsonNode message = resource.get("message");
            summary.put("response_message_id", message.get("id").asText())
                    .put("response_message_loading", (message.get("flags").asInt() & MessageStore.FLAG_LOADING) != 0)
                    .put(
                            "response_message_ephemeral",
                            (message.get("flags").asInt() & MessageStore.FLAG_EPHEMERAL) != 0);
        }
        response.set("resource", resource);
        return Reply.ok(response);
    }

    private Reply followUp(Call call) {
        requireOwnApplication(call);
        InteractionLedger.Entry interaction = interactions.requireAcknowledged(call.param("interaction_token"));
        ObjectNode message = messages.postByBot(
                interaction.channelId,
                call.body(),
                call.files(),
                new MessageStore.Origin(MessageStore.TYPE_DEFAULT, applicationId, interaction.metadata));
        echo(message);
        // Without ?wait=true Discord answers 204 and the client never learns the message.
        return call.queryFlag("wait") ? Reply.ok(message) : Reply.noContent();
    }

    /** Resolves "@original" and checks the message belongs to this interaction's channel. */
    private String webhookMessageId(Call call) {
        requireOwnApplication(call);
        InteractionLedger.Entry interaction = interactions.requireAcknowledged(call.param("interaction_token"));
        String messageId = call.param("message_id");
        if (messageId.equals("@original")) {
            return interactions
                    .originalMessageId(interaction)
                    .orElseThrow(() -> new DiscordError(404, 10008, "Unknown Message"));
        }
        messages.getInChannel(interaction.channelId, messageId);
        return messageId;
    }

    private MessageStore.Origin originOf(InteractionLedger.Entry interaction) {
        // Answers to buttons and modal submissions are plain messages; only slash commands get their own type.
        int messageType = interaction.type == InteractionPayloads.TYPE_APPLICATION_COMMAND
                ? MessageStore.TYPE_CHAT_INPUT_COMMAND
                : MessageStore.TYPE_DEFAULT;
        return new MessageStore.Origin(messageType, applicationId, interaction.metadata);
    }

    /** Discord's checks on a modal (JDA checks the same before sending); stored with Discord's component ids. */
    private static ObjectNode validModal(JsonNode data) {
        String title = data.path("title").asText("");
        if (data.path("custom_id").asText("").isEmpty()) {
            throw DiscordError.invalidFormBody("data.custom_id", "BASE_TYPE_REQUIRED", "This field is required");
        }
        if (title.isEmpty()) {
            throw DiscordError.invalidFormBody("data.title", "BASE_TYPE_REQUIRED", "This field is required");
        }
        if (title.length() > MODAL_MAX_TITLE) {
            throw DiscordError.invalidFormBody(
                    "data.title", "BASE_TYPE_MAX_LENGTH", "Must be " + MODAL_MAX_TITLE + " or fewer in length.");
        }
        int components = data.path("components").size();
        if (components == 0 || components > MODAL_MAX_COMPONENTS) {
            throw DiscordError.invalidFormBody(
                    "data.components",
                    "BASE_TYPE_BAD_LENGTH",
                    "Must be between 1 and " + MODAL_MAX_COMPONENTS + " in length.");
        }
        return InteractionPayloads.withComponentIds(data);
    }

    private static String requireComponentMessage(InteractionLedger.Entry interaction) {
        if (interaction.componentMessageId == null) {
            throw DiscordError.invalidFormBody(
                    "type",
                    "INTERACTION_RESPONSE_TYPE_INVALID",
                    "This response type is only valid for component interactions");
        }
        return interaction.componentMessageId;
    }

    private void requireOwnApplication(Call call) {
        if (!applicationId.equals(call.param("application_id"))) {
            throw DiscordError.unknownWebhook();
        }
    }

    // ---- channels ----

    /**
     * Starts a thread, as the bot: from a message (always public, and with the message's id) or in a channel
     * (the type JDA sends; Discord's v10 default is private). THREAD_CREATE goes out before the answer, and a
     * message that starts a thread is updated with it (MESSAGE_UPDATE).
     */
    private Reply createThread(Call call) {
        String parentId = channelId(call);
        if (channels.isThread(parentId)) {
            throw new DiscordError(400, 50024, "Cannot execute action on this channel type");
        }
        JsonNode body = call.body();
        String name = body.path("name").asText("").trim();
        if (name.isEmpty() || name.length() > 100) {
            throw DiscordError.invalidFormBody("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        }
        int autoArchive = body.path("auto_archive_duration").asInt(Channels.DEFAULT_AUTO_ARCHIVE_MINUTES);
        if (!AUTO_ARCHIVE_MINUTES.contains(autoArchive)) {
            throw DiscordError.invalidFormBody(
                    "auto_archive_duration", "BASE_TYPE_CHOICES", "Value must be one of {60, 1440, 4320, 10080}.");
        }
        String messageId = call.param("message_id");
        int type = messageId != null
                ? Channels.TYPE_PUBLIC_THREAD
                : body.path("type").asInt(Channels.TYPE_PRIVATE_THREAD);
        if (type != Channels.TYPE_PUBLIC_THREAD && type != Channels.TYPE_PRIVATE_THREAD) {
            throw DiscordError.invalidFormBody("type", "BASE_TYPE_CHOICES", "Value must be one of {11, 12}.");
        }
        Permission needed = type == Channels.TYPE_PUBLIC_THREAD
                ? Permission.CREATE_PUBLIC_THREADS
                : Permission.CREATE_PRIVATE_THREADS;
        if ((channels.permissionsIn(home.bot().id(), parentId) & needed.getRawValue()) == 0) {
            throw DiscordError.missingPermissions();
        }
        if (messageId != null) {
            messages.requireNoThread(parentId, messageId);
        }
        String threadId = messageId != null ? messageId : ids.next();
        ObjectNode thread = channels.createThread(
                threadId, parentId, name, type, autoArchive, home.bot().id());
        FakeGuild guild = channels.guildOf(parentId);
        gateway.dispatchIfConnected(
                guild.id(), "THREAD_CREATE", thread.deepCopy().put("newly_created", true));
        if (messageId != null) {
            ObjectNode started =
                    messages.attachThread(messageId, channels.find(threadId).orElseThrow());
            gateway.dispatchIfConnected(guild.id(), "MESSAGE_UPDATE", guild.messageEventJson(started));
        }
        return Reply.ok(thread);
    }

    private Reply pins(Call call) {
        ArrayNode items = JSON.arrayNode();
        for (ObjectNode message : messages.pinned(channelId(call))) {
            ObjectNode item = items.addObject();
            item.put("pinned_at", message.get("timestamp").asText());
            item.set("message", message);
        }
        ObjectNode page = JSON.objectNode();
        page.set("items", items);
        page.put("has_more", false);
        return Reply.ok(page);
    }

    private Reply pin(Call call, boolean pinned) {
        messages.setPinned(channelId(call), call.param("message_id"), pinned);
        return Reply.noContent();
    }

    private Reply react(Call call, boolean add) {
        if (add && !call.param("user_id").equals("@me")) {
            throw new DiscordError(405, 0, "405: Method Not Allowed");
        }
        messages.react(channelId(call), call.param("message_id"), call.param("reaction_code"), add);
        return Reply.noContent();
    }

    /** The route's channel or thread, which must exist. */
    private String channelId(Call call) {
        return channels.find(call.param("channel_id"))
                .orElseThrow(DiscordError::unknownChannel)
                .get("id")
                .asText();
    }

    /** Discord also sends the bot its own messages over the gateway (ephemeral ones excepted). */
    private void echo(ObjectNode message) {
        if ((message.get("flags").asInt() & MessageStore.FLAG_EPHEMERAL) != 0) {
            return;
        }
        FakeGuild guild = channels.guildOf(message.get("channel_id").asText());
        gateway.dispatchIfConnected(guild.id(), "MESSAGE_CREATE", guild.messageEventJson(message));
    }

    // ---- login ----

    private ObjectNode selfUser() {
        return home.userJson(home.bot())
                .put("verified", true)
                .put("mfa_enabled", false)
                .put("flags", 0)
                .put("locale", "en-US")
                .putNull("email");
    }

    private ObjectNode applicationInfo() {
        ObjectNode info = JSON.objectNode()
                .put("id", applicationId)
                .put("name", home.bot().username())
                .putNull("icon")
                .put("description", "")
                .put("summary", "")
                .put("bot_public", false)
                .put("bot_require_code_grant", false)
                .put("verify_key", "0000000000000000000000000000000000000000000000000000000000000000")
                .put("flags", 1 << 19)
                .putNull("team");
        info.set("owner", home.userJson(home.owner()));
        info.set("bot", home.userJson(home.bot()));
        info.putArray("tags");
        info.putArray("redirect_uris");
        return info;
    }

    private ObjectNode gatewayBot() {
        ObjectNode json = JSON.objectNode().put("url", gateway.url()).put("shards", recommendedShards);
        json.putObject("session_start_limit")
                .put("total", 1000)
                .put("remaining", 999)
                .put("reset_after", 86_400_000)
                .put("max_concurrency", 1);
        return json;
    }

    // ---- helpers ----

    /** Checks the application id and returns the guild id of a guild-scoped route, or null for global. */
    private String scopeOf(Call call) {
        if (!applicationId.equals(call.param("application_id"))) {
            throw new DiscordError(403, 50001, "Missing Access");
        }
        String guildId = call.param("guild_id");
        if (guildId != null && channels.findGuild(guildId).isEmpty()) {
            throw new DiscordError(403, 50001, "Missing Access");
        }
        return guildId;
    }

    private static int limitOf(Call call) {
        return call.queryParam("limit").map(Integer::parseInt).orElse(50);
    }

    private static ArrayNode array(List<ObjectNode> items) {
        ArrayNode array = JSON.arrayNode();
        items.forEach(array::add);
        return array;
    }
}

package org.parley.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every message in the fake guilds, as Discord would return it, plus pins and the bot's reactions.
 *
 * <p>Mentions are resolved the way Discord does from {@code content} and {@code allowed_mentions}, so a test can
 * read a stored message's {@code mentions} to see who would have been pinged. Uploaded files are kept byte for
 * byte under their attachment ids.
 */
final class MessageStore {

    /** How a bot message came to be, which decides its type and webhook fields. */
    record Origin(int messageType, String webhookApplicationId, ObjectNode interactionMetadata) {
        static final Origin CHANNEL = new Origin(0, null, null);
    }

    static final int TYPE_DEFAULT = 0;
    static final int TYPE_REPLY = 19;
    static final int TYPE_CHAT_INPUT_COMMAND = 20;

    static final int FLAG_HAS_THREAD = 1 << 5;
    static final int FLAG_EPHEMERAL = 1 << 6;
    static final int FLAG_LOADING = 1 << 7;
    // The flags a client may set; Discord ignores the others.
    private static final int CLIENT_SETTABLE_FLAGS = (1 << 2) | FLAG_EPHEMERAL | (1 << 12) | (1 << 15);

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern USER_MENTION = Pattern.compile("<@!?(\\d+)>");
    private static final Pattern ROLE_MENTION = Pattern.compile("<@&(\\d+)>");

    private final Channels channels;
    private final Snowflakes ids;
    private final Map<String, ObjectNode> messagesById = new HashMap<>();
    private final Map<String, byte[]> attachmentContent = new HashMap<>();

    MessageStore(Channels channels, Snowflakes ids) {
        this.channels = channels;
        this.ids = ids;
    }

    /** A message a (non-bot) member posts; this is the MESSAGE_CREATE payload minus guild_id/member. */
    synchronized ObjectNode postByUser(
            String authorId, String channelId, String content, List<String> mentionedUserIds) {
        channels.require(channelId);
        FakeGuild guild = channels.guildOf(channelId);
        FakeGuild.Member author = guild.requireMember(authorId);
        ObjectNode message = skeleton(guild, ids.next(), TYPE_DEFAULT, channelId, author.user());
        message.put("content", content);
        ArrayNode mentions = message.putArray("mentions");
        for (String userId : new LinkedHashSet<>(mentionedUserIds)) {
            mentions.add(mentionedUserJson(guild, guild.requireMember(userId)));
        }
        store(message);
        return message.deepCopy();
    }

    /**
     * A message the bot creates from what JDA sent: content, embeds, components, flags, allowed_mentions,
     * message_reference and attachments.
     *
     * @throws DiscordError if the reply names another channel, or its target is not in this channel and
     *                      fail_if_not_exists isn't false
     */
    synchronized ObjectNode postByBot(
            String channelId, JsonNode payload, List<MultipartForm.Part> files, Origin origin) {
        return create(channelId, payload, files, origin, 0);
    }

    /** The "thinking..." placeholder Discord creates for a deferred interaction response. */
    synchronized ObjectNode postLoadingPlaceholder(String channelId, boolean ephemeral, Origin origin) {
        ObjectNode payload = JSON.objectNode().put("content", "").put("flags", ephemeral ? FLAG_EPHEMERAL : 0);
        return create(channelId, payload, List.of(), origin, FLAG_LOADING);
    }

    private ObjectNode create(
            String channelId, JsonNode payload, List<MultipartForm.Part> files, Origin origin, int serverFlags) {
        FakeGuild guild = channels.guildOf(channelId);
        ObjectNode message = skeleton(guild, ids.next(), origin.messageType(), channelId, guild.bot());
        if (origin.webhookApplicationId() != null) {
            message.put("webhook_id", origin.webhookApplicationId())
                    .put("application_id", origin.webhookApplicationId());
        }
        if (origin.interactionMetadata() != null) {
            message.set("interaction_metadata", origin.interactionMetadata());
        }
        JsonNode reference = payload.path("message_reference");
        ObjectNode referenced = reference.isObject() ? replyTarget(channelId, reference) : null;
        if (referenced != null) {
            message.put("type", TYPE_REPLY);
            message.putObject("message_reference")
                    .put("type", 0)
                    .put("message_id", referenced.get("id").asText())
                    .put("channel_id", referenced.get("channel_id").asText())
                    .put("guild_id", guild.id());
            message.set("referenced_message", referenced.deepCopy());
        }
        applyPayload(message, payload, files);
        message.put("flags", message.get("flags").asInt() | serverFlags);
        resolveMentions(guild, message, payload.path("allowed_mentions"), referenced);
        store(message);
        return message.deepCopy();
    }

    /**
     * The message a reply points at. Discord looks for it in the channel the reply is posted in only: naming
     * another channel is refused outright, and a message that is elsewhere (or gone) is unknown, which
     * fail_if_not_exists (default true; JDA sends false unless told otherwise) turns into an error or into a
     * plain message without reply.
     */
    private ObjectNode replyTarget(String channelId, JsonNode reference) {
        if (reference.path("type").asInt(0) != 0) {
            // Forwards (type 1) may name other channels; FakeDiscord does not model them.
            throw new UnsupportedOperationException("FakeDiscord supports replies only, not message forwards");
        }
        if (!reference.path("channel_id").asText(channelId).equals(channelId)) {
            throw DiscordError.invalidFormBody(
                    "message_reference",
                    "REPLIES_CANNOT_REFERENCE_OTHER_CHANNEL",
                    "Cannot reply to a message in a different channel");
        }
        ObjectNode target = messagesById.get(reference.path("message_id").asText());
        if (target != null && target.get("channel_id").asText().equals(channelId)) {
            return target;
        }
        if (reference.path("fail_if_not_exists").asBoolean(true)) {
            throw DiscordError.invalidFormBody(
                    "message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message");
        }
        return null;
    }

    private void store(ObjectNode message) {
        String channelId = message.get("channel_id").asText();
        String id = message.get("id").asText();
        messagesById.put(id, message);
        channels.messagePosted(channelId, id, message.get("author").get("id").asText());
    }

    /**
     * Checks a thread may start from the message.
     *
     * @throws DiscordError 10008 if the message is not in the channel, 160004 if it already has a thread
     */
    synchronized void requireNoThread(String channelId, String messageId) {
        if (requireInChannel(channelId, messageId).has("thread")) {
            throw new DiscordError(400, 160004, "A thread has already been created for this message");
        }
    }

    /** Marks the message as a thread's start, as Discord does: HAS_THREAD flag and the thread inside it. */
    synchronized ObjectNode attachThread(String messageId, ObjectNode thread) {
        ObjectNode message = require(messageId);
        message.put("flags", message.get("flags").asInt() | FLAG_HAS_THREAD);
        message.set("thread", thread.deepCopy());
        return message.deepCopy();
    }

    /** The bytes of a file uploaded with the message, if the message (still) carries an attachment of that name. */
    synchronized Optional<byte[]> attachment(String messageId, String filename) {
        ObjectNode message = messagesById.get(messageId);
        if (message == null) {
            return Optional.empty();
        }
        for (JsonNode attachment : message.path("attachments")) {
            byte[] content = attachmentContent.get(attachment.path("id").asText());
            if (attachment.path("filename").asText().equals(filename) && content != null) {
                return Optional.of(content.clone());
            }
        }
        return Optional.empty();
    }

    /** Applies an edit (PATCH) from the bot; fields absent from the payload stay as they were. */
    synchronized ObjectNode edit(String messageId, JsonNode payload, List<MultipartForm.Part> files) {
        ObjectNode message = require(messageId);
        FakeGuild guild = channels.guildOf(message.get("channel_id").asText());
        if (!message.path("author").path("id").asText().equals(guild.bot().id())) {
            throw new DiscordError(403, 50005, "Cannot edit a message authored by another user");
        }
        applyPayload(message, payload, files);
        // The first edit of a deferred response is its real content: it stops "thinking".
        message.put("flags", message.get("flags").asInt() & ~FLAG_LOADING);
        message.put("edited_timestamp", now());
        resolveMentions(guild, message, payload.path("allowed_mentions"), null);
        return message.deepCopy();
    }

    synchronized Optional<ObjectNode> find(String messageId) {
        return Optional.ofNullable(messagesById.get(messageId)).map(ObjectNode::deepCopy);
    }

    synchronized ObjectNode getInChannel(String channelId, String messageId) {
        return requireInChannel(channelId, messageId).deepCopy();
    }

    private ObjectNode require(String messageId) {
        ObjectNode message = messagesById.get(messageId);
        if (message == null) {
            throw new DiscordError(404, 10008, "Unknown Message");
        }
        return message;
    }

    private ObjectNode requireInChannel(String channelId, String messageId) {
        ObjectNode message = require(messageId);
        if (!message.get("channel_id").asText().equals(channelId)) {
            throw new DiscordError(404, 10008, "Unknown Message");
        }
        return message;
    }

    synchronized void delete(String messageId) {
        ObjectNode removed = messagesById.remove(messageId);
        if (removed == null) {
            throw new DiscordError(404, 10008, "Unknown Message");
        }
        channels.messageDeleted(removed.get("channel_id").asText());
    }

    /** Everything posted in the channel or thread and not deleted, ephemeral messages included, oldest first. */
    synchronized List<ObjectNode> inChannel(String channelId) {
        return messagesById.values().stream()
                .filter(m -> m.get("channel_id").asText().equals(channelId))
                .sorted(Comparator.comparing(
                        (ObjectNode m) -> Long.parseUnsignedLong(m.get("id").asText())))
                .map(ObjectNode::deepCopy)
                .toList();
    }

    /** Newest first, as Discord's message history. */
    synchronized List<ObjectNode> history(String channelId, int limit) {
        return messagesById.values().stream()
                .filter(m -> m.get("channel_id").asText().equals(channelId))
                .filter(m -> (m.get("flags").asInt() & FLAG_EPHEMERAL) == 0)
                .sorted(Comparator.comparing((ObjectNode m) ->
                                Long.parseUnsignedLong(m.get("id").asText()))
                        .reversed())
                .limit(limit)
                .map(ObjectNode::deepCopy)
                .toList();
    }

    synchronized void setPinned(String channelId, String messageId, boolean pinned) {
        requireInChannel(channelId, messageId).put("pinned", pinned);
    }

    synchronized List<ObjectNode> pinned(String channelId) {
        return history(channelId, Integer.MAX_VALUE).stream()
                .filter(m -> m.get("pinned").asBoolean())
                .toList();
    }

    synchronized void react(String channelId, String messageId, String emoji, boolean add) {
        ObjectNode message = requireInChannel(channelId, messageId);
        ArrayNode reactions = message.withArray("reactions");
        for (int i = 0; i < reactions.size(); i++) {
            if (reactions.get(i).path("emoji").path("name").asText().equals(emoji)) {
                if (!add) {
                    reactions.remove(i);
                }
                return;
            }
        }
        if (add) {
            ObjectNode reaction = reactions.addObject().put("count", 1).put("me", true);
            reaction.putObject("emoji").putNull("id").put("name", emoji);
            reaction.putObject("count_details").put("burst", 0).put("normal", 1);
            reaction.put("me_burst", false)
                    .put("burst_me", false)
                    .put("burst_count", 0)
                    .putArray("burst_colors");
        }
    }

    // ---- building messages ----

    private ObjectNode skeleton(FakeGuild guild, String id, int type, String channelId, FakeGuild.User author) {
        ObjectNode message = JSON.objectNode()
                .put("id", id)
                .put("type", type)
                .put("channel_id", channelId)
                .put("content", "");
        message.set("author", guild.userJson(author));
        message.put("timestamp", now())
                .putNull("edited_timestamp")
                .put("tts", false)
                .put("mention_everyone", false)
                .put("pinned", false)
                .put("flags", 0);
        message.putArray("mentions");
        message.putArray("mention_roles");
        message.putArray("attachments");
        message.putArray("embeds");
        message.putArray("components");
        return message;
    }

    private void applyPayload(ObjectNode message, JsonNode payload, List<MultipartForm.Part> files) {
        if (payload.has("content")) {
            message.put("content", payload.get("content").asText(""));
        }
        if (payload.path("embeds").isArray()) {
            ArrayNode embeds = message.putArray("embeds");
            for (JsonNode embed : payload.get("embeds")) {
                ObjectNode copy = embed.deepCopy();
                if (!copy.has("type")) {
                    copy.put("type", "rich");
                }
                embeds.add(copy);
            }
        }
        if (payload.path("components").isArray()) {
            message.set("components", payload.get("components").deepCopy());
        }
        if (payload.has("flags")) {
            int kept = message.get("flags").asInt() & ~CLIENT_SETTABLE_FLAGS;
            message.put("flags", kept | (payload.get("flags").asInt() & CLIENT_SETTABLE_FLAGS));
        }
        if (payload.path("attachments").isArray()) {
            message.set("attachments", attachments(message, payload.get("attachments"), files));
        }
    }

    /** Keeps listed existing attachments and turns {@code {id: n}} entries into uploads of part files[n]. */
    private ArrayNode attachments(ObjectNode message, JsonNode requested, List<MultipartForm.Part> files) {
        Map<String, JsonNode> existing = new HashMap<>();
        message.path("attachments").forEach(a -> existing.put(a.get("id").asText(), a));
        ArrayNode result = JSON.arrayNode();
        for (JsonNode entry : requested) {
            String id = entry.path("id").asText();
            if (existing.containsKey(id)) {
                result.add(existing.get(id));
                continue;
            }
            Optional<MultipartForm.Part> file = files.stream()
                    .filter(f -> f.name().equals("files[" + id + "]"))
                    .findFirst();
            String filename = entry.path("filename")
                    .asText(file.map(MultipartForm.Part::filename).orElse("file"));
            String attachmentId = ids.next();
            String url = "https://cdn.discordapp.com/attachments/"
                    + message.get("channel_id").asText() + "/" + attachmentId + "/" + filename;
            ObjectNode attachment = result.addObject()
                    .put("id", attachmentId)
                    .put("filename", filename)
                    .put("size", file.map(f -> f.content().length).orElse(0))
                    .put("url", url)
                    .put("proxy_url", url.replace("cdn.discordapp.com", "media.discordapp.net"));
            file.map(MultipartForm.Part::contentType).ifPresent(type -> attachment.put("content_type", type));
            file.ifPresent(f -> attachmentContent.put(attachmentId, f.content()));
            if (entry.hasNonNull("description")) {
                attachment.put("description", entry.get("description").asText());
            }
        }
        return result;
    }

    /**
     * Discord's rules: without allowed_mentions everything in the content is parsed (and a reply pings its
     * author); with it, only the listed parse types, users and roles, and replied_user decides the reply ping.
     */
    private static void resolveMentions(
            FakeGuild guild, ObjectNode message, JsonNode allowedMentions, ObjectNode repliedTo) {
        boolean defaults = !allowedMentions.isObject();
        Set<String> parse = new LinkedHashSet<>();
        if (defaults) {
            parse.addAll(List.of("users", "roles", "everyone"));
        } else {
            allowedMentions.path("parse").forEach(p -> parse.add(p.asText()));
        }
        Set<String> allowedUsers = new LinkedHashSet<>();
        allowedMentions.path("users").forEach(u -> allowedUsers.add(u.asText()));
        Set<String> allowedRoles = new LinkedHashSet<>();
        allowedMentions.path("roles").forEach(r -> allowedRoles.add(r.asText()));
        boolean pingRepliedUser =
                defaults || allowedMentions.path("replied_user").asBoolean(false);

        String content = message.get("content").asText();
        Set<String> userIds = new LinkedHashSet<>();
        for (String userId : matches(USER_MENTION, content)) {
            if (parse.contains("users") || allowedUsers.contains(userId)) {
                userIds.add(userId);
            }
        }
        if (repliedTo != null && pingRepliedUser) {
            userIds.add(repliedTo.path("author").path("id").asText());
        }
        ArrayNode mentions = message.putArray("mentions");
        userIds.stream()
                .flatMap(id -> guild.findMember(id).stream())
                .forEach(m -> mentions.add(mentionedUserJson(guild, m)));

        ArrayNode roles = message.putArray("mention_roles");
        for (String roleId : matches(ROLE_MENTION, content)) {
            if (parse.contains("roles") || allowedRoles.contains(roleId)) {
                roles.add(roleId);
            }
        }
        message.put(
                "mention_everyone",
                parse.contains("everyone") && (content.contains("@everyone") || content.contains("@here")));
    }

    private static ObjectNode mentionedUserJson(FakeGuild guild, FakeGuild.Member member) {
        ObjectNode user = guild.userJson(member.user());
        user.set("member", guild.memberJson(member, false));
        return user;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }
}

package org.parley.discord.fake;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every channel messages can go to: the guilds' fixed text channels and the threads created at run time, rendered
 * as Discord renders them, and the guild each belongs to. A thread is a channel of its own (its messages carry its
 * id), in its parent's guild and with its parent's permissions.
 */
final class Channels {

    static final int TYPE_PUBLIC_THREAD = 11;
    static final int TYPE_PRIVATE_THREAD = 12;
    /** What Discord copies onto a thread when the request names no duration (3 days). */
    static final int DEFAULT_AUTO_ARCHIVE_MINUTES = 4320;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** One thread; its JSON is kept up to date as messages arrive. */
    private record Thread(ObjectNode json, Set<String> memberIds) {}

    private final List<FakeGuild> guilds;
    private final Map<String, Thread> threads = new LinkedHashMap<>();

    Channels(List<FakeGuild> guilds) {
        this.guilds = List.copyOf(guilds);
    }

    List<FakeGuild> guilds() {
        return guilds;
    }

    Optional<FakeGuild> findGuild(String guildId) {
        return guilds.stream().filter(g -> g.id().equals(guildId)).findFirst();
    }

    /** The channel as GET channels/{id} returns it, or empty if there is no such channel. */
    synchronized Optional<ObjectNode> find(String channelId) {
        Thread thread = threads.get(channelId);
        if (thread != null) {
            return Optional.of(thread.json().deepCopy());
        }
        return guilds.stream()
                .flatMap(g -> g.findChannel(channelId).map(g::channelJson).stream())
                .findFirst();
    }

    /** For test helpers: a wrong id is a mistake in the test, not a Discord error. */
    ObjectNode require(String channelId) {
        return find(channelId).orElseThrow(() -> unknown(channelId));
    }

    /** The guild a channel or thread is in; for a wrong id, see {@link #require}. */
    synchronized FakeGuild guildOf(String channelId) {
        Thread thread = threads.get(channelId);
        if (thread != null) {
            return findGuild(thread.json().get("guild_id").asText()).orElseThrow();
        }
        return guilds.stream()
                .filter(g -> g.findChannel(channelId).isPresent())
                .findFirst()
                .orElseThrow(() -> unknown(channelId));
    }

    private IllegalArgumentException unknown(String channelId) {
        return new IllegalArgumentException("No channel or thread " + channelId + " in the fake guilds; use one of "
                + guilds.stream()
                        .flatMap(g -> g.channels().stream())
                        .map(FakeGuild.Channel::id)
                        .toList()
                + " or a thread the bot created");
    }

    synchronized boolean isThread(String channelId) {
        return threads.containsKey(channelId);
    }

    /** A user's permissions in a channel; a thread has its parent's. */
    synchronized long permissionsIn(String userId, String channelId) {
        Thread thread = threads.get(channelId);
        String permissionChannel =
                thread == null ? channelId : thread.json().get("parent_id").asText();
        return guildOf(permissionChannel).permissionsIn(userId, permissionChannel);
    }

    /**
     * Creates a thread under {@code parentId} whose only member is its owner, as Discord does for the user who
     * starts one.
     *
     * @return the thread channel as Discord returns it, with the owner's thread member object under "member"
     */
    synchronized ObjectNode createThread(
            String threadId, String parentId, String name, int type, int autoArchiveMinutes, String ownerId) {
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        ObjectNode json = JSON.objectNode()
                .put("id", threadId)
                .put("type", type)
                .put("guild_id", guildOf(parentId).id())
                .put("parent_id", parentId)
                .put("owner_id", ownerId)
                .put("name", name)
                .putNull("last_message_id")
                .put("rate_limit_per_user", 0)
                .put("flags", 0)
                .put("member_count", 1)
                .put("message_count", 0)
                .put("total_message_sent", 0);
        ObjectNode metadata = json.putObject("thread_metadata")
                .put("archived", false)
                .put("auto_archive_duration", autoArchiveMinutes)
                .put("archive_timestamp", now)
                .put("locked", false)
                .put("create_timestamp", now);
        if (type == TYPE_PRIVATE_THREAD) {
            metadata.put("invitable", true);
        }
        Set<String> members = new HashSet<>();
        members.add(ownerId);
        threads.put(threadId, new Thread(json, members));
        ObjectNode created = json.deepCopy();
        created.set("member", threadMemberJson(threadId, ownerId, now));
        return created;
    }

    /**
     * Counts a message posted in a thread (channels keep no counts): message_count and total_message_sent go
     * up, and the author joins the thread, as posting does on Discord.
     */
    synchronized void messagePosted(String channelId, String messageId, String authorId) {
        Thread thread = threads.get(channelId);
        if (thread == null) {
            return;
        }
        ObjectNode json = thread.json();
        json.put("last_message_id", messageId)
                .put("message_count", json.get("message_count").asInt() + 1)
                .put("total_message_sent", json.get("total_message_sent").asInt() + 1);
        if (thread.memberIds().add(authorId)) {
            json.put("member_count", thread.memberIds().size());
        }
    }

    /** Deleting lowers message_count; total_message_sent never goes down. */
    synchronized void messageDeleted(String channelId) {
        Thread thread = threads.get(channelId);
        if (thread != null) {
            thread.json()
                    .put(
                            "message_count",
                            Math.max(0, thread.json().get("message_count").asInt() - 1));
        }
    }

    /** Threads in creation order, as they are now. */
    synchronized List<ObjectNode> threads() {
        List<ObjectNode> copies = new ArrayList<>();
        threads.values().forEach(t -> copies.add(t.json().deepCopy()));
        return copies;
    }

    /** The guild's threads in creation order, as they are now. */
    synchronized List<ObjectNode> threadsIn(String guildId) {
        return threads().stream()
                .filter(t -> t.get("guild_id").asText().equals(guildId))
                .toList();
    }

    private static ObjectNode threadMemberJson(String threadId, String userId, String joinedAt) {
        return JSON.objectNode()
                .put("id", threadId)
                .put("user_id", userId)
                .put("join_timestamp", joinedAt)
                .put("flags", 0)
                .put("muted", false)
                .putNull("mute_config");
    }
}

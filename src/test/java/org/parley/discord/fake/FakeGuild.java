package org.parley.discord.fake;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.dv8tion.jda.api.Permission;

/**
 * The one guild FakeDiscord serves, with fixed ids so tests can name people and channels, and its rendering as
 * the JSON Discord sends (user, member, role, channel, GUILD_CREATE).
 *
 * <p>Roles are chosen so that JDA's local permission checks pass for what the bot does (send, reply, pin) and so
 * that "moderator" and "plain member" differ in a way a bot would check (MANAGE_MESSAGES, MANAGE_SERVER).
 */
public final class FakeGuild {

    public record User(String id, String username, String globalName, boolean bot) {}

    public record Role(String id, String name, long permissions, int position, boolean managed) {}

    public record Channel(String id, String name, int position, String topic) {}

    public record Member(User user, List<String> roleIds) {}

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Discord stamps this on everything; a fixed value keeps payloads reproducible. */
    static final String JOINED_AT = "2024-01-15T12:00:00.000000+00:00";

    private final String id = "1200000000000000100";
    private final String name = "Parley Test Guild";

    private final User bot;
    private final User owner = new User("1200000000000000401", "guild-owner", "Guild Owner", false);
    private final User moderator = new User("1200000000000000402", "mod-mia", "Mia (Moderator)", false);
    private final User member = new User("1200000000000000403", "member-max", "Max", false);

    private final Channel textChannel = new Channel("1200000000000000201", "general", 0, "General chat");
    private final Channel secondTextChannel = new Channel("1200000000000000202", "talks", 1, "Diplomatic talks");

    private final Role everyoneRole = new Role(
            id,
            "@everyone",
            Permission.getRaw(
                    Permission.VIEW_CHANNEL,
                    Permission.MESSAGE_SEND,
                    Permission.MESSAGE_SEND_IN_THREADS,
                    Permission.CREATE_PUBLIC_THREADS,
                    Permission.MESSAGE_EMBED_LINKS,
                    Permission.MESSAGE_ATTACH_FILES,
                    Permission.MESSAGE_ADD_REACTION,
                    Permission.MESSAGE_EXT_EMOJI,
                    Permission.MESSAGE_HISTORY,
                    Permission.USE_APPLICATION_COMMANDS,
                    Permission.NICKNAME_CHANGE,
                    Permission.CREATE_INSTANT_INVITE),
            0,
            false);
    private final Role moderatorRole = new Role(
            "1200000000000000301",
            "Moderators",
            Permission.getRaw(
                    Permission.MESSAGE_MANAGE,
                    Permission.MANAGE_SERVER,
                    Permission.PIN_MESSAGES,
                    Permission.MANAGE_THREADS,
                    Permission.MODERATE_MEMBERS,
                    Permission.KICK_MEMBERS,
                    Permission.VIEW_AUDIT_LOGS),
            2,
            false);
    // The role Discord creates when a bot is invited with permissions; JDA checks these before pinning etc.
    private final Role botRole;

    private final List<Member> members;

    FakeGuild(String botId, String botName) {
        this.bot = new User(botId, botName, null, true);
        this.botRole = new Role(
                "1200000000000000302",
                botName,
                Permission.getRaw(
                        Permission.VIEW_CHANNEL,
                        Permission.MESSAGE_SEND,
                        Permission.MESSAGE_SEND_IN_THREADS,
                        Permission.MESSAGE_EMBED_LINKS,
                        Permission.MESSAGE_ATTACH_FILES,
                        Permission.MESSAGE_ADD_REACTION,
                        Permission.MESSAGE_HISTORY,
                        Permission.PIN_MESSAGES,
                        Permission.USE_APPLICATION_COMMANDS),
                1,
                true);
        this.members = List.of(
                new Member(owner, List.of()),
                new Member(moderator, List.of(moderatorRole.id())),
                new Member(member, List.of()),
                new Member(bot, List.of(botRole.id())));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public User bot() {
        return bot;
    }

    /** Owns the guild, so Discord (and JDA) give them every permission; use moderator() for permission tests. */
    public User owner() {
        return owner;
    }

    public User moderator() {
        return moderator;
    }

    public User member() {
        return member;
    }

    public Channel textChannel() {
        return textChannel;
    }

    public Channel secondTextChannel() {
        return secondTextChannel;
    }

    public Role everyoneRole() {
        return everyoneRole;
    }

    public Role moderatorRole() {
        return moderatorRole;
    }

    public Role botRole() {
        return botRole;
    }

    public List<Role> roles() {
        return List.of(everyoneRole, botRole, moderatorRole);
    }

    public List<Channel> channels() {
        return List.of(textChannel, secondTextChannel);
    }

    public List<Member> members() {
        return members;
    }

    public Optional<Member> findMember(String userId) {
        return members.stream().filter(m -> m.user().id().equals(userId)).findFirst();
    }

    public Optional<Channel> findChannel(String channelId) {
        return channels().stream().filter(c -> c.id().equals(channelId)).findFirst();
    }

    Member requireMember(String userId) {
        return findMember(userId).orElseThrow(() -> new IllegalArgumentException("No member " + userId
                + " in the fake guild; use one of " + members.stream().map(m -> m.user().id()).toList()));
    }

    Channel requireChannel(String channelId) {
        return findChannel(channelId).orElseThrow(() -> new IllegalArgumentException("No channel " + channelId
                + " in the fake guild; use one of " + channels().stream().map(Channel::id).toList()));
    }

    private static final long ALL_PERMISSIONS = Permission.getRaw(Permission.values());

    /** Guild-level permissions as Discord computes them (no channel overwrites exist here). */
    public long permissionsOf(String userId) {
        if (userId.equals(owner.id())) {
            return ALL_PERMISSIONS;
        }
        long permissions = everyoneRole.permissions();
        for (String roleId : requireMember(userId).roleIds()) {
            permissions |= roles().stream().filter(r -> r.id().equals(roleId)).findFirst().orElseThrow().permissions();
        }
        return (permissions & Permission.ADMINISTRATOR.getRawValue()) != 0 ? ALL_PERMISSIONS : permissions;
    }

    // ---- JSON as Discord sends it ----

    ObjectNode userJson(User user) {
        ObjectNode json = JSON.objectNode()
                .put("id", user.id())
                .put("username", user.username())
                .put("discriminator", "0")
                .put("public_flags", 0)
                .putNull("avatar");
        if (user.globalName() == null) {
            json.putNull("global_name");
        } else {
            json.put("global_name", user.globalName());
        }
        if (user.bot()) {
            json.put("bot", true);
        }
        return json;
    }

    /** A guild member object; without "user" where Discord nests it in a message next to "author". */
    ObjectNode memberJson(Member member, boolean includeUser) {
        ObjectNode json = JSON.objectNode();
        if (includeUser) {
            json.set("user", userJson(member.user()));
        }
        ArrayNode roles = json.putArray("roles");
        member.roleIds().forEach(roles::add);
        json.putNull("nick")
                .putNull("avatar")
                .put("joined_at", JOINED_AT)
                .putNull("premium_since")
                .put("deaf", false)
                .put("mute", false)
                .put("pending", false)
                .put("flags", 0)
                .putNull("communication_disabled_until");
        return json;
    }

    ObjectNode roleJson(Role role) {
        ObjectNode json = JSON.objectNode()
                .put("id", role.id())
                .put("name", role.name())
                .put("color", 0)
                .put("hoist", false)
                .putNull("icon")
                .putNull("unicode_emoji")
                .put("position", role.position())
                .put("permissions", Long.toString(role.permissions()))
                .put("managed", role.managed())
                .put("mentionable", false)
                .put("flags", 0);
        json.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        if (role.managed()) {
            json.putObject("tags").put("bot_id", bot.id());
        }
        return json;
    }

    ObjectNode channelJson(Channel channel) {
        ObjectNode json = JSON.objectNode()
                .put("id", channel.id())
                .put("type", 0) // GUILD_TEXT
                .put("guild_id", id)
                .put("name", channel.name())
                .put("position", channel.position())
                .put("topic", channel.topic())
                .put("nsfw", false)
                .put("rate_limit_per_user", 0)
                .putNull("parent_id")
                .putNull("last_message_id")
                .put("flags", 0);
        json.putArray("permission_overwrites");
        return json;
    }

    /** The full GUILD_CREATE payload: JDA requires roles, channels, threads, members, member_count and more. */
    ObjectNode guildCreateJson() {
        ObjectNode json = JSON.objectNode()
                .put("id", id)
                .put("name", name)
                .putNull("icon")
                .putNull("splash")
                .putNull("banner")
                .putNull("description")
                .put("owner_id", owner.id())
                .put("preferred_locale", "en-US")
                .put("verification_level", 0)
                .put("default_message_notifications", 1)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("premium_tier", 0)
                .put("premium_subscription_count", 0)
                .put("premium_progress_bar_enabled", false)
                .put("afk_timeout", 300)
                .putNull("afk_channel_id")
                .put("system_channel_id", textChannel.id())
                .put("system_channel_flags", 0)
                .putNull("rules_channel_id")
                .putNull("public_updates_channel_id")
                .put("max_members", 500_000)
                .put("joined_at", JOINED_AT)
                .put("large", false)
                .put("unavailable", false)
                .put("member_count", members.size()); // must match "members" or JDA starts chunking
        json.putArray("features");
        ArrayNode roles = json.putArray("roles");
        roles().forEach(r -> roles.add(roleJson(r)));
        ArrayNode channels = json.putArray("channels");
        channels().forEach(c -> channels.add(channelJson(c)));
        ArrayNode memberArray = json.putArray("members");
        members.forEach(m -> memberArray.add(memberJson(m, true)));
        json.putArray("threads");
        json.putArray("voice_states");
        json.putArray("presences");
        json.putArray("emojis");
        json.putArray("stickers");
        json.putArray("guild_scheduled_events");
        json.putArray("stage_instances");
        json.putArray("soundboard_sounds");
        return json;
    }
}

package org.parley.discord.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;

/**
 * A guild FakeDiscord serves, with fixed ids so tests can name people and channels, and its rendering as the JSON
 * Discord sends (user, member, role, channel, GUILD_CREATE).
 *
 * <p>Guilds are numbered from 0; the first keeps the ids tests have always seen for its channels and roles. The
 * people are the same users in every guild (users are global on Discord), each with this guild's roles. Guild ids
 * are chosen for sharding: Discord puts a guild on shard {@code (guild_id >> 22) % shards}, and guild {@code n} is
 * on shard {@code n % shards} whenever {@code shards} divides 60 (so with 2 shards, guilds 0 and 1 are on shards 0
 * and 1).
 *
 * <p>Roles are chosen so that JDA's local permission checks pass for what the bot does (send, reply, pin) and so
 * that "moderator" and "plain member" differ in a way a bot would check (MANAGE_MESSAGES, MANAGE_SERVER). The
 * "educator" holds a role that grants nothing, so only a role check can tell them from a plain member.
 */
public final class FakeGuild {

    public record User(String id, String username, String globalName, boolean bot) {}

    public record Role(String id, String name, long permissions, int position, boolean managed) {}

    /** A permission overwrite on a channel: {@code type} 0 for a role, 1 for a member, as Discord sends it. */
    public record Overwrite(String id, int type, long allow, long deny) {}

    public record Channel(String id, String name, int position, String topic, List<Overwrite> overwrites) {
        public Channel(String id, String name, int position, String topic) {
            this(id, name, position, topic, List.of());
        }
    }

    public record Member(User user, List<String> roleIds) {}

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Discord stamps this on everything; a fixed value keeps payloads reproducible. */
    static final String JOINED_AT = "2024-01-15T12:00:00.000000+00:00";

    /** More would let guild and channel ids collide; tests need a handful. */
    static final int MAX_GUILDS = 50;
    /** A guild id's upper bits (its creation time): a multiple of 60, so guild n's shard is n % shards. */
    private static final long FIRST_GUILD_CREATED = 286_102_294_920L;

    private static final long FIXED_IDS = 1_200_000_000_000_000_000L;

    private final int index;
    private final String id;
    private final String name;

    private final User bot;
    private final User owner = new User("1200000000000000401", "guild-owner", "Guild Owner", false);
    private final User moderator = new User("1200000000000000402", "mod-mia", "Mia (Moderator)", false);
    private final User member = new User("1200000000000000403", "member-max", "Max", false);
    private final User educator = new User("1200000000000000404", "teacher", "Ms. Teacher", false);

    private final Channel textChannel;
    private final Channel secondTextChannel;
    private final Channel moderatorChannel;

    private final Role everyoneRole;
    private final Role moderatorRole;
    // Marks teachers for the bot (Parley's discord.educatorRole); grants nothing, least of all moderation.
    private final Role educatorRole;
    // The role Discord creates when a bot is invited with permissions; JDA checks these before pinning etc.
    private final Role botRole;

    private final List<Member> members;

    /**
     * @param index the guild's number, from 0; ids of its channels and roles are {@code 1200000000000000xyz} plus
     *              {@code 1000 * index}
     */
    FakeGuild(int index, String botId, String botName) {
        if (index < 0 || index >= MAX_GUILDS) {
            throw new IllegalArgumentException("FakeDiscord serves 1 to " + MAX_GUILDS + " guilds, not guild " + index);
        }
        this.index = index;
        this.id = Long.toString(((FIRST_GUILD_CREATED + index) << 22) | 100);
        this.name = index == 0 ? "Parley Test Guild" : "Parley Test Guild " + (index + 1);
        this.textChannel = new Channel(fixedId(201), "general", 0, "General chat");
        this.secondTextChannel = new Channel(fixedId(202), "talks", 1, "Diplomatic talks");
        this.everyoneRole = new Role(
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
        this.moderatorRole = new Role(
                fixedId(301),
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
        this.educatorRole = new Role(fixedId(303), "Educator", 0, 3, false);
        this.bot = new User(botId, botName, null, true);
        this.botRole = new Role(
                fixedId(302),
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
                new Member(bot, List.of(botRole.id())),
                new Member(educator, List.of(educatorRole.id())));
        // Staff only, as such channels are set up: hidden from @everyone, shown to moderators, educators and the bot.
        long view = Permission.VIEW_CHANNEL.getRawValue();
        this.moderatorChannel = new Channel(
                fixedId(203),
                "moderators",
                2,
                "Moderation notices",
                List.of(
                        new Overwrite(everyoneRole.id(), 0, 0, view),
                        new Overwrite(moderatorRole.id(), 0, view, 0),
                        new Overwrite(educatorRole.id(), 0, view, 0),
                        new Overwrite(botRole.id(), 0, view, 0)));
    }

    private String fixedId(int suffix) {
        return Long.toString(FIXED_IDS + 1000L * index + suffix);
    }

    public String id() {
        return id;
    }

    /** The guild's number in FakeDiscord#guilds(), from 0. */
    public int index() {
        return index;
    }

    /** The shard Discord sends this guild's events on: {@code (guild_id >> 22) % shardTotal}. */
    public int shardOf(int shardTotal) {
        return (int) ((Long.parseLong(id) >> 22) % shardTotal);
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

    /** A member with the Educator role and no moderation permissions. */
    public User educator() {
        return educator;
    }

    public Channel textChannel() {
        return textChannel;
    }

    public Channel secondTextChannel() {
        return secondTextChannel;
    }

    /** A private text channel: only moderators, educators (and the owner) and the bot can see it. */
    public Channel moderatorChannel() {
        return moderatorChannel;
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

    /** Carries no permissions: a bot tells educators by this role, not by what they may do. */
    public Role educatorRole() {
        return educatorRole;
    }

    public List<Role> roles() {
        return List.of(everyoneRole, botRole, moderatorRole, educatorRole);
    }

    /** The guild's text channels; threads the bot creates are channels too, see FakeDiscord#threads(). */
    public List<Channel> channels() {
        return List.of(textChannel, secondTextChannel, moderatorChannel);
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
        return findMember(userId)
                .orElseThrow(
                        () -> new IllegalArgumentException("No member " + userId + " in the fake guild; use one of "
                                + members.stream().map(m -> m.user().id()).toList()));
    }

    Channel requireChannel(String channelId) {
        return findChannel(channelId)
                .orElseThrow(
                        () -> new IllegalArgumentException("No channel " + channelId + " in the fake guild; use one of "
                                + channels().stream().map(Channel::id).toList()));
    }

    private static final long ALL_PERMISSIONS = Permission.getRaw(Permission.values());

    /** Guild-level permissions as Discord computes them (no channel overwrites exist here). */
    public long permissionsOf(String userId) {
        if (userId.equals(owner.id())) {
            return ALL_PERMISSIONS;
        }
        long permissions = everyoneRole.permissions();
        for (String roleId : requireMember(userId).roleIds()) {
            permissions |= roles().stream()
                    .filter(r -> r.id().equals(roleId))
                    .findFirst()
                    .orElseThrow()
                    .permissions();
        }
        return (permissions & Permission.ADMINISTRATOR.getRawValue()) != 0 ? ALL_PERMISSIONS : permissions;
    }

    /**
     * Permissions in a text channel as Discord computes them: guild permissions, then the @everyone overwrite,
     * then the member's role overwrites together, then a member overwrite. Owners and administrators skip them.
     */
    public long permissionsIn(String userId, String channelId) {
        long permissions = permissionsOf(userId);
        if (permissions == ALL_PERMISSIONS) {
            return permissions;
        }
        List<Overwrite> overwrites = requireChannel(channelId).overwrites();
        for (Overwrite overwrite : overwrites) {
            if (overwrite.id().equals(everyoneRole.id())) {
                permissions = (permissions & ~overwrite.deny()) | overwrite.allow();
            }
        }
        List<String> roleIds = requireMember(userId).roleIds();
        long roleAllow = 0;
        long roleDeny = 0;
        for (Overwrite overwrite : overwrites) {
            if (overwrite.type() == 0 && roleIds.contains(overwrite.id())) {
                roleAllow |= overwrite.allow();
                roleDeny |= overwrite.deny();
            }
        }
        permissions = (permissions & ~roleDeny) | roleAllow;
        for (Overwrite overwrite : overwrites) {
            if (overwrite.type() == 1 && overwrite.id().equals(userId)) {
                permissions = (permissions & ~overwrite.deny()) | overwrite.allow();
            }
        }
        // Discord strips everything from a channel the member cannot see.
        return (permissions & Permission.VIEW_CHANNEL.getRawValue()) == 0 ? 0 : permissions;
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

    /** A stored message as MESSAGE_CREATE/MESSAGE_UPDATE carry it: with guild_id and the author's member object. */
    ObjectNode messageEventJson(ObjectNode message) {
        ObjectNode event = message.deepCopy().put("guild_id", id);
        event.set(
                "member",
                memberJson(requireMember(message.get("author").get("id").asText()), false));
        return event;
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
        json.putObject("colors")
                .put("primary_color", 0)
                .putNull("secondary_color")
                .putNull("tertiary_color");
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
        ArrayNode overwrites = json.putArray("permission_overwrites");
        for (Overwrite overwrite : channel.overwrites()) {
            overwrites
                    .addObject()
                    .put("id", overwrite.id())
                    .put("type", overwrite.type())
                    .put("allow", Long.toString(overwrite.allow()))
                    .put("deny", Long.toString(overwrite.deny()));
        }
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

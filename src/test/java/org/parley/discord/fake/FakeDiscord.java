package org.parley.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A Discord-compatible server on 127.0.0.1 (REST v10 + JSON gateway without compression) that the real JDA
 * client can log into, for end-to-end tests of the bot. One bot, fixed people, and one guild by default (see
 * {@link #guild()}) or several ({@link Settings#withGuilds}), served to any number of shards at once: each gateway
 * session gets the guilds of its shard, and every event of a guild goes to the session that owns it.
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.start()) {
 *     JDA jda = JDABuilder.createLight(discord.botToken(), GatewayIntent.GUILD_MESSAGES)
 *             .setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
 *             .setSessionController(new ConfiguredGatewaySessionController(discord.gatewayUrl()))
 *             .setCompression(Compression.NONE)
 *             .build().awaitReady();
 *     ...
 * }
 * }</pre>
 *
 * <p>Everything is recorded: REST requests ({@link #requests()}) and gateway frames ({@link #gatewayReceived()}),
 * and the await methods let tests wait for them instead of sleeping.
 */
public final class FakeDiscord implements AutoCloseable {

    public static final String DEFAULT_BOT_TOKEN = "fake-discord-bot-token";

    /**
     * @param botToken              the only token accepted (REST gets {@code Bot <token>}); others get 401
     * @param botName               the bot's username
     * @param interactionAckDeadline how long after dispatch an interaction may still be acknowledged; Discord
     *                              allows 3 seconds and then answers 404 "Unknown interaction"
     * @param guilds                how many guilds the bot is in (see {@link FakeGuild} for their ids and shards)
     * @param shards                the shard count GET gateway/bot recommends; a ShardManager without a total
     *                              of its own starts that many
     */
    public record Settings(String botToken, String botName, Duration interactionAckDeadline, int guilds, int shards) {
        public Settings {
            if (guilds < 1 || guilds > FakeGuild.MAX_GUILDS) {
                throw new IllegalArgumentException("FakeDiscord serves 1 to " + FakeGuild.MAX_GUILDS + " guilds");
            }
            if (shards < 1) {
                throw new IllegalArgumentException("Discord recommends at least one shard");
            }
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_BOT_TOKEN, "Parley", Duration.ofSeconds(3), 1, 1);
        }

        public Settings withBotToken(String token) {
            return new Settings(token, botName, interactionAckDeadline, guilds, shards);
        }

        public Settings withInteractionAckDeadline(Duration deadline) {
            return new Settings(botToken, botName, deadline, guilds, shards);
        }

        public Settings withGuilds(int count) {
            return new Settings(botToken, botName, interactionAckDeadline, count, shards);
        }

        public Settings withShards(int recommended) {
            return new Settings(botToken, botName, interactionAckDeadline, guilds, recommended);
        }
    }

    /** What a test needs to follow up on a dispatched interaction. */
    public record InteractionDispatch(String interactionId, String token, long sequence) {}

    /** What a test needs to follow up on a dispatched MESSAGE_CREATE. */
    public record MessageDispatch(String messageId, long sequence) {}

    private static final String API_BASE_PATH = "/api/v10/";

    private final Settings settings;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Snowflakes ids = new Snowflakes();
    private final List<FakeGuild> guilds;
    private final Channels channels;
    private final String applicationId;
    private final MessageStore messages;
    private final CommandRegistry commands;
    private final InteractionLedger interactions;
    private final InteractionPayloads interactionPayloads;
    private final Journal<RecordedRequest> requests = new Journal<>();
    private final Journal<GatewayFrame> gatewayFrames = new Journal<>();
    private final Journal<String> gatewayConnectUrls = new Journal<>();
    private final RestServer rest;
    private final HttpServer http;
    private final ExecutorService httpThreads;
    private final GatewayServer gateway;

    private FakeDiscord(Settings settings) throws IOException {
        this.settings = settings;
        // Modern applications share their id with their bot user.
        this.applicationId = "1200000000000000001";
        this.guilds = IntStream.range(0, settings.guilds())
                .mapToObj(index -> new FakeGuild(index, applicationId, settings.botName()))
                .toList();
        this.channels = new Channels(guilds);
        this.messages = new MessageStore(channels, ids);
        this.commands = new CommandRegistry(applicationId, ids);
        this.interactions = new InteractionLedger(settings.interactionAckDeadline());
        this.interactionPayloads = new InteractionPayloads(channels, applicationId);

        ServerSocketChannel gatewayChannel = ServerSocketChannel.open();
        gatewayChannel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.gateway = new GatewayServer(
                gatewayChannel,
                mapper,
                channels,
                settings.botToken(),
                applicationId,
                gatewayFrames,
                gatewayConnectUrls);

        this.rest = new RestServer(API_BASE_PATH, mapper, settings.botToken(), requests);
        new DiscordRoutes(channels, ids, applicationId, messages, commands, interactions, gateway, settings.shards())
                .registerOn(rest);
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.httpThreads = Executors.newFixedThreadPool(4, daemonThreads("fake-discord-rest-"));
        http.setExecutor(httpThreads);
        http.createContext("/", rest);
    }

    /** Starts a fake with the default token, on ephemeral ports. */
    public static FakeDiscord start() {
        return start(Settings.defaults());
    }

    public static FakeDiscord start(Settings settings) {
        try {
            FakeDiscord discord = new FakeDiscord(settings);
            discord.http.start();
            discord.gateway.start();
            return discord;
        } catch (IOException e) {
            throw new UncheckedIOException("FakeDiscord failed to start", e);
        }
    }

    // ---- where and who ----

    /** For {@code RestConfig#setBaseUrl}: {@code http://127.0.0.1:PORT/api/v10/}. */
    public String restUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + API_BASE_PATH;
    }

    /** For the SessionController: {@code ws://127.0.0.1:PORT/}; also sent as READY's resume_gateway_url. */
    public String gatewayUrl() {
        return gateway.url();
    }

    public String botToken() {
        return settings.botToken();
    }

    public String applicationId() {
        return applicationId;
    }

    /**
     * The first guild, its channels, roles and members (owner, moderator, member, educator, bot), with fixed ids;
     * the only one unless {@link Settings#withGuilds} asked for more.
     */
    public FakeGuild guild() {
        return guilds.get(0);
    }

    /** Every guild the bot is in, in order of {@link FakeGuild#index()}. */
    public List<FakeGuild> guilds() {
        return guilds;
    }

    // ---- gateway ----

    /** The session id handed out in the last READY, or null before the first IDENTIFY. */
    public String sessionId() {
        return gateway.sessionId();
    }

    /** The sequence number of the last dispatch sent in the session of the last READY; a RESUME must carry it. */
    public long lastSequence() {
        return gateway.lastSequence();
    }

    /** The shards with a gateway session connected now, ascending; {@code [0]} for an unsharded client. */
    public List<Integer> connectedShards() {
        return gateway.connectedShards();
    }

    /**
     * Sends op 7 RECONNECT to every connected session; JDA then closes, reconnects to resume_gateway_url and sends
     * op 6 RESUME.
     */
    public void requestReconnect() {
        gateway.requestReconnect();
    }

    /**
     * Closes every gateway socket from the server side with the given close code (e.g. 4000 to make JDA resume).
     */
    public void disconnect(int closeCode) {
        gateway.disconnect(closeCode, "FakeDiscord disconnect");
    }

    /** Every payload the client sent (heartbeats, IDENTIFY, RESUME...), in order. */
    public List<GatewayFrame> gatewayReceived() {
        return gatewayFrames.snapshot().stream()
                .filter(f -> f.direction() == GatewayFrame.Direction.RECEIVED)
                .toList();
    }

    /** Every payload sent to the client, in order. */
    public List<GatewayFrame> gatewaySent() {
        return gatewayFrames.snapshot().stream()
                .filter(f -> f.direction() == GatewayFrame.Direction.SENT)
                .toList();
    }

    /** The path and query of each gateway connection, e.g. {@code /?encoding=json&v=10}. */
    public List<String> gatewayConnectUrls() {
        return gatewayConnectUrls.snapshot();
    }

    public GatewayFrame awaitGatewayFrame(Predicate<GatewayFrame> matcher, Duration timeout) {
        return gatewayFrames.await(matcher, timeout, "a matching gateway frame");
    }

    /** Waits for the client to send the given op (2 IDENTIFY, 6 RESUME, 1 HEARTBEAT...). */
    public GatewayFrame awaitReceivedOp(int op, Duration timeout) {
        return gatewayFrames.await(
                f -> f.direction() == GatewayFrame.Direction.RECEIVED && f.op() == op,
                timeout,
                "op " + op + " from the client");
    }

    /** Waits until FakeDiscord has sent the given dispatch, e.g. "RESUMED" or "GUILD_CREATE". */
    public GatewayFrame awaitDispatchSent(String type, Duration timeout) {
        return gatewayFrames.await(
                f -> f.direction() == GatewayFrame.Direction.SENT && type.equals(f.type()),
                timeout,
                "dispatch " + type + " to be sent");
    }

    // ---- dispatch helpers ----

    /**
     * Sends INTERACTION_CREATE for a slash command typed by {@code userId} in {@code channelId}.
     *
     * <p>Option values: String, Integer/Long, Boolean, Double, or a Map for a subcommand (group). If the bot
     * registered the command, its declared option types are used (so a user id passed for a USER option is sent
     * as type 6 with "resolved" data) and the interaction carries the registered command id. It goes to the
     * session of the shard that owns the channel's guild.
     *
     * @throws IllegalStateException if no connected session owns that guild
     */
    public InteractionDispatch slashCommand(String userId, String channelId, String name, Map<String, Object> options) {
        FakeGuild guild = channels.guildOf(channelId);
        String id = ids.next();
        String token = newInteractionToken();
        JsonNode registered = commands.findSlashCommand(guild.id(), name)
                .map(JsonNode.class::cast)
                .orElse(MissingNode.getInstance());
        String commandId =
                registered.isMissingNode() ? ids.next() : registered.get("id").asText();
        ObjectNode payload =
                interactionPayloads.slashCommand(id, token, userId, channelId, name, options, commandId, registered);
        interactions.add(new InteractionLedger.Entry(
                id,
                token,
                InteractionPayloads.TYPE_APPLICATION_COMMAND,
                channelId,
                userId,
                null,
                interactionPayloads.metadata(
                        guild, id, InteractionPayloads.TYPE_APPLICATION_COMMAND, userId, name, null)));
        return new InteractionDispatch(id, token, gateway.dispatch(guild.id(), "INTERACTION_CREATE", payload));
    }

    /**
     * Sends INTERACTION_CREATE for a click on a button with {@code customId} on a message FakeDiscord knows
     * (one the bot sent through REST).
     */
    public InteractionDispatch buttonClick(String userId, String channelId, String messageId, String customId) {
        JsonNode message = messages.getInChannel(channelId, messageId);
        FakeGuild guild = channels.guildOf(channelId);
        String id = ids.next();
        String token = newInteractionToken();
        ObjectNode payload = interactionPayloads.buttonClick(id, token, userId, channelId, message, customId);
        interactions.add(new InteractionLedger.Entry(
                id,
                token,
                InteractionPayloads.TYPE_MESSAGE_COMPONENT,
                channelId,
                userId,
                messageId,
                interactionPayloads.metadata(
                        guild, id, InteractionPayloads.TYPE_MESSAGE_COMPONENT, userId, null, messageId)));
        return new InteractionDispatch(id, token, gateway.dispatch(guild.id(), "INTERACTION_CREATE", payload));
    }

    /**
     * Sends INTERACTION_CREATE (type 5) for {@code userId} submitting the modal with {@code customId} that the
     * bot showed them last (callback type 9), in the shape JDA 6.4.2 reads into a {@code ModalInteractionEvent}:
     * each input inside its Label, with the numeric ids Discord gave the modal's components.
     *
     * @param messageId the message whose button opened the modal (the payload then carries that message and
     *                  the bot may edit it), or null for a modal opened by a slash command
     * @param values    what the user typed, by input custom_id; inputs left out keep their pre-filled value
     * @throws IllegalStateException    if the bot showed this user no such modal (or it was submitted already)
     * @throws IllegalArgumentException if the client would not submit this: a required input empty, a value
     *                                  of the wrong length, an unknown input, or another channel or message
     */
    public InteractionDispatch modalSubmit(
            String userId, String channelId, String messageId, String customId, Map<String, String> values) {
        InteractionLedger.ShownModal shown = interactions.openModal(userId, customId);
        InteractionLedger.Entry opener = shown.opener();
        if (!opener.channelId.equals(channelId) || !Objects.equals(opener.componentMessageId, messageId)) {
            String from =
                    opener.componentMessageId == null ? " by a command" : " from message " + opener.componentMessageId;
            throw new IllegalArgumentException(
                    "Modal '" + customId + "' was opened in channel " + opener.channelId + from);
        }
        JsonNode message = messageId == null ? null : messages.getInChannel(channelId, messageId);
        FakeGuild guild = channels.guildOf(channelId);
        String id = ids.next();
        String token = newInteractionToken();
        ObjectNode payload =
                interactionPayloads.modalSubmit(id, token, userId, channelId, message, shown.modal(), values);
        interactions.closeModal(opener);
        interactions.add(new InteractionLedger.Entry(
                id,
                token,
                InteractionPayloads.TYPE_MODAL_SUBMIT,
                channelId,
                userId,
                messageId,
                interactionPayloads.modalSubmitMetadata(guild, id, userId, opener.metadata)));
        return new InteractionDispatch(id, token, gateway.dispatch(guild.id(), "INTERACTION_CREATE", payload));
    }

    /**
     * Sends MESSAGE_CREATE for a message {@code authorId} posts in a channel or thread they can see. To mention
     * the bot, put {@code "<@" + guild().bot().id() + ">"} in the content and the bot's id in
     * {@code mentionedUserIds}. A bot that did not identify with the MESSAGE_CONTENT intent receives the message
     * without content unless it is mentioned, as from Discord.
     */
    public MessageDispatch messageCreate(
            String authorId, String channelId, String content, List<String> mentionedUserIds) {
        if (channels.permissionsIn(authorId, channelId) == 0) {
            throw new IllegalArgumentException("User " + authorId + " cannot see channel " + channelId);
        }
        ObjectNode message = messages.postByUser(authorId, channelId, content, mentionedUserIds);
        FakeGuild guild = channels.guildOf(channelId);
        return new MessageDispatch(
                message.get("id").asText(),
                gateway.dispatch(guild.id(), "MESSAGE_CREATE", guild.messageEventJson(message)));
    }

    // ---- REST recording ----

    /** Every REST request so far, in arrival order. */
    public List<RecordedRequest> requests() {
        return requests.snapshot();
    }

    /** Waits for a request (already made or yet to come) that matches. */
    public RecordedRequest awaitRequest(Predicate<RecordedRequest> matcher, Duration timeout) {
        return requests.await(matcher, timeout, "a matching REST request");
    }

    /** Waits for a request on the given route template, e.g. {@code ("PUT", "channels/{channel_id}/messages/pins/{message_id}")}. */
    public RecordedRequest awaitRequest(String method, String route, Duration timeout) {
        return requests.await(r -> r.is(method, route), timeout, method + " " + route);
    }

    /** Distinct "METHOD route" strings in first-call order; unknown routes appear as "METHOD path (unknown route)". */
    public List<String> routesCalled() {
        return List.copyOf(new LinkedHashSet<>(
                requests.snapshot().stream().map(RecordedRequest::summary).toList()));
    }

    /** Requests FakeDiscord had no route for (answered 404); a passing test should leave this empty. */
    public List<RecordedRequest> unknownRequests() {
        return requests.snapshot().stream().filter(r -> r.route() == null).toList();
    }

    // ---- fault injection ----

    /**
     * Answers the next request whose method matches and whose path (below /api/v10/, e.g.
     * {@code channels/123/messages}) matches {@code pathRegex} entirely with {@code status}. A 429 comes as
     * Discord sends it: Retry-After, X-RateLimit-* headers and a JSON body with retry_after, not global.
     */
    public void failNext(String method, String pathRegex, int status, double retryAfterSeconds) {
        rest.addFault(new RestServer.Fault(method, Pattern.compile(pathRegex), status, retryAfterSeconds));
    }

    // ---- state ----

    /** A message as Discord would return it now (content, flags, mentions who would be pinged, pinned...). */
    public Optional<JsonNode> message(String messageId) {
        return messages.find(messageId).map(JsonNode.class::cast);
    }

    /** The "@original" response message of an interaction, once it was answered. */
    public Optional<JsonNode> originalResponse(String interactionId) {
        return interactions.originalMessageId(interactionId).flatMap(this::message);
    }

    public boolean isAcknowledged(String interactionId) {
        return interactions.isAcknowledged(interactionId);
    }

    public List<JsonNode> pinnedMessages(String channelId) {
        return List.copyOf(messages.pinned(channelId));
    }

    /**
     * Every message in a channel or thread as stored now, oldest first: users' and the bot's, ephemeral ones
     * included (their flags say so), deleted ones not.
     */
    public List<JsonNode> messagesIn(String channelId) {
        return List.copyOf(messages.inChannel(channelId));
    }

    /** The threads created so far, in creation order, as GET channels/{id} returns them now. */
    public List<JsonNode> threads() {
        return List.copyOf(channels.threads());
    }

    /**
     * The modal the bot answered this interaction with (callback type 9): custom_id, title and components, with
     * the numeric component ids Discord assigns.
     */
    public Optional<JsonNode> modalShown(String interactionId) {
        return interactions.modal(interactionId).map(JsonNode.class::cast);
    }

    /**
     * The bytes of a file the bot uploaded with this message (channel message, interaction reply, follow-up or
     * edit), if the message still carries an attachment with that filename.
     */
    public Optional<byte[]> attachment(String messageId, String filename) {
        return messages.attachment(messageId, filename);
    }

    /** Registered commands: global with {@code guildId == null}, else that guild's. */
    public List<JsonNode> registeredCommands(String guildId) {
        return List.copyOf(commands.list(guildId));
    }

    @Override
    public void close() {
        try {
            // A response still being written when the test ends would otherwise be cut off, and OkHttp would
            // retry it against a closed port. (HttpServer#stop(1) waits too, but always a full second.)
            rest.awaitIdle(Duration.ofSeconds(1));
            http.stop(0);
            httpThreads.shutdownNow();
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String newInteractionToken() {
        // Real tokens are long opaque strings; length > 30 also exercises JDA's token hashing in route keys.
        return "interaction-token-" + UUID.randomUUID().toString().replace("-", "");
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

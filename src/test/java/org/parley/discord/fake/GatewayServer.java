package org.parley.discord.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway half of FakeDiscord: JSON over a plain WebSocket, any number of sessions at once, one per shard.
 *
 * <p>JDA sends IDENTIFY (or RESUME) as soon as the socket opens, without waiting for HELLO, so this server
 * answers whatever arrives in whatever order. A session identifies as shard {@code [id, total]} ({@code [0, 1]}
 * without one) and is sent only its guilds, Discord's rule being {@code shard = (guild_id >> 22) % total}: READY
 * lists them, GUILD_CREATE comes for each, and every later event of a guild goes to the session that owns it.
 * The session keeps the intents it identified with, and message dispatches are cut to what those intents allow
 * (see {@link MessageContentIntent}).
 */
final class GatewayServer extends WebSocketServer {

    /** Discord's own value; JDA heartbeats once right away and then at this interval. */
    static final int HEARTBEAT_INTERVAL_MILLIS = 41_250;

    private static final Logger LOG = LoggerFactory.getLogger(GatewayServer.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** One gateway session: what it identified as, and the connection its dispatches go to now (null if none). */
    private static final class Session {
        final String id;
        final int shard;
        final int shardTotal;
        final long intents;
        long sequence;
        WebSocket connection;

        Session(String id, int shard, int shardTotal, long intents, WebSocket connection) {
            this.id = id;
            this.shard = shard;
            this.shardTotal = shardTotal;
            this.intents = intents;
            this.connection = connection;
        }

        boolean connected() {
            return connection != null && connection.isOpen();
        }

        boolean owns(FakeGuild guild) {
            return guild.shardOf(shardTotal) == shard;
        }
    }

    private final ObjectMapper mapper;
    private final Channels channels;
    private final String botToken;
    private final String applicationId;
    private final FakeGuild.User bot;
    private final String url;
    private final Journal<GatewayFrame> frames;
    private final Journal<String> connectUrls;

    // Guards the sessions and their sequences, so that sequence numbers go out on the wire in order.
    private final Object lock = new Object();
    // Oldest first; a RESUME moves its session to the end, so for a shard the last connected one wins.
    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private Session lastIdentified;

    GatewayServer(
            ServerSocketChannel boundChannel,
            ObjectMapper mapper,
            Channels channels,
            String botToken,
            String applicationId,
            Journal<GatewayFrame> frames,
            Journal<String> connectUrls) {
        super(boundChannel);
        this.mapper = mapper;
        this.channels = channels;
        this.botToken = botToken;
        this.applicationId = applicationId;
        this.bot = channels.guilds().get(0).bot(); // the same user in every guild
        this.url = "ws://127.0.0.1:" + boundChannel.socket().getLocalPort() + "/";
        this.frames = frames;
        this.connectUrls = connectUrls;
        setReuseAddr(true);
        setDaemon(true);
        // JDA has its own heartbeat; the library's ping/pong watchdog would only add noise.
        setConnectionLostTimeout(0);
    }

    String url() {
        return url;
    }

    /** The session id handed out in the last READY, or null before the first IDENTIFY. */
    String sessionId() {
        synchronized (lock) {
            return lastIdentified == null ? null : lastIdentified.id;
        }
    }

    /** The last sequence number sent in the session of the last READY. */
    long lastSequence() {
        synchronized (lock) {
            return lastIdentified == null ? 0 : lastIdentified.sequence;
        }
    }

    /** The shards that have a session with an open connection, in ascending order. */
    List<Integer> connectedShards() {
        synchronized (lock) {
            return sessions.values().stream()
                    .filter(Session::connected)
                    .map(s -> s.shard)
                    .distinct()
                    .sorted()
                    .toList();
        }
    }

    /** Sends a dispatch (op 0) about a guild to the session that owns it and returns its sequence number. */
    long dispatch(String guildId, String type, JsonNode data) {
        synchronized (lock) {
            Session owner = ownerOf(guildId)
                    .orElseThrow(() -> new IllegalStateException("No gateway session runs "
                            + "the shard of guild " + guildId + " (connected shards: " + connectedShards()
                            + "); cannot "
                            + "dispatch " + type));
            return sendDispatch(owner, type, data);
        }
    }

    /** Sends a dispatch only if a session owns the guild, e.g. the echo of the bot's own message. */
    void dispatchIfConnected(String guildId, String type, JsonNode data) {
        synchronized (lock) {
            ownerOf(guildId).ifPresent(owner -> sendDispatch(owner, type, data));
        }
    }

    /** Op 7 to every connected session: Discord asks the client to reconnect and resume. */
    void requestReconnect() {
        synchronized (lock) {
            List<Session> connected =
                    sessions.values().stream().filter(Session::connected).toList();
            if (connected.isEmpty()) {
                throw new IllegalStateException("No gateway client is connected");
            }
            connected.forEach(s -> send(s.connection, GatewayFrame.OP_RECONNECT, null, null, NullNode.getInstance()));
        }
    }

    /** Closes every session's socket from the server side, as Discord does on errors or load balancing. */
    void disconnect(int closeCode, String reason) {
        synchronized (lock) {
            sessions.values().stream().filter(Session::connected).forEach(s -> s.connection.close(closeCode, reason));
        }
    }

    private Optional<Session> ownerOf(String guildId) {
        FakeGuild guild = channels.findGuild(guildId)
                .orElseThrow(() -> new IllegalArgumentException("No guild " + guildId + " in FakeDiscord"));
        Session owner = null;
        for (Session session : sessions.values()) {
            if (session.connected() && session.owns(guild)) {
                owner = session;
            }
        }
        return Optional.ofNullable(owner);
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        String resource = handshake.getResourceDescriptor();
        connectUrls.add(resource);
        Map<String, String> query = queryOf(resource);
        String problem = !"json".equals(query.get("encoding"))
                ? "FakeDiscord speaks encoding=json only"
                : !"10".equals(query.get("v"))
                        ? "FakeDiscord speaks gateway v=10 only"
                        : query.containsKey("compress")
                                ? "FakeDiscord does not compress: use setCompression(Compression.NONE)"
                                : null;
        if (problem != null) {
            LOG.error("Refusing gateway connection {}: {}", resource, problem);
            connection.close(4012, problem);
            return;
        }
        synchronized (lock) {
            send(
                    connection,
                    GatewayFrame.OP_HELLO,
                    null,
                    null,
                    JSON.objectNode().put("heartbeat_interval", HEARTBEAT_INTERVAL_MILLIS));
        }
    }

    @Override
    public void onMessage(WebSocket connection, String text) {
        JsonNode payload;
        try {
            payload = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            connection.close(4002, "Error while decoding payload.");
            return;
        }
        int op = payload.path("op").asInt(-1);
        JsonNode data = payload.has("d") ? payload.get("d") : NullNode.getInstance();
        synchronized (lock) {
            frames.add(new GatewayFrame(
                    GatewayFrame.Direction.RECEIVED, shardOf(connection), op, null, null, data, Instant.now()));
            switch (op) {
                case GatewayFrame.OP_HEARTBEAT ->
                    send(connection, GatewayFrame.OP_HEARTBEAT_ACK, null, null, NullNode.getInstance());
                case GatewayFrame.OP_IDENTIFY -> identify(connection, data);
                case GatewayFrame.OP_RESUME -> resume(connection, data);
                default -> {
                    // Presence updates (3), voice (4), member requests (8): recorded above, nothing to answer.
                }
            }
        }
    }

    @Override
    public void onMessage(WebSocket connection, ByteBuffer message) {
        // Only ETF or compressed clients send binary frames, and onOpen refuses those.
        connection.close(4002, "FakeDiscord expects JSON text frames");
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        synchronized (lock) {
            Session session = connection.getAttachment();
            if (session != null && session.connection == connection) {
                // The session stays resumable; it just has nowhere to send to until then.
                session.connection = null;
            }
        }
    }

    @Override
    public void onError(WebSocket connection, Exception e) {
        LOG.warn("Gateway connection error", e);
    }

    @Override
    public void onStart() {}

    private void identify(WebSocket connection, JsonNode data) {
        if (!botToken.equals(data.path("token").asText())) {
            connection.close(4004, "Authentication failed.");
            return;
        }
        JsonNode shardInfo = data.path("shard");
        int shard = shardInfo.isArray() ? shardInfo.path(0).asInt(-1) : 0;
        int total = shardInfo.isArray() ? shardInfo.path(1).asInt(0) : 1;
        if (shard < 0 || shard >= total) {
            connection.close(4010, "Invalid shard.");
            return;
        }
        Session session = new Session(
                UUID.randomUUID().toString().replace("-", ""),
                shard,
                total,
                data.path("intents").asLong(),
                connection);
        connection.setAttachment(session);
        sessions.put(session.id, session);
        lastIdentified = session;
        List<FakeGuild> owned = channels.guilds().stream().filter(session::owns).toList();
        sendDispatch(session, "READY", readyPayload(session, owned, data));
        for (FakeGuild guild : owned) {
            ObjectNode guildCreate = guild.guildCreateJson();
            // A new session learns the active threads from GUILD_CREATE.
            ArrayNode threads = guildCreate.putArray("threads");
            channels.threadsIn(guild.id()).forEach(threads::add);
            sendDispatch(session, "GUILD_CREATE", guildCreate);
        }
    }

    private void resume(WebSocket connection, JsonNode data) {
        Session session = sessions.get(data.path("session_id").asText());
        if (!botToken.equals(data.path("token").asText()) || session == null) {
            // d=false: the session is gone, the client must IDENTIFY anew.
            send(connection, GatewayFrame.OP_INVALID_SESSION, null, null, JSON.booleanNode(false));
            return;
        }
        session.connection = connection;
        connection.setAttachment(session);
        sessions.remove(session.id);
        sessions.put(session.id, session);
        // Nothing was missed while disconnected (tests don't dispatch then), so nothing is replayed.
        ObjectNode resumed = JSON.objectNode();
        resumed.putArray("_trace").add("fake-discord-resume");
        sendDispatch(session, "RESUMED", resumed);
    }

    private ObjectNode readyPayload(Session session, List<FakeGuild> owned, JsonNode identify) {
        ObjectNode ready = JSON.objectNode().put("v", 10);
        ObjectNode user = channels.guilds()
                .get(0)
                .userJson(bot)
                .put("verified", true)
                .put("mfa_enabled", false)
                .put("flags", 0);
        ready.set("user", user);
        ArrayNode guilds = ready.putArray("guilds");
        owned.forEach(g -> guilds.addObject().put("id", g.id()).put("unavailable", true));
        ready.put("session_id", session.id)
                .put("session_type", "normal")
                .put("resume_gateway_url", url); // JDA resumes here, not at SessionController#getGateway()
        ready.putObject("application")
                .put("id", applicationId)
                .put("flags", 1 << 19); // GATEWAY_MESSAGE_CONTENT_LIMITED, like an unverified bot
        ready.putArray("private_channels"); // JDA's ReadyHandler requires this array
        ready.putArray("relationships");
        ready.putArray("presences");
        ready.putArray("guild_join_requests");
        ready.putArray("geo_ordered_rtc_regions");
        if (identify.has("shard")) {
            ready.set("shard", identify.get("shard"));
        }
        ready.putArray("_trace").add("fake-discord");
        return ready;
    }

    private long sendDispatch(Session session, String type, JsonNode data) {
        long seq = ++session.sequence;
        JsonNode visible = type.equals("MESSAGE_CREATE") || type.equals("MESSAGE_UPDATE")
                ? MessageContentIntent.asSeenBy(data, session.intents, bot.id())
                : data;
        send(session.connection, GatewayFrame.OP_DISPATCH, type, seq, visible);
        return seq;
    }

    private void send(WebSocket connection, int op, String type, Long seq, JsonNode data) {
        ObjectNode payload = JSON.objectNode().put("op", op);
        payload.set("d", data);
        if (seq == null) {
            payload.putNull("s");
        } else {
            payload.put("s", seq);
        }
        if (type == null) {
            payload.putNull("t");
        } else {
            payload.put("t", type);
        }
        frames.add(
                new GatewayFrame(GatewayFrame.Direction.SENT, shardOf(connection), op, type, seq, data, Instant.now()));
        connection.send(payload.toString());
    }

    private static int shardOf(WebSocket connection) {
        Session session = connection.getAttachment();
        return session == null ? -1 : session.shard;
    }

    private static Map<String, String> queryOf(String resource) {
        String query = URI.create(resource).getRawQuery();
        if (query == null) {
            return Map.of();
        }
        return Stream.of(query.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv.length > 1 ? kv[1] : "", (a, b) -> b));
    }
}

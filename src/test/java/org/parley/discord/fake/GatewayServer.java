package org.parley.discord.fake;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The gateway half of FakeDiscord: JSON over a plain WebSocket, one client (one shard) at a time.
 *
 * <p>JDA sends IDENTIFY (or RESUME) as soon as the socket opens, without waiting for HELLO, so this server
 * answers whatever arrives in whatever order. The session keeps the intents it identified with, and message
 * dispatches are cut to what those intents allow (see {@link MessageContentIntent}).
 */
final class GatewayServer extends WebSocketServer {

    /** Discord's own value; JDA heartbeats once right away and then at this interval. */
    static final int HEARTBEAT_INTERVAL_MILLIS = 41_250;

    private static final Logger LOG = LoggerFactory.getLogger(GatewayServer.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectMapper mapper;
    private final FakeGuild guild;
    private final Channels channels;
    private final String botToken;
    private final String applicationId;
    private final String url;
    private final Journal<GatewayFrame> frames;
    private final Journal<String> connectUrls;

    // Guards client, session and sequence so that sequence numbers go out on the wire in order.
    private final Object lock = new Object();
    private WebSocket client;
    private String sessionId;
    private long sequence;
    private long intents;

    GatewayServer(ServerSocketChannel boundChannel, ObjectMapper mapper, FakeGuild guild, Channels channels,
            String botToken, String applicationId, Journal<GatewayFrame> frames, Journal<String> connectUrls) {
        super(boundChannel);
        this.mapper = mapper;
        this.guild = guild;
        this.channels = channels;
        this.botToken = botToken;
        this.applicationId = applicationId;
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

    String sessionId() {
        synchronized (lock) {
            return sessionId;
        }
    }

    long lastSequence() {
        synchronized (lock) {
            return sequence;
        }
    }

    boolean hasClient() {
        synchronized (lock) {
            return client != null && client.isOpen();
        }
    }

    /** Sends a dispatch (op 0) to the connected client and returns its sequence number. */
    long dispatch(String type, JsonNode data) {
        synchronized (lock) {
            if (client == null || !client.isOpen()) {
                throw new IllegalStateException("No gateway client is connected; cannot dispatch " + type);
            }
            return sendDispatch(client, type, data);
        }
    }

    /** Sends a dispatch only if a client is there, e.g. the echo of the bot's own message. */
    void dispatchIfConnected(String type, JsonNode data) {
        synchronized (lock) {
            if (client != null && client.isOpen()) {
                sendDispatch(client, type, data);
            }
        }
    }

    /** Op 7: Discord asks the client to reconnect and resume. */
    void requestReconnect() {
        synchronized (lock) {
            if (client == null) {
                throw new IllegalStateException("No gateway client is connected");
            }
            send(client, GatewayFrame.OP_RECONNECT, null, null, NullNode.getInstance());
        }
    }

    /** Closes the socket from the server side, as Discord does on errors or load balancing. */
    void disconnect(int closeCode, String reason) {
        synchronized (lock) {
            if (client != null) {
                client.close(closeCode, reason);
            }
        }
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        String resource = handshake.getResourceDescriptor();
        connectUrls.add(resource);
        Map<String, String> query = queryOf(resource);
        String problem = !"json".equals(query.get("encoding")) ? "FakeDiscord speaks encoding=json only"
                : !"10".equals(query.get("v")) ? "FakeDiscord speaks gateway v=10 only"
                : query.containsKey("compress") ? "FakeDiscord does not compress: use setCompression(Compression.NONE)"
                : null;
        if (problem != null) {
            LOG.error("Refusing gateway connection {}: {}", resource, problem);
            connection.close(4012, problem);
            return;
        }
        synchronized (lock) {
            client = connection;
            send(connection, GatewayFrame.OP_HELLO, null, null, JSON.objectNode().put("heartbeat_interval", HEARTBEAT_INTERVAL_MILLIS));
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
        frames.add(new GatewayFrame(GatewayFrame.Direction.RECEIVED, op, null, null, data, Instant.now()));
        synchronized (lock) {
            switch (op) {
                case GatewayFrame.OP_HEARTBEAT -> send(connection, GatewayFrame.OP_HEARTBEAT_ACK, null, null, NullNode.getInstance());
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
            if (client == connection) {
                client = null;
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
        sessionId = UUID.randomUUID().toString().replace("-", "");
        sequence = 0;
        intents = data.path("intents").asLong();
        sendDispatch(connection, "READY", readyPayload(data));
        ObjectNode guildCreate = guild.guildCreateJson();
        // A new session learns the active threads from GUILD_CREATE.
        ArrayNode threads = guildCreate.putArray("threads");
        channels.threads().forEach(threads::add);
        sendDispatch(connection, "GUILD_CREATE", guildCreate);
    }

    private void resume(WebSocket connection, JsonNode data) {
        boolean resumable = botToken.equals(data.path("token").asText())
                && sessionId != null
                && sessionId.equals(data.path("session_id").asText());
        if (!resumable) {
            // d=false: the session is gone, the client must IDENTIFY anew.
            send(connection, GatewayFrame.OP_INVALID_SESSION, null, null, JSON.booleanNode(false));
            return;
        }
        // Nothing was missed while disconnected (tests don't dispatch then), so nothing is replayed.
        ObjectNode resumed = JSON.objectNode();
        resumed.putArray("_trace").add("fake-discord-resume");
        sendDispatch(connection, "RESUMED", resumed);
    }

    private ObjectNode readyPayload(JsonNode identify) {
        ObjectNode ready = JSON.objectNode().put("v", 10);
        ObjectNode user = guild.userJson(guild.bot())
                .put("verified", true)
                .put("mfa_enabled", false)
                .put("flags", 0);
        ready.set("user", user);
        ready.putArray("guilds").addObject().put("id", guild.id()).put("unavailable", true);
        ready.put("session_id", sessionId)
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

    private long sendDispatch(WebSocket connection, String type, JsonNode data) {
        long seq = ++sequence;
        JsonNode visible = type.equals("MESSAGE_CREATE") || type.equals("MESSAGE_UPDATE")
                ? MessageContentIntent.asSeenBy(data, intents, guild.bot().id())
                : data;
        send(connection, GatewayFrame.OP_DISPATCH, type, seq, visible);
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
        frames.add(new GatewayFrame(GatewayFrame.Direction.SENT, op, type, seq, data, Instant.now()));
        connection.send(payload.toString());
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

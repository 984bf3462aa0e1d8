package org.parley.discord;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * A {@link net.dv8tion.jda.api.utils.SessionController} that points JDA at a gateway of our choosing,
 * e.g. the test-only FakeDiscord on 127.0.0.1, instead of {@code wss://gateway.discord.gg/}.
 *
 * <p>What JDA 6.4.2 does with the URL, verified against its source and against FakeDiscord:
 * <ul>
 *   <li>JDABuilder#build never asks REST for the gateway (no GET gateway/bot); JDAImpl#login takes
 *       SessionController#getGateway() as is.
 *   <li>WebSocketClient#connect appends {@code ?encoding=json&v=10} (or {@code &...} if the URL already has a
 *       query), so {@code ws://127.0.0.1:PORT/} becomes {@code ws://127.0.0.1:PORT/?encoding=json&v=10}.
 *   <li>It then appends {@code &compress=zlib-stream} unless the builder says
 *       {@code setCompression(Compression.NONE)}; JDABuilder's default is ZLIB.
 *   <li>On RESUME (after op 7, op 9 d=true or a dropped socket) JDA connects to READY's
 *       {@code resume_gateway_url} with the same query, not to this URL; it falls back to getGateway() only
 *       after an invalidated session (op 9 d=false) or a failed connect.
 *   <li>REST is separate: {@code new RestConfig().setBaseUrl("http://127.0.0.1:PORT/api/v10/")}
 *       (a trailing slash is added if missing; routes are appended like {@code users/@me}).
 * </ul>
 *
 * <p>We extend {@link ConcurrentSessionController} (JDA's default) to keep its IDENTIFY queueing: note that its
 * worker sleeps {@link #IDENTIFY_DELAY} seconds after every queued connect, so a fresh IDENTIFY after an
 * invalidated session waits up to 5 s; a RESUME does not go through this queue.
 */
public class ConfiguredGatewaySessionController extends ConcurrentSessionController {

    private final String gatewayUrl;

    /**
     * @param gatewayUrl a {@code ws://} or {@code wss://} URL without encoding/v/compress parameters;
     *                   JDA appends those itself
     */
    public ConfiguredGatewaySessionController(String gatewayUrl) {
        this.gatewayUrl = requireWebSocketUrl(gatewayUrl);
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    /**
     * Only a ShardManager calls this (GET gateway/bot, which also validates the token and gives the shard
     * count); JDA then connects to the URL returned here, so swap Discord's URL for ours.
     */
    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway fromDiscord = super.getShardedGateway(api);
        return new ShardedGateway(gatewayUrl, fromDiscord.getShardTotal(), fromDiscord.getConcurrency());
    }

    private static String requireWebSocketUrl(String url) {
        Objects.requireNonNull(url, "gatewayUrl");
        URI uri = URI.create(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("ws") && !scheme.equals("wss")) {
            throw new IllegalArgumentException("Gateway URL must be ws:// or wss://, got: " + url);
        }
        String query = uri.getQuery() == null ? "" : uri.getQuery();
        if (query.contains("encoding=") || query.contains("v=") || query.contains("compress=")) {
            // JDA appends these itself; a second copy would confuse the gateway.
            throw new IllegalArgumentException("Leave encoding/v/compress out of the gateway URL: " + url);
        }
        return url;
    }
}

package org.parley.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One gateway payload, as received from the client or sent to it.
 *
 * @param shard    the shard of the session on that connection, or -1 before the connection identified or resumed
 * @param op       gateway opcode (0 dispatch, 1 heartbeat, 2 identify, 6 resume, 7 reconnect, 10 hello, 11 ack...)
 * @param type     the dispatch event name ({@code t}) or null
 * @param sequence the dispatch sequence number ({@code s}) or null
 * @param data     the {@code d} field (a JSON null if absent)
 */
public record GatewayFrame(
        Direction direction, int shard, int op, String type, Long sequence, JsonNode data, Instant at) {

    // Gateway opcodes, for tests outside this package too.
    public static final int OP_DISPATCH = 0;
    public static final int OP_HEARTBEAT = 1;
    public static final int OP_IDENTIFY = 2;
    public static final int OP_RESUME = 6;
    public static final int OP_RECONNECT = 7;
    public static final int OP_INVALID_SESSION = 9;
    public static final int OP_HELLO = 10;
    public static final int OP_HEARTBEAT_ACK = 11;

    public enum Direction {
        RECEIVED,
        SENT
    }

    @Override
    public String toString() {
        String d = data.toString();
        // IDENTIFY and RESUME carry the token: keep it out of assertion messages and logs.
        if (data.has("token")) {
            d = d.replace(data.get("token").asText(), "<token>");
        }
        return direction + (shard < 0 ? "" : " shard=" + shard) + " op=" + op + (type == null ? "" : " t=" + type)
                + (sequence == null ? "" : " s=" + sequence) + " d="
                + (d.length() > 300 ? d.substring(0, 300) + "..." : d);
    }
}
